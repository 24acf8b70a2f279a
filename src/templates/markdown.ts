import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type PartInfo } from 'lit/directive.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { MarkdownView, MdNode } from '../view/index.js';
import { deepLevel, headingTag } from './content.js';

/** One node of policy Markdown, its text in text bindings: nothing in it is ever parsed as HTML. */
function node(n: MdNode, level: number): unknown {
  if (typeof n === 'string') return n;
  switch (n.t) {
    case 'p':
      return html`<p>${nodes(n.c, level)}</p>`;
    case 'h': {
      const tag = headingTag(level + n.depth);
      return staticHtml`<${tag} aria-level=${deepLevel(level + n.depth)}>${nodes(n.c, level)}</${tag}>`;
    }
    case 'ul':
      return html`<ul>
        ${nodes(n.c, level)}
      </ul>`;
    case 'ol':
      return html`<ol start=${n.start ?? nothing}>
        ${nodes(n.c, level)}
      </ol>`;
    case 'li':
      return html`<li>${nodes(n.c, level)}</li>`;
    case 'blockquote':
      return html`<blockquote>${nodes(n.c, level)}</blockquote>`;
    case 'pre':
      return html`<pre><code>${n.text}</code></pre>`;
    case 'code':
      return html`<code>${n.text}</code>`;
    case 'strong':
      return html`<strong>${nodes(n.c, level)}</strong>`;
    case 'em':
      return html`<em>${nodes(n.c, level)}</em>`;
    case 'del':
      return html`<del>${nodes(n.c, level)}</del>`;
    case 'br':
      return html`<br />`;
    case 'hr':
      return html`<hr />`;
    case 'a':
      // dir="auto" isolates the link: no bidi override outside it can reverse how it reads.
      return html`<a href=${n.href} rel=${n.external ? 'noopener noreferrer' : nothing} dir="auto"
        >${nodes(n.c, level)}</a
      >`;
    case 'table':
      return html`<table>
        ${nodes(n.c, level)}
      </table>`;
    case 'thead':
      return html`<thead>
        ${nodes(n.c, level)}
      </thead>`;
    case 'tbody':
      return html`<tbody>
        ${nodes(n.c, level)}
      </tbody>`;
    case 'tr':
      return html`<tr>
        ${nodes(n.c, level)}
      </tr>`;
    case 'th':
      return html`<th scope="col">${nodes(n.c, level)}</th>`;
    case 'td':
      return html`<td>${nodes(n.c, level)}</td>`;
  }
}

function nodes(list: readonly MdNode[], level: number): unknown[] {
  return list.map((n) => node(n, level));
}

/** Set while an element adopts pre-rendered markup (adoptingMarkup): its Markdown stays as the server wrote it. */
let adopting = false;

/** Runs `hydrate` with every Markdown block left as the markup has it: no Markdown is parsed to adopt a notice. */
export function adoptingMarkup(hydrate: () => void): void {
  adopting = true;
  try {
    hydrate();
  } finally {
    adopting = false;
  }
}

/**
 * The nodes of one Markdown block, rendered again only when its text or place changes (like `guard`), so
 * re-rendering a notice leaves it alone: focus, selection and find-in-page highlights survive. A block a
 * pre-rendered notice adopts keeps the server's nodes for as long as its text and place stay the same.
 */
class MarkdownBlock extends Directive {
  private shown?: { source: string; level: number };

  render(view: MarkdownView, level: number): unknown {
    return nodes(view.nodes, level);
  }

  override update(_part: PartInfo, [view, level]: [MarkdownView, number]): unknown {
    const shown = this.shown;
    if (shown && shown.source === view.source && shown.level === level) return noChange;
    this.shown = { source: view.source, level };
    return adopting ? noChange : this.render(view, level);
  }
}

const markdownBlock = directive(MarkdownBlock);

/** Policy Markdown in a block of its own language; its headings sit below `level`. */
export function renderMarkdown(view: MarkdownView | undefined, level: number): TemplateResult | typeof nothing {
  if (!view) return nothing;
  return html`<div class="md" lang=${view.lang ?? nothing} dir=${view.dir ?? nothing}>
    ${markdownBlock(view, level)}
  </div>`;
}
