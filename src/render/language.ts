import { html, nothing } from 'lit';
import { directionOf } from '../i18n/direction.js';
import { nativeLanguageName } from '../i18n/format.js';
import { anchor, t, type Content, type RenderContext } from './context.js';

/**
 * The language switcher: a labelled native <select> of the policy's languages, each named in its own language and
 * marked with its `lang` (so a screen reader says "Français" the French way). Nothing when there is one language.
 */
export function renderLanguageSwitcher(ctx: RenderContext, onChange: (event: Event) => void): Content {
  const languages = ctx.policy.languages;
  if (languages.length < 2) return nothing;
  const id = anchor(ctx, 'language');
  return html`<div class="language-switcher" part="language-switcher">
    <label for=${id}>${t(ctx, 'language.label')}</label>
    <select id=${id} .value=${ctx.lang} @change=${onChange}>
      ${languages.map((tag) => html`<option value=${tag} lang=${tag} dir=${directionOf(tag)} ?selected=${tag === ctx.lang}>${nativeLanguageName(tag)}</option>`)}
    </select>
  </div>`;
}

/**
 * Says which languages parts of the notice are shown in when the policy lacks some translations into the language
 * shown. Call it after rendering the content, which records those languages in `ctx.fallbacks`.
 */
export function renderFallbackNote(ctx: RenderContext): Content {
  const fallbacks = [...(ctx.fallbacks ?? [])];
  if (fallbacks.length === 0) return nothing;
  const language = ctx.ui.languageName(ctx.lang);
  const fallback = ctx.ui.list(fallbacks.map((tag) => ctx.ui.languageName(tag)));
  return html`<p class="fallback-note" part="fallback-note">${t(ctx, 'language.fallbackNote', { language, fallback })}</p>`;
}
