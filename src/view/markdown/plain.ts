import type { MdNode } from '../types.js';

/**
 * Markdown that is only prose: text in which marked would find nothing but paragraphs. Most strings of a real policy
 * are like that, and they need neither marked nor the sanitizer: their paragraphs are made as elements with text
 * content, which cannot carry markup. Anything doubtful goes to marked (test/view/markdown.test.ts holds both
 * paths to the very same tree on the reference policies and on generated text).
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

/** Whether marked would render this text as nothing but paragraphs of the text itself. */
export function isPlainProse(source: string): boolean {
  return !SPECIAL.test(source) && !LINES.test(source);
}

/** The paragraphs of plain prose, as marked would find them. */
export function proseNodes(source: string): MdNode[] {
  const nodes: MdNode[] = [];
  for (const block of source.split(/\n{2,}/)) {
    const text = block.replace(/^\n+|\n+$/g, '');
    if (text !== '') nodes.push({ t: 'p', c: [text] });
  }
  return nodes;
}
