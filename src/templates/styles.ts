import { css } from 'lit';
import { tableStyles } from './parts/tables.styles.js';
import { languageStyles } from './language.styles.js';
import { toggleStyles } from './toggle.styles.js';

/**
 * The default look. Theming goes through the --pn-* custom properties and the CSS parts; only logical properties are
 * used, so right-to-left languages need no special cases.
 */
const base = css`
  :host {
    --_text: var(--pn-color-text, #1b1c1e);
    --_muted: var(--pn-color-muted, #50545c);
    --_bg: var(--pn-color-background, #ffffff);
    --_surface: var(--pn-color-surface, #f4f5f7);
    --_border: var(--pn-color-border, #c9ccd2);
    --_accent: var(--pn-color-accent, #1a56b0);
    --_focus: var(--pn-color-focus, #1a56b0);
    --_error: var(--pn-color-error, #b3261e);
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_bg);
    font: var(--pn-font, 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    overflow-wrap: break-word;
    text-align: start;
    /* Inherited text properties a host page may set on body; the notice keeps its own. */
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    font-style: normal;
    text-shadow: none;
  }
  /* Korean breaks lines between words (at spaces), as its typography does, never inside a word. */
  :lang(ko) {
    word-break: keep-all;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--pn-color-text, #e6e7ea);
      --_muted: var(--pn-color-muted, #b2b6be);
      --_bg: var(--pn-color-background, #16181c);
      --_surface: var(--pn-color-surface, #22252b);
      --_border: var(--pn-color-border, #454a53);
      --_accent: var(--pn-color-accent, #8ab4f8);
      --_focus: var(--pn-color-focus, #8ab4f8);
      --_error: var(--pn-color-error, #f2b8b5);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Wide enough for the processing table on large screens; running text keeps its own 70ch measure. */
  .notice {
    max-inline-size: var(--pn-max-width, 76rem);
    margin-inline: auto;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    /* No line-height of their own: the host's (or a text-spacing stylesheet's, WCAG 1.4.12) reaches them. */
    margin-block: 1.6em 0.5em;
  }
  [part~='title'] {
    font-size: var(--pn-title-size, 2rem);
    margin-block-start: 0;
  }
  .section > [part~='heading'] {
    font-size: 1.4rem;
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.25em;
  }
  .section .section > [part~='heading'],
  .right [part~='heading'] {
    font-size: 1.15rem;
    border: 0;
  }
  [tabindex='-1'] {
    scroll-margin-block-start: var(--pn-scroll-offset, 1rem);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
    border-radius: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  p,
  li,
  dd {
    max-inline-size: 70ch;
  }
  li.category,
  li.consent {
    max-inline-size: none;
  }
  code {
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    color: var(--_muted);
    margin-block: 0 1em;
  }
  .toc {
    background: var(--_surface);
    border-radius: 0.5rem;
    padding: 0.75rem 1.25rem;
    margin-block: 1.5rem;
  }
  .changes {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: 0.5rem;
    padding: 0.75rem 1.25rem;
    margin-block: 1.5rem;
  }
  .changes [part~='changes-heading'] {
    font-size: 1.05rem;
    margin-block: 0.25rem 0.5rem;
  }
  .changes ul {
    margin-block: 0.5rem;
    padding-inline-start: 1.25em;
  }
  .changes button {
    font: inherit;
    min-block-size: 24px;
    padding: 0.25em 0.9em;
  }
  .change-status,
  .changed-marker {
    color: var(--_muted);
  }
  .changed-marker {
    font-size: 0.9em;
    margin-block: -0.25em 0.75em;
  }
  .toc [part~='toc-heading'] {
    font-size: 1.05rem;
    margin-block: 0.25rem 0.5rem;
  }
  /* No list numbers: policies number their own headings ("SECTION 1", "Section IV"), and a second numbering misleads. */
  .toc ol {
    list-style: none;
    margin: 0;
    padding-inline-start: 0;
  }
  .toc ol ol {
    padding-inline-start: 1.1rem;
    margin-block: 0.15em 0.35em;
    font-size: 0.95em;
  }
  .toc li {
    margin-block: 0.3em;
  }
  .toc > ol > li:first-child {
    margin-block-start: 0;
  }
  @container (min-width: 44rem) {
    .toc > ol {
      columns: 2;
      column-gap: 2.5rem;
    }
    .toc > ol > li {
      break-inside: avoid;
    }
  }
  /* Tracks of minmax(0, 1fr): a long word wraps in its column instead of widening it (200% text zoom at 360 px). */
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35em 1em;
    margin-block: 0.75em;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) minmax(0, 1fr);
    gap: 1em;
  }
  @container (max-width: 30rem) {
    .facts > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  .facts dt {
    font-weight: 600;
    color: var(--_muted);
  }
  /*
   * The summary's lines, ruled apart: each is a fact of its own that a reader scans for. On a narrow screen a line's
   * name runs into its items, so the first layer stays one screen high on a phone.
   */
  .summary > div {
    padding-block-end: 0.35em;
    border-block-end: 1px solid var(--_border);
  }
  /* A part shown on its own under its heading (<privacy-summary>): the heading starts the element, no space above. */
  .alone > :first-child {
    margin-block-start: 0;
  }
  @container (max-width: 30rem) {
    .summary > div {
      display: block;
    }
    .summary dt,
    .summary dd {
      display: inline;
    }
    .summary dt::after {
      content: ': ';
    }
  }
  .facts dd {
    margin: 0;
  }
  .facts dd > .md > :first-child,
  .facts dd > ul {
    margin-block-start: 0;
  }
  ul.plain,
  ul.examples,
  ul.channels {
    padding-inline-start: 1.25rem;
    margin-block: 0.35em;
  }
  ul.categories,
  ul.consents,
  ul.purposes {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .category,
  .consent,
  .purpose,
  .contact,
  .right {
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    padding: 0.75rem 1rem;
    margin-block: 0.75rem;
  }
  /* A heading the library puts inside a part the author placed ("Managing cookies"): smaller than the author's. */
  [part~='subheading'] {
    font-size: 1.05rem;
    margin-block: 1.25em 0.35em;
  }
  /* A purpose with only a name: an item of the list, not a card. */
  ul.purposes:has(> .named) {
    display: block;
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
  .purpose.named {
    border: none;
    padding: 0;
    margin-block: 0.25em;
  }
  .purpose > [part~='heading'],
  .contact > [part~='heading'] {
    margin-block-start: 0;
    font-size: 1.05rem;
  }
  .badge {
    display: inline-block;
    font-size: 0.85em;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    margin-inline-start: 0.25em;
  }
  .badge.sensitive {
    color: var(--_error);
    font-weight: 600;
  }
  .badge.sensitive::before {
    content: '⚠ ' / '';
  }
  .right-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
  }
  .right-heading > [part~='heading'] {
    margin-block: 0 0.5rem;
    /* A word longer than the line (deletion/erasure at 200% text zoom) wraps rather than widening the page. */
    min-inline-size: 0;
  }
  .copy-link {
    font: inherit;
    font-size: 0.85em;
    min-inline-size: 24px;
    min-block-size: 24px;
    padding: 0 0.4em;
    color: var(--_muted);
    background: none;
    border: 1px solid var(--_border);
    border-radius: 0.35rem;
    cursor: pointer;
  }
  .copy-result {
    flex-basis: 100%;
    margin-block: 0.25em 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .copy-result.failed {
    color: var(--_text);
  }
  .copy-link:hover {
    color: var(--_accent);
    border-color: currentColor;
  }
  .channel-label {
    font-weight: 600;
    margin-inline-end: 0.5em;
  }
  .channel .note {
    display: block;
    color: var(--_muted);
  }
  address {
    font-style: normal;
    display: inline-block;
    vertical-align: top;
  }
  ol.path {
    display: inline;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ol.path li {
    display: inline;
    font-weight: 600;
  }
  /* › is Bidi_Mirrored: in right-to-left text the browser draws it as ‹ by itself (swapping it here would undo that). */
  ol.path li + li::before {
    content: ' › ' / '';
    font-weight: 400;
    color: var(--_muted);
  }
  .md > :first-child {
    margin-block-start: 0;
  }
  .md > :last-child {
    margin-block-end: 0.5em;
  }
  .md blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
  }
  .error {
    border: 2px solid var(--_error);
    border-radius: 0.5rem;
    padding: 0.75rem 1rem;
    margin-block: 1rem;
  }
  .error [part='error-title'] {
    font-size: 1.1em;
    margin-block: 0 0.5em;
  }
  .error p {
    margin-block: 0.5em;
  }
  .error summary {
    cursor: pointer;
    margin-block-start: 0.75em;
  }
  .error ul {
    margin-block: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .error button {
    font: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    margin-block-start: 0.5em;
    padding: 0.25em 0.9em;
  }
  /*
   * A notice too large for one render (shown a screen at a time): what is off screen is neither laid out nor painted
   * until it comes near. Find-in-page, deep links and assistive technologies still reach it. The sizes stand in until
   * a block was first shown (typical heights of the benchmark's synthetic policy); paint containment would clip the
   * focus outline of a heading at the edge, hence the clip margin.
   */
  .stepped > .section,
  .stepped :is(.cookie-category, .right, .purpose, li.category, li.consent, .card) {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
    overflow-clip-margin: 0.5rem;
  }
  .stepped :is(.right, .purpose, li.category, li.consent) {
    contain-intrinsic-size: auto 8rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .badge,
    .category,
    .consent,
    .purpose,
    .contact,
    .right,
    .toc,
    .error {
      border: 1px solid CanvasText;
    }
    [tabindex='-1']:focus-visible,
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  .back-to-contents {
    margin-block: 1.25em 0;
    font-size: 0.9em;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .back-to-contents {
      display: none;
    }
    .stepped * {
      content-visibility: visible;
    }
    .copy-link,
    .copy-result,
    .error button {
      display: none;
    }
    .toc {
      background: none;
      border: 1px solid #999;
    }
    .category,
    .consent,
    .purpose,
    .contact,
    .right {
      break-inside: avoid;
    }
    a[href^='https:']::after,
    a[href^='mailto:']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;

export const styles = [base, tableStyles, toggleStyles, languageStyles];
