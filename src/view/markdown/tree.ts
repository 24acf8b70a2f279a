import { Marked, type Token, type Tokens } from 'marked';
import { isAllowedHref, isExternalHref, stripBidi } from '../../model/href.js';
import type { MdNode } from '../types.js';
import { boundedEmailScan } from './bounded-scan.js';
import { decodeMarkedText, decodeRawText } from './entities.js';

/**
 * One marked instance for the library, configured once: never the global `marked`, which a host page may have
 * configured its own way. GFM (tables, strikethrough, bare-URL autolinks) on; no `breaks`, a newline stays a space.
 * Only its lexer is used: the tokens become a tree of allowed nodes here, and no HTML is ever written.
 */
const lexer = new Marked({ gfm: true, breaks: false, async: false }, boundedEmailScan);

/** Text of a token as marked's text renderer gives it (an image's alt text): every character as written. */
function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token): string => {
      if (token.type === 'br') return '\n';
      if (token.type === 'checkbox') return token.raw;
      if ('tokens' in token && token.tokens && ['strong', 'em', 'del', 'link', 'image'].includes(token.type))
        return plainText(token.tokens);
      return 'text' in token ? String(token.text) : '';
    })
    .join('');
}

/** Builds the nodes of one Markdown string; headings get depths relative to the text's place, never skipping. */
const CONTROLS_BEFORE = /[\u202A-\u202E\u2066-\u2069]+$/;
const CONTROLS_AFTER = /^[\u202A-\u202E\u2066-\u2069]+/;

/**
 * Bidi controls right before or after a link go: an override placed there would reverse how the link reads. (The
 * link itself is also isolated when drawn, so one further away cannot reach into it either.)
 */
function aroundLinks(nodes: MdNode[]): MdNode[] {
  const isLink = (n: MdNode | undefined) => typeof n === 'object' && n.t === 'a';
  if (!nodes.some(isLink)) return nodes;
  return nodes
    .map((n, i) => {
      if (typeof n !== 'string') return n;
      let text = n;
      if (isLink(nodes[i + 1])) text = text.replace(CONTROLS_BEFORE, '');
      if (isLink(nodes[i - 1])) text = text.replace(CONTROLS_AFTER, '');
      return text;
    })
    .filter((n) => n !== '');
}

class TreeBuilder {
  /** The relative depth of the last heading (0: the heading the text sits under). */
  private above = 0;

  blocks(tokens: readonly Token[]): MdNode[] {
    return tokens.flatMap((token) => this.block(token));
  }

  private block(token: Token): MdNode[] {
    switch (token.type) {
      case 'space':
      case 'def':
        return [];
      case 'paragraph':
        return [{ t: 'p', c: this.inline(token.tokens ?? []) }];
      case 'heading': {
        const depth = Math.min(token.depth as number, this.above + 1);
        this.above = depth;
        return [{ t: 'h', depth, c: this.inline(token.tokens ?? []) }];
      }
      case 'code': {
        const text = String(token.text);
        return [{ t: 'pre', text: text ? `${text.replace(/\n$/, '')}\n` : '' }];
      }
      case 'blockquote':
        return [{ t: 'blockquote', c: this.blocks(token.tokens ?? []) }];
      case 'hr':
        return [{ t: 'hr' }];
      case 'list': {
        const list = token as Tokens.List;
        const items: MdNode[] = list.items.map((item) => ({ t: 'li', c: this.blocks(item.tokens) }));
        if (!list.ordered) return [{ t: 'ul', c: items }];
        return [
          list.start !== 1 && list.start !== ''
            ? { t: 'ol', start: Number(list.start), c: items }
            : { t: 'ol', c: items },
        ];
      }
      case 'table':
        return [this.table(token as Tokens.Table)];
      case 'html':
        // Raw HTML in policy text is shown as the text it is, never parsed: the simplest way to keep out every HTML trick.
        return [{ t: 'p', c: [String(token.text).trim()] }];
      case 'checkbox':
        return [this.checkbox(token as Tokens.Checkbox)];
      case 'text':
        return token.tokens ? this.inline(token.tokens) : [this.words(token as Tokens.Text)];
      default:
        return this.inline([token]);
    }
  }

  /** Column headers of GFM tables say so; alignment is dropped. */
  private table(table: Tokens.Table): MdNode {
    const head: MdNode = {
      t: 'thead',
      c: [{ t: 'tr', c: table.header.map((cell) => ({ t: 'th', c: this.inline(cell.tokens) })) }],
    };
    const rows = table.rows.map((row): MdNode => ({
      t: 'tr',
      c: row.map((cell) => ({ t: 'td', c: this.inline(cell.tokens) })),
    }));
    return { t: 'table', c: rows.length ? [head, { t: 'tbody', c: rows }] : [head] };
  }

  /** Task-list boxes stay as the author wrote them; a disabled `<input>` would be a form control in prose. */
  private checkbox(token: Tokens.Checkbox): string {
    return token.checked ? '[x] ' : '[ ] ';
  }

  private words(token: { text?: unknown; escaped?: boolean }, inLink = false): string {
    const text = String(token.text ?? '');
    const shown = token.escaped ? decodeRawText(text) : decodeMarkedText(text);
    return inLink ? stripBidi(shown) : shown;
  }

  inline(tokens: readonly Token[], inLink = false): MdNode[] {
    const nodes: MdNode[] = [];
    for (const node of tokens.flatMap((token) => this.inlineNodes(token, inLink))) {
      const last = nodes[nodes.length - 1];
      // Neighbouring words are one text, as in the DOM that the HTML of them made.
      if (typeof node === 'string' && typeof last === 'string') nodes[nodes.length - 1] = last + node;
      else if (node !== '') nodes.push(node);
    }
    return aroundLinks(nodes);
  }

  private inlineNodes(token: Token, inLink: boolean): MdNode[] {
    const literal = (text: string) => [inLink ? stripBidi(text) : text];
    switch (token.type) {
      case 'strong':
      case 'em':
      case 'del':
        return [{ t: token.type, c: this.inline(token.tokens ?? [], inLink) }];
      case 'codespan':
        return [{ t: 'code', text: literal(String(token.text))[0]! }];
      case 'br':
        return [{ t: 'br' }];
      case 'link': {
        // A disallowed link keeps its words and loses its target; titles are dropped.
        const href = stripBidi(String(token.href));
        const words = this.inline(token.tokens ?? [], true);
        return isAllowedHref(href) ? [{ t: 'a', href, external: isExternalHref(href), c: words }] : words;
      }
      case 'image':
        // Remote images would tell a third party who reads the notice: the alt text instead.
        return literal(token.tokens ? plainText(token.tokens) : String(token.text));
      case 'checkbox':
        return [this.checkbox(token as Tokens.Checkbox)];
      case 'text':
        return token.tokens ? this.inline(token.tokens, inLink) : [this.words(token as Tokens.Text, inLink)];
      default: // html and escape: the characters as written
        return literal('text' in token ? String(token.text) : '');
    }
  }
}

/**
 * The tree of one Markdown string (untrusted policy text): marked's tokens as nodes of the allow-list (paragraphs,
 * lists, emphasis, code, quotes, headings, GFM tables, links that pass the one allow-list); raw HTML stays text.
 */
export function markdownTree(source: string): MdNode[] {
  // U+0000 becomes U+FFFD, as CommonMark asks "for security reasons" (an invisible NUL can split a word in two).
  return new TreeBuilder().blocks(lexer.lexer(source.replace(/\0/g, '\uFFFD')));
}
