import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Content, Fact, Inline, TextView } from '../view/index.js';
import { renderMarkdown } from './markdown.js';

export type Rendered = TemplateResult | string | typeof nothing;

const HEADINGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** The tag of heading `level`: h1-h6, deeper levels stay h6 (HTML has nothing deeper). */
export function headingTag(level: number): ReturnType<typeof unsafeStatic> {
  return HEADINGS[Math.min(6, Math.max(1, level)) - 1]!;
}

/**
 * The level a heading deeper than h6 announces (`aria-level`, which ARIA allows above 6), so a notice placed deep in
 * a page keeps its outline: its h6 headings are not all one level.
 */
export function deepLevel(level: number): string | typeof nothing {
  return level > 6 ? String(level) : nothing;
}

/**
 * A real heading at `level`, focusable by script when it has an id, so deep links can move focus to it. A heading
 * with an id also has a slot of that name: a pre-rendered element puts an empty element with the same id there, in
 * the page, so that a link to it scrolls there before any script runs (a page's fragment never reaches into a
 * shadow root).
 */
export function heading(level: number, id: string | undefined, content: unknown, part = 'heading'): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag}
    id=${id ?? nothing}
    tabindex=${id ? '-1' : nothing}
    aria-level=${deepLevel(level)}
    part=${part}
    >${id ? html`<slot name=${id}></slot>` : nothing}${content}</${tag}
  >`;
}

/** Policy words: in a span of their own language when they are not in the notice's. */
export function text(words: TextView | undefined): Rendered {
  if (!words) return nothing;
  return words.lang ? html`<span lang=${words.lang} dir=${words.dir!}>${words.value}</span>` : words.value;
}

export function inline(piece: Inline): Rendered {
  if (typeof piece === 'string') return piece;
  if (!('kind' in piece)) return text(piece);
  switch (piece.kind) {
    case 'link':
      return html`<a
        href=${piece.href}
        rel=${piece.external ? 'noopener noreferrer' : nothing}
        dir=${piece.literal ? 'ltr' : 'auto'}
        >${inlines(piece.words)}</a
      >`;
    case 'url':
      return html`<span class="url" dir="ltr">${piece.value}</span>`;
    case 'strong':
      return html`<strong>${inlines(piece.content)}</strong>`;
    case 'code':
      return html`<code class=${piece.domain ? 'domain' : nothing}>${breakable(piece.value)}</code>`;
    case 'quote':
      return html`<q class="note">${inlines(piece.content)}</q>`;
    case 'span':
      return html`<span class=${piece.role}>${inlines(piece.content)}</span>`;
  }
}

export function inlines(pieces: readonly Inline[] | undefined): Rendered[] {
  return (pieces ?? []).map(inline);
}

/** A fact's value, a cell or a list item; Markdown in it has its headings below `level`. */
export function content(piece: Content, level: number): Rendered {
  if (typeof piece === 'string' || !('kind' in piece)) return inline(piece);
  switch (piece.kind) {
    case 'markdown':
      return renderMarkdown(piece, level);
    case 'path':
      return html`<ol class="path">
        ${piece.steps.map((step) => html`<li>${text(step)}</li>`)}
      </ol>`;
    case 'address':
      return html`<address>
        ${piece.lines.map((line, i) => html`${i ? html`<br />` : nothing}${text(line)}`)}${piece.country ? html`<br />${piece.country}` : nothing}
      </address>`;
    case 'list':
      return html`<ul class=${piece.role}>
        ${piece.items.map((item) => html`<li>${contents(item, level)}</li>`)}
      </ul>`;
    case 'para':
      return para(piece.text, piece.note ? 'note' : undefined);
    default:
      return inline(piece);
  }
}

export function contents(pieces: readonly Content[], level: number): Rendered[] {
  return pieces.map((piece) => content(piece, level));
}

/** A paragraph that is all policy text: in another language it carries `lang` and `dir` itself. */
export function para(words: TextView | undefined, className?: string): Rendered {
  if (!words) return nothing;
  return html`<p class=${className ?? nothing} lang=${words.lang ?? nothing} dir=${words.dir ?? nothing}>
    ${words.value}
  </p>`;
}

/**
 * An identifier (a cookie name, a domain, an OS permission) with a line-break opportunity after each `_`, `-` and
 * `.`, so that a narrow column breaks it between its parts rather than inside one; `<wbr>` leaves the text as it is
 * for copying and searching.
 */
export function breakable(name: string): Rendered[] {
  return name.split(/(?<=[_.-])(?=[^_.-])/).flatMap((part, i) => (i ? [html`<wbr />`, part] : [part]));
}

/** A definition list of label/value rows. */
export function facts(rows: readonly Fact[], level: number): Rendered {
  if (rows.length === 0) return nothing;
  return html`<dl class="facts">
    ${rows.map(
      (row) =>
        html`<div>
          <dt>${row.label}</dt>
          <dd>${contents(row.value, level)}</dd>
        </div>`,
    )}
  </dl>`;
}

/** Items per group of a long list: a group renders again only when one of its items changed. */
const GROUP = 25;

/**
 * A long list in groups, each memoized on its items (views keep the identity of what did not change): a notice
 * shown a screen at a time renders only what a step adds, and a switch flipped re-renders only its own group.
 */
export function groups<T>(items: readonly T[], level: number, each: (item: T) => unknown): unknown[] {
  const shown: unknown[] = [];
  for (let start = 0; start < items.length; start += GROUP) {
    const group = items.slice(start, start + GROUP);
    shown.push(guard([level, ...group], () => group.map(each)));
  }
  return shown;
}
