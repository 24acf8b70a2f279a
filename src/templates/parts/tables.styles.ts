import { css } from 'lit';

/**
 * The processing and cookie tables, and the blocks of the other parts rendered beside them.
 *
 * Reflow at 320 px (WCAG 1.4.10) without horizontal scrolling: each table has a `wide` and a `narrow` form and a
 * container query on the part's inline size shows one. Narrow is the default, so a browser without container
 * queries still reflows; `display: none` keeps the hidden form out of the accessibility tree. Words longer than
 * their column break (code, links, every processing cell), so even the wide form never forces the page wider.
 * Colours only through --pn-* properties (with the notice's own tokens as fallbacks), and only logical properties.
 */
export const tableStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: 0.75em 1.25em;
  }
  /*
   * Fixed layout: columns share the width evenly whatever their content, so a long word or list never pushes the
   * table wider than the part (a word longer than its column breaks, see overflow-wrap below).
   */
  .processing > table {
    table-layout: fixed;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  /* A cookie table's name is on the switch or the line above it; its caption says the kind, always-on and count. */
  .cookie-table caption {
    font-weight: 400;
  }
  .cookie-table caption .always-on {
    font-weight: 600;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: 0.5em;
    padding-inline: 0 0.75em;
    border-block-end: 1px solid var(--pn-color-border, var(--_border, currentColor));
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /* Only code and links may break anywhere; words in processing cells wrap at word boundaries (hyphenated where the
     browser can), helped by the column weights below. */
  :is(td, th) :is(code, a) {
    overflow-wrap: anywhere;
  }
  /* A cookie name is looked up as typed: it breaks only after a _, - or . (the template marks those with <wbr>), so
     its column is at least as wide as its longest part (break-word, unlike anywhere, keeps that minimum). */
  .cookie-table code.cookie-name {
    overflow-wrap: break-word;
    hyphens: none;
  }
  .processing td ul,
  .processing th ul {
    padding-inline-start: 0.75em;
  }
  /* Column weights for the usual eight columns: the list-heavy ones (purposes, recipients) get more room. */
  .processing > table thead th:nth-child(1) {
    inline-size: 13%;
  }
  .processing > table thead th:nth-child(2) {
    inline-size: 11%;
  }
  .processing > table thead th:nth-child(3) {
    inline-size: 12%;
  }
  .processing > table thead th:nth-child(4) {
    inline-size: 17%;
  }
  .processing > table thead th:nth-child(5) {
    inline-size: 12%;
  }
  .processing > table thead th:nth-child(6) {
    inline-size: 11%;
  }
  .processing > table thead th:nth-child(7) {
    inline-size: 9%;
  }
  .processing > table thead th:nth-child(8) {
    inline-size: 15%;
  }
  thead th {
    border-block-end-width: 2px;
  }
  th[scope='row'] .md {
    font-weight: 400;
  }
  td ul,
  th ul {
    margin-block: 0;
    padding-inline-start: 0.9em;
  }
  td .note {
    display: block;
  }

  /*
   * Which form shows: narrow first, wide from the breakpoint up. Each part is its own size container, so the
   * breakpoint follows the width the part really has (inside the notice's max-width, a sidebar), not the host's.
   * The processing table has 8 to 10 columns of lists: under 70rem (about 140 px a column) words break mid-word,
   * so the stacked form reads better. The cookie table keeps Name and Purpose as columns under 40rem.
   */
  .processing,
  .cookie-category {
    container-type: inline-size;
  }
  .processing > .wide,
  .cookie-table .wide {
    display: none;
  }
  @container (inline-size >= 70rem) {
    .processing > .wide {
      display: table;
    }
    .processing > .narrow {
      display: none;
    }
  }
  @container (inline-size >= 40rem) {
    .cookie-table .wide {
      display: table-cell;
    }
    .cookie-table .narrow {
      display: none;
    }
  }

  /*
   * Very narrow (a phone webview with text zoomed to 200%: about 11rem of room): the two columns share the width
   * and words break anywhere, since a cookie name's longest part or a long word would otherwise widen the page.
   */
  @container (inline-size < 24rem) {
    .cookie-table {
      table-layout: fixed;
    }
    .cookie-table :is(th, td),
    .cookie-table code.cookie-name {
      overflow-wrap: anywhere;
    }
  }

  /* A category without a switch: its name on a line of its own, above its description. */
  .category-name {
    font-weight: 600;
    margin-block: 1em 0.25em;
  }

  /* The stacked processing rows. */
  .narrow > .caption {
    font-weight: 600;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card {
    max-inline-size: none;
    border-block-start: 1px solid var(--pn-color-border, var(--_border, currentColor));
    padding-block: 0.5em 0.75em;
    overflow-wrap: anywhere;
  }
  .card > :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 0.25em;
    font-size: 1.05em;
  }
  .cookie-table .narrow .facts {
    margin-block: 0.5em 0;
  }

  /* The list-like parts. */
  .transfers {
    list-style: none;
    padding-inline-start: 0;
  }
  .transfer,
  .recipient {
    margin-block: 0.75em;
  }
  .transfer + .transfer {
    border-block-start: 1px solid var(--pn-color-border, var(--_border, currentColor));
    padding-block-start: 0.5em;
  }
  .permission {
    margin-block: 1.25em;
  }
  .permission > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.05em;
    margin-block-end: 0.25em;
  }
  .permission .way {
    margin-inline-end: 0.5em;
  }
`;
