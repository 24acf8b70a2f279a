// The Markdown pipeline of the library before it rendered trees, kept as the oracle of the differential test:
// marked's HTML (with the library's renderer) cleaned by DOMPurify with the library's allow-list.
import { markdownToHtml } from './render.js';
import { sanitizeToFragment } from './sanitize.js';

/** Sanitized DOM for one Markdown string, as the library made it with DOMPurify. */
export function oracleFragment(source: string, headingOffset: number): DocumentFragment {
  const fragment = sanitizeToFragment(markdownToHtml(source, headingOffset));
  if (!fragment) throw new Error('DOMPurify could not parse');
  return fragment;
}
