import { isPlainProse, proseFragment } from './plain.js';
import { markdownToHtml } from './render.js';
import { sanitizeToFragment } from './sanitize.js';

export { isAllowedHref } from './href.js';

export interface MarkdownOptions {
  /**
   * Markdown '#' becomes <h{1+headingOffset}>, '##' <h{2+headingOffset}>..., clamped to h6, so a policy's own headings
   * sit below the section heading and the outline never skips a level.
   */
  headingOffset: number;
}

/** Enough for every Markdown string of several policies in several languages; the oldest used entry goes first. */
const CACHE_SIZE = 500;
const cache = new Map<string, DocumentFragment>();

function remember(key: string, fragment: DocumentFragment): void {
  cache.set(key, fragment);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/**
 * The source as one paragraph of plain text: what a reader gets when sanitizing is impossible (a page whose
 * `trusted-types` directive leaves out `dompurify`), rather than no text or an exception in the host page.
 */
function asPlainText(source: string): DocumentFragment {
  const paragraph = document.createElement('p');
  paragraph.textContent = source;
  const fragment = document.createDocumentFragment();
  fragment.append(paragraph);
  return fragment;
}

/**
 * Parses and sanitizes once. The result is adopted into the page's document so a cached entry does not keep the
 * sanitizer's inert document alive. Any failure on the way shows the text as text: nothing throws into the page.
 */
function build(source: string, offset: number): DocumentFragment {
  if (isPlainProse(source)) return proseFragment(source);
  try {
    const fragment = sanitizeToFragment(markdownToHtml(source, offset));
    return fragment ? document.adoptNode(fragment) : asPlainText(source);
  } catch {
    return asPlainText(source);
  }
}

/**
 * Sanitized DOM for one Markdown string (untrusted policy text). Parsing and sanitizing are cached by source and
 * offset; each call returns a fresh copy, because a fragment empties itself into the page when it is inserted.
 */
export function markdownToFragment(source: string, options: MarkdownOptions): DocumentFragment {
  const offset = Number.isFinite(options.headingOffset) ? Math.trunc(options.headingOffset) : 0;
  const key = `${offset}:${source}`;
  let fragment = cache.get(key);
  if (fragment) cache.delete(key);
  else fragment = build(source, offset);
  remember(key, fragment);
  return fragment.cloneNode(true) as DocumentFragment;
}
