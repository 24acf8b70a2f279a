import { isAllowedHref, isExternalHref } from '../../model/href.js';
import type { MdNode } from '../types.js';

/**
 * Markdown that is only prose, with at most bare links and e-mail addresses: text in which marked would find nothing
 * but paragraphs and GFM autolinks. Most strings of a real policy are like that, and they need neither marked (which
 * then never loads in the browser) nor the sanitizer: their paragraphs are made as elements with text content, which
 * cannot carry markup. Anything doubtful goes to marked (test/view/markdown.test.ts holds both paths to the very
 * same tree on the reference policies and on generated text).
 */

/**
 * Characters and sequences that may mean something to marked (GFM): escapes, code, emphasis, strikethrough, links,
 * images and reference definitions, raw HTML and entities, headings, tables, autolinks (`://`, `www.`, `@`),
 * tabs and control characters.
 */
const SPECIAL = /[\\`*_~[\]<>&#|@\t\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|:\/\/|www\./i;

/**
 * Line starts and ends that may mean something: indentation (code, lazy continuation), list bullets and numbers,
 * setext underlines and rules (`-`, `=`, `+`), and trailing spaces (a hard line break).
 */
const LINES = /(?:^|\n)(?:[ ]|[-+=]|\d+[.)](?:[ \n]|$))|[ ](?:\n|$)/;

/**
 * A bare link or e-mail address that GFM makes a link of, in its plainest form only: after a space or a line start,
 * made of letters, digits and a few URL characters (no `_ ~ * ( ) & '`, which marked treats in ways of its own), and
 * followed by nothing but sentence punctuation before a space or the end (which marked leaves out of the link); an
 * address with `www.` in its local part is marked's (which starts a link there).
 * Group 1: what comes before; 2: the scheme or `www.`; 3: an e-mail address.
 */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const BARE_LINK = new RegExp(
  `(^|[ \\n])(?:(https?://|www\\.)${LABEL}(?:\\.${LABEL})+(?:/(?:[A-Za-z0-9/.%=+?-]*[A-Za-z0-9/])?)?` +
    `|((?:(?![Ww][Ww][Ww]\\.)[A-Za-z0-9.+-])+@${LABEL}(?:\\.${LABEL})+))(?=[.,;:!?]*(?:[ \\n]|$))`,
  'g',
);

/** Whether only marked can read this text: it has more than prose, bare links and e-mail addresses. */
export function hasMarkup(source: string): boolean {
  const rest = source.replace(BARE_LINK, '$1a');
  return SPECIAL.test(rest) || LINES.test(rest);
}

/** One paragraph's text with its bare links as link nodes (a link the allow-list refuses stays words). */
function linked(text: string): MdNode[] {
  const nodes: MdNode[] = [];
  let at = 0;
  for (const match of text.matchAll(BARE_LINK)) {
    const start = match.index + match[1]!.length;
    const words = match[0].slice(match[1]!.length);
    const href = match[3] ? `mailto:${words}` : match[2] === 'www.' ? `http://${words}` : words;
    if (!isAllowedHref(href)) continue;
    if (start > at) nodes.push(text.slice(at, start));
    nodes.push({ t: 'a', href, external: isExternalHref(href), c: [words] });
    at = start + words.length;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/**
 * The nodes of prose with at most bare links and e-mail addresses, as marked would make them; undefined for
 * anything else (which marked then reads).
 */
export function proseNodes(source: string): MdNode[] | undefined {
  if (hasMarkup(source)) return undefined;
  const nodes: MdNode[] = [];
  for (const block of source.split(/\n{2,}/)) {
    const text = block.replace(/^\n+|\n+$/g, '');
    if (text !== '') nodes.push({ t: 'p', c: linked(text) });
  }
  return nodes;
}
