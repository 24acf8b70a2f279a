import { html, nothing, type TemplateResult } from 'lit';
import type { BodyView, ErrorsView, LanguageSwitcherView, ScreenView } from '../view/index.js';
import type { NoticeActions } from './actions.js';
import { renderChoices } from './choices.js';
import { heading } from './content.js';
import { renderNotice } from './notice.js';
import { renderPart } from './parts/index.js';

/**
 * The panel of a policy that could not be shown: a heading, what a reader can do, Try again when it can help, and
 * the developer detail collapsed.
 */
export function renderErrors(
  view: ErrorsView | undefined,
  level: number,
  actions: NoticeActions,
): TemplateResult | typeof nothing {
  if (!view) return nothing;
  const { details } = view;
  return html`<div class="error" part="error" role="alert" lang=${view.lang} dir=${view.dir}>
    ${heading(level, undefined, view.title, 'error-title')}
    <p>${view.advice}</p>
    ${view.retry ? html`<button type="button" @click=${() => actions.retry()}>${view.retry}</button>` : nothing}
    <details part="error-details">
      <summary>${details.summary}</summary>
      <ul lang="en" dir="ltr">
        ${details.errors.map(
          (e) =>
            html`<li>
              ${e.message.map((piece) => (piece.code ? html`<code>${piece.text}</code>` : piece.text))}${
                e.where ? html` <span lang=${view.lang} dir=${view.dir}>${e.where}</span>` : nothing
              }
            </li>`,
        )}
      </ul>
      ${details.more ? html`<p>${details.more}</p>` : nothing}
    </details>
  </div>`;
}

/**
 * The language switcher: one button per language of the policy, each named in its own language and marked with its
 * `lang`, the one shown marked current. Nothing changes until the reader presses one (a <select> changed the whole
 * notice on every arrow key: WCAG 3.2.2).
 */
export function renderLanguageSwitcher(
  view: LanguageSwitcherView | undefined,
  actions: NoticeActions,
): TemplateResult | typeof nothing {
  if (!view) return nothing;
  return html`<div class="language-switcher" part="language-switcher" role="group" aria-labelledby=${view.inputId}>
    <span class="language-label" id=${view.inputId}>${view.label}</span>
    <ul>
      ${view.options.map(
        (o) =>
          html`<li>
            <button
              type="button"
              lang=${o.tag}
              dir=${o.dir}
              aria-current=${o.tag === view.selected ? 'true' : nothing}
              @click=${() => actions.language(o.tag)}
            >
              ${o.name}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** What an element shows of its view: the notice, one part, or the switches. */
export function renderBody(view: BodyView, level: number, actions: NoticeActions): TemplateResult | unknown {
  if (view.kind === 'notice') return renderNotice(view, level, actions);
  if (view.kind === 'choices') return renderChoices(view, level, actions);
  if (!view.part) return nothing;
  // A part shown on its own under a heading of its own (<privacy-summary>); the others' hosts give it theirs.
  if (view.part.heading)
    return html`<section class="alone" aria-labelledby=${view.part.anchor ?? nothing}>
      ${heading(level, view.part.anchor, view.part.heading)} ${renderPart(view.part, level + 1, actions)}
    </section>`;
  return renderPart(view.part, level, actions);
}

export interface Frame {
  screen?: ScreenView;
  level: number;
  errors?: ErrorsView;
  switcher?: LanguageSwitcherView;
  /** Shown a screen at a time: off-screen blocks are left to content-visibility. */
  stepped: boolean;
  /** Loading, or waiting for a language's strings (an element's; static HTML never is). */
  busy?: boolean;
  /** What a reader sees while there is nothing to show yet ("Loading the privacy policy…"), in the UI's language. */
  loading?: { text: string; lang: string; dir: string };
  /** The polite status message ("Link copied"), in the UI's language. */
  status: string;
  /** The UI's language and direction, for what the element itself says (the status message). */
  ui: { lang: string; dir: string };
}

/** The notice in an `article` in the UI's language: the language menu, the fallback note, then what it shows. */
export function renderArticle(frame: Omit<Frame, 'errors' | 'status' | 'ui'>, actions: NoticeActions): TemplateResult {
  const { screen } = frame;
  // Named by its title, so a screen reader says which notice it is in; one part on its own has no title to name it.
  const body = screen?.body;
  const title = body?.kind === 'notice' ? body.header.anchor : body?.kind === 'choices' ? body.anchor : nothing;
  const busy = frame.busy === undefined ? nothing : frame.busy ? 'true' : 'false';
  const content = html`${renderLanguageSwitcher(frame.switcher, actions)}
  ${screen?.fallbackNote ? html`<p class="fallback-note" part="fallback-note">${screen.fallbackNote}</p>` : nothing}
  ${
    screen
      ? renderBody(screen.body, frame.level, actions)
      : frame.loading
        ? html`<p class="loading" part="loading" lang=${frame.loading.lang} dir=${frame.loading.dir}>
            ${frame.loading.text}
          </p>`
        : nothing
  }`;
  // A notice shown a screen at a time leaves its off-screen blocks to content-visibility (the `stepped` class).
  return frame.stepped
    ? html`<article
        class="notice stepped"
        part="notice"
        lang=${screen?.lang ?? nothing}
        dir=${screen?.dir ?? nothing}
        aria-labelledby=${title}
        aria-busy=${busy}
      >
        ${content}
      </article>`
    : html`<article
        class="notice"
        part="notice"
        lang=${screen?.lang ?? nothing}
        dir=${screen?.dir ?? nothing}
        aria-labelledby=${title}
        aria-busy=${busy}
      >
        ${content}
      </article>`;
}

/** An element's whole shadow tree: errors, the notice, and the polite status region. */
export function renderFrame(frame: Frame, actions: NoticeActions): TemplateResult {
  // No empty article when there is nothing to show (a policy that could not be loaded): only the error panel.
  const article = frame.screen || frame.busy ? renderArticle(frame, actions) : nothing;
  return html`${renderErrors(frame.errors, frame.level, actions)} ${article}
    <div class="visually-hidden" role="status" lang=${frame.ui.lang} dir=${frame.ui.dir}>${frame.status}</div>`;
}
