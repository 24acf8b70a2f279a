import { html, nothing, render, type TemplateResult } from 'lit';
import { loadUi, uiLocaleFor } from '../i18n/ui.js';
import { pickLanguage, type NormalizedPolicy } from '../model/index.js';
import { NO_ACTIONS } from '../templates/actions.js';
import { renderArticle } from '../templates/frame.js';
import { styles } from '../templates/styles.js';
import { buildNoticeView, type Reader, type ScreenView } from '../view/index.js';
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

/** JSON for a `<script type="application/json">`: no `<`, so nothing in the policy can close the script element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
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

/** Renders into a fresh element of the installed DOM, then drops lit's comment markers: nothing will hydrate them. */
function renderInto(host: HTMLElement, template: TemplateResult, options: StaticOptions): void {
  render(template, host);
  const walker = document.createTreeWalker(host, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  const data = host.querySelector('privacy-notice > script[type="application/json"]');
  if (data) data.textContent = inlineJson(options.embed);
}

/**
 * The notice as static HTML: a complete page (`<!doctype html>` with its styles in the head), or a fragment for
 * another page (a `<style>` and a `<div class="privacy-notice-static">`). Made by the element's own templates,
 * Markdown sanitized by the same module; needs the DOM from installDom().
 */
export async function renderStaticHtml(policy: NormalizedPolicy, options: StaticOptions = {}): Promise<string> {
  const reader = await readerOf(policy, options);
  const screen = buildNoticeView(policy, reader);
  const level = Math.min(6, Math.max(1, options.headingLevel ?? (options.fragment ? 2 : 1)));
  const css = `${RESET}\n${scopeCss(styles.map((s) => s.cssText).join('\n'), SCOPE)}`;

  if (options.fragment) {
    const wrapper = document.createElement('div');
    wrapper.className = SCOPE;
    renderInto(wrapper, body(screen, reader, level, options), options);
    const style = document.createElement('style');
    style.textContent = css;
    return `${style.outerHTML}\n${wrapper.outerHTML}\n`;
  }

  const page = document.implementation.createHTMLDocument(screen.body.header.title.value);
  page.documentElement.lang = screen.lang;
  page.documentElement.dir = screen.dir;
  const head = page.head;
  const charset = page.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const viewport = page.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  const scheme = page.createElement('meta');
  scheme.name = 'color-scheme';
  scheme.content = 'light dark';
  const style = page.createElement('style');
  style.textContent = `${css}\n${PAGE_CSS}`;
  head.prepend(charset, viewport, scheme);
  head.append(style);
  page.body.className = SCOPE;
  const main = page.createElement('main'); // the page's one main landmark: everything on it is the notice
  page.body.append(main);
  renderInto(main, body(screen, reader, level, options), options);
  return `<!doctype html>\n${page.documentElement.outerHTML}\n`;
}
