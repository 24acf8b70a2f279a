import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Ui, UiKey } from '../i18n/ui.js';
import { markdown } from '../markdown/directive.js';
import { directionOf } from '../i18n/direction.js';
import { stripBidi } from '../markdown/href.js';
import { localize, type Localized, type Markdown, type NormalizedPolicy, type Text } from '../model/index.js';
import type { ConsentView } from '../consent/view.js';
import type { Budget } from './budget.js';

/** What every template needs: the policy, the reader's language, the UI strings, and where headings start. */
export interface RenderContext {
  policy: NormalizedPolicy;
  /** The policy language shown (the best the policy offers for the reader). */
  lang: string;
  ui: Ui;
  /** Prepended to every anchor id ('' by default), so two notices on one page can each own their deep links. */
  anchorPrefix: string;
  /**
   * Static HTML that no script will run in (`privacy-notice render`): controls that only work with script, such as
   * the copy-link buttons, are left out rather than shown doing nothing.
   */
  noScript?: boolean;
  /** Collects the languages policy text had to fall back to while rendering (for the notice's fallback note). */
  fallbacks?: Set<string>;
  /** The reader's consent choices and what to call when one changes; absent where nothing can be chosen (static HTML). */
  consent?: ConsentView;
  /**
   * How much of the notice this render shows (an element showing a large notice a screen at a time); absent, it
   * shows everything, as static HTML does.
   */
  budget?: Budget;
}

export type Content = TemplateResult | typeof nothing;

/** A UI string. */
export function t(ctx: RenderContext, key: UiKey, values?: Record<string, unknown>): string {
  return ctx.ui.t(key, values);
}

/** Policy text in the reader's language, or the best fallback. */
export function pick(ctx: RenderContext, value: Text | undefined): Localized | undefined {
  const hit = localize(value, ctx.lang, ctx.policy.defaultLanguage);
  if (hit && hit.lang !== ctx.lang) ctx.fallbacks?.add(hit.lang);
  return hit;
}

/**
 * Attributes for policy text in `lang` inside the notice: none when the notice (whose `lang` is the UI's) is in that
 * language, else its own `lang` and `dir`, so screen readers pronounce it right and the layout follows it.
 */
function own(ctx: RenderContext, lang: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return lang === ctx.ui.lang ? {} : { lang, dir: directionOf(lang) };
}

/** Policy text as a plain string (for attributes and captions). */
export function plain(ctx: RenderContext, value: Text | undefined): string {
  return pick(ctx, value)?.value ?? '';
}

/**
 * Policy text for display. Text that is not in the notice's language (a missing translation) carries its own `lang`
 * and `dir`, so screen readers pronounce it right and the layout follows its direction.
 */
export function text(ctx: RenderContext, value: Text | undefined, shown: (text: string) => string = (s) => s): Content {
  const hit = pick(ctx, value);
  if (!hit) return nothing;
  const { lang, dir } = own(ctx, hit.lang);
  const words = shown(hit.value);
  return lang ? html`<span lang=${lang} dir=${dir}>${words}</span>` : html`${words}`;
}

/**
 * Policy text as the words of a link, without bidi embedding and override controls: in link text they can make a
 * link read as something else (the rule the Markdown renderer applies to its links too).
 */
export function linkText(ctx: RenderContext, value: Text | undefined): Content {
  return text(ctx, value, stripBidi);
}

/** A paragraph that is all policy text: in another language it carries `lang` and `dir` itself, so it aligns its way. */
export function para(ctx: RenderContext, value: Text | undefined, className?: string): Content {
  const hit = pick(ctx, value);
  if (!hit) return nothing;
  const { lang, dir } = own(ctx, hit.lang);
  return html`<p class=${className ?? nothing} lang=${lang ?? nothing} dir=${dir ?? nothing}>${hit.value}</p>`;
}

/** Policy Markdown as sanitized DOM; its own headings start one level below `level`. */
export function md(ctx: RenderContext, value: Markdown | undefined, level: number): Content {
  const hit = pick(ctx, value);
  if (!hit) return nothing;
  const body = markdown(hit.value, { headingOffset: Math.min(level, 5) });
  const { lang, dir } = own(ctx, hit.lang);
  return html`<div class="md" lang=${lang ?? nothing} dir=${dir ?? nothing}>${body}</div>`;
}

/** The anchor id of a section, part or right, with the notice's prefix. */
export function anchor(ctx: RenderContext, id: string): string {
  return ctx.anchorPrefix ? `${ctx.anchorPrefix}-${id}` : id;
}

/**
 * A real heading element (h1-h6) at `level`, focusable by script so deep links can move focus to it. Levels past 6
 * stay h6: HTML has nothing deeper.
 */
export function heading(level: number, id: string | undefined, content: unknown, part = 'heading'): TemplateResult {
  const tag = unsafeStatic(`h${Math.min(6, Math.max(1, level))}`);
  return staticHtml`<${tag} id=${id ?? nothing} tabindex=${id ? '-1' : nothing} part=${part}>${content}</${tag}>`;
}

/** A definition list of label/value rows, skipping rows without a value. */
export function facts(rows: Array<[label: string, value: Content | string | undefined | false]>): Content {
  const shown = rows.filter(([, value]) => value !== undefined && value !== false && value !== nothing && value !== '');
  if (shown.length === 0) return nothing;
  return html`<dl class="facts">${shown.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** An in-app navigation path such as Me › Settings › Privacy Settings, as an ordered list the stylesheet joins with ›. */
export function path(ctx: RenderContext, steps: Text[] | undefined): Content {
  if (!steps?.length) return nothing;
  return html`<ol class="path">${steps.map((step) => html`<li>${text(ctx, step)}</li>`)}</ol>`;
}

/** A list of items, or nothing when empty. */
export function list<T>(items: readonly T[] | undefined, each: (item: T) => unknown, className = 'plain'): Content {
  if (!items?.length) return nothing;
  return html`<ul class=${className}>${items.map((item) => html`<li>${each(item)}</li>`)}</ul>`;
}
