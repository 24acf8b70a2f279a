import { html, nothing, type TemplateResult } from 'lit';
import { loadUi, uiLocaleFor } from '../i18n/ui.js';
import { pickLanguage, type NormalizedPolicy } from '../model/index.js';
import { NO_ACTIONS } from '../templates/actions.js';
import { renderArticle } from '../templates/frame.js';
import { styles } from '../templates/styles.js';
import { buildNoticeView, loadMarkdownParser, type Reader, type ScreenView } from '../view/index.js';
import { PAGE_CSS as PRERENDERED_PAGE_CSS, prerenderElement } from '../ssr/element.js';
import { escapeHtml, inlineJson, staticHtml } from '../ssr/markup.js';
import { scopeCss } from './css.js';

/** The class of the element that plays the part of the shadow host: the notice's styles apply inside it only. */
export const SCOPE = 'privacy-notice-static';

/**
 * Put before the notice's own rules: a host page's styles for the elements a notice is made of (its `h2 { … }`,
 * `ul { list-style: … }`, `a { … }`) stop at the notice, reverted to the browser's; the notice's rules, later and
 * at least as specific, then apply. `:where` keeps it at one class, so the notice's `.scope *` rules still win.
 */
const RESET = `.${SCOPE} :where(h1, h2, h3, h4, h5, h6, p, ul, ol, li, dl, dt, dd, table, caption, thead, tbody, tr, th, td, blockquote, pre, code, a, strong, em, q, address, nav, section, article, header, details, summary, button, label, input, hr, div, span) { all: revert; }`;

export interface StaticOptions {
  /** The reader's language (BCP 47); the policy picks its best match, as the element does. Default: the policy's own. */
  lang?: string;
  /** Just the notice (its <style> first) to put into another page, instead of a whole page. */
  fragment?: boolean;
  /** Level of the notice's main heading; default 1 in a page, 2 in a fragment. */
  headingLevel?: number;
  /** Prefix for anchor ids, as the element's `anchor-prefix`. */
  anchorPrefix?: string;
  /**
   * The policy document to put inline in a `<privacy-notice>` wrapped around the static notice: a page that loads
   * privacy-notice.js then shows the interactive element from it (no second request); without script, the static
   * notice shows, because an undefined element displays its children.
   */
  embed?: unknown;
  /** Start with the first layer, the summary, after the title (as the element's `summary`). */
  summary?: boolean;
  /**
   * The `<privacy-notice>` element itself with its declarative shadow root and the policy inline (src/ssr/): painted
   * with no script like the static notice, and taken over, not rendered again, by the element's script.
   */
  dsd?: boolean;
  /** With `dsd`: the URL of privacy-notice.js, loaded by a `<script type="module">` after the notice. */
  script?: string;
}

/** A page of its own fills the window with the notice's background and leaves a margin around the text. */
const PAGE_CSS = `body.${SCOPE} { margin: 0; padding: 1.5rem clamp(1rem, 5vw, 3rem); }
@media print { body.${SCOPE} { padding: 0; } }`;

/** The language and UI strings the element would choose for this reader, once the UI locale is loaded. */
async function readerOf(policy: NormalizedPolicy, options: StaticOptions): Promise<Reader> {
  const requested = options.lang ? [options.lang] : [];
  const lang = pickLanguage(requested, policy.languages, policy.defaultLanguage);
  const ui = await loadUi(lang, { locale: uiLocaleFor([lang, ...requested, policy.defaultLanguage]) });
  return {
    lang,
    ui,
    anchorPrefix: options.anchorPrefix ?? '',
    static: true,
    ...(options.summary ? { summary: true } : {}),
  };
}

/**
 * The notice as the element renders it in its shadow root (the same view and templates; no status region: no script
 * will ever say anything in it), optionally inside a `<privacy-notice>` that can take over.
 */
function body(screen: ScreenView, reader: Reader, level: number, options: StaticOptions): TemplateResult {
  const notice = renderArticle({ screen, level, stepped: false }, NO_ACTIONS);
  if (options.embed === undefined) return notice;
  return html`<privacy-notice
    ?summary=${options.summary}
    lang=${reader.lang}
    heading-level=${level}
    anchor-prefix=${options.anchorPrefix || nothing}
    ><script type="application/json"></script>
    ${notice}</privacy-notice
  >`;
}

/**
 * The notice as static HTML: a complete page (`<!doctype html>` with its styles in the head), or a fragment for
 * another page (a `<style>` and a `<div class="privacy-notice-static">`). Made by the element's own templates through
 * lit's server renderer: no DOM, and nothing of lit left in it, since no script takes it over. With `dsd`, the page
 * holds the element itself with its declarative shadow root instead, which its script takes over (src/ssr/).
 */
export async function renderStaticHtml(policy: NormalizedPolicy, options: StaticOptions = {}): Promise<string> {
  const level = Math.min(6, Math.max(1, options.headingLevel ?? (options.fragment ? 2 : 1)));
  await loadMarkdownParser();
  if (options.dsd) return prerenderedHtml(policy, level, options);
  const reader = await readerOf(policy, options);
  const screen = buildNoticeView(policy, reader);
  const css = `${RESET}\n${scopeCss(styles.map((s) => s.cssText).join('\n'), SCOPE)}`;
  // The policy goes into the (empty) JSON block after rendering: lit binds nothing inside a <script>.
  const notice = (await staticHtml(body(screen, reader, level, options))).replace(
    '<script type="application/json"></script>',
    () => `<script type="application/json">${inlineJson(options.embed)}</script>`,
  );
  if (options.fragment) return `<style>${css}</style>\n<div class="${SCOPE}">${notice}</div>\n`;
  return page({
    lang: screen.lang,
    dir: screen.dir,
    title: screen.body.header.title.value,
    css: `${css}\n${PAGE_CSS}`,
    bodyClass: SCOPE,
    main: notice,
  });
}

/** A page of its own around a notice: the metadata every page needs, the styles in the head, the notice in <main>. */
function page(parts: {
  lang: string;
  dir: string;
  title: string;
  css: string;
  bodyClass?: string;
  main: string;
  end?: string;
}): string {
  const bodyClass = parts.bodyClass ? ` class="${parts.bodyClass}"` : '';
  return `<!doctype html>
<html lang="${escapeHtml(parts.lang)}" dir="${parts.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${escapeHtml(parts.title)}</title><style>${parts.css}</style></head><body${bodyClass}><main>${parts.main}</main>${parts.end ?? ''}</body></html>
`;
}

/** The pre-rendered element (src/ssr/), alone or in a page of its own that loads the element's script. */
async function prerenderedHtml(policy: NormalizedPolicy, level: number, options: StaticOptions): Promise<string> {
  const { html, screen } = await prerenderElement(policy, options.embed ?? policy.document, {
    headingLevel: level,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.anchorPrefix ? { anchorPrefix: options.anchorPrefix } : {}),
    ...(options.summary ? { summary: true } : {}),
  });
  const script = options.script ? `<script type="module" src="${escapeHtml(options.script)}"></script>` : '';
  if (options.fragment) return `${html}\n${script ? `${script}\n` : ''}`;
  return page({
    lang: screen.lang,
    dir: screen.dir,
    title: screen.body.kind === 'notice' ? screen.body.header.title.value : policy.id,
    css: PRERENDERED_PAGE_CSS,
    main: html,
    end: script,
  });
}
