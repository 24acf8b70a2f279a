import { Marked, type Tokens } from 'marked';
import { boundedEmailScan } from '../../../src/view/markdown/bounded-scan.js';
import { isAllowedHref, stripBidi } from '../../../src/model/href.js';

/** Escapes text for HTML content and double-quoted attribute values: every `&`, so entities stay literal text. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * One marked instance for the library, configured once: never the global `marked`, which a host page may have
 * configured its own way. GFM (tables, strikethrough, bare-URL autolinks) on; no `breaks`, a newline stays a space.
 * The renderer emits only allow-listed markup; DOMPurify re-checks it all anyway.
 */
const parser = new Marked({ gfm: true, breaks: false, async: false }, boundedEmailScan);

parser.use({
  renderer: {
    /** Raw HTML in policy text is shown as the text it is, never parsed: the simplest way to keep out every HTML trick. */
    html({ text, block }: Tokens.HTML | Tokens.Tag): string {
      return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
    },
    /** A disallowed link keeps its words and loses its target; titles are dropped (only `href` is allowed on `a`). */
    link({ href, tokens }: Tokens.Link): string {
      const text = stripBidi(this.parser.parseInline(tokens));
      const url = stripBidi(href);
      return isAllowedHref(url) ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
    },
    /** Remote images would tell a third party who reads the notice: show the alt text instead. */
    image({ text, tokens }: Tokens.Image): string {
      return escapeHtml(tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text);
    },
    /** Task-list boxes stay as the author wrote them; a disabled `<input>` would be a form control in prose. */
    checkbox({ checked }: Tokens.Checkbox): string {
      return checked ? '[x] ' : '[ ] ';
    },
    /** Column headers of GFM tables say so; alignment is dropped (no `align`/`style` attributes). */
    tablecell({ tokens, header }: Tokens.TableCell): string {
      const content = this.parser.parseInline(tokens);
      return header ? `<th scope="col">${content}</th>\n` : `<td>${content}</td>\n`;
    },
  },
});

/** Heading level after shifting by `offset`, kept within h1–h6. */
export function shiftedDepth(depth: number, offset: number): number {
  return Math.min(6, Math.max(1, depth + offset));
}

/**
 * Markdown to an HTML string (not yet sanitized). Headings are shifted on the tokens rather than by a second
 * renderer, so the single configured instance serves every offset. A heading more than one level deeper than the
 * one before it (or than the heading the text sits under, at `headingOffset`) moves up, so the outline never skips
 * a level whatever the author wrote (`###` straight under a section title becomes the next level, not two below).
 */
export function markdownToHtml(source: string, headingOffset: number): string {
  const tokens = parser.lexer(source);
  let above = Math.min(5, Math.max(0, headingOffset));
  parser.walkTokens(tokens, (token) => {
    if (token.type !== 'heading') return;
    const heading = token as Tokens.Heading;
    heading.depth = Math.min(shiftedDepth(heading.depth, headingOffset), above + 1);
    above = heading.depth;
  });
  return parser.parser(tokens);
}
