import DOMPurify, { type Config } from 'dompurify';
import { isAllowedHref, isExternalHref } from '../../../src/model/href.js';

/**
 * Trusted Types: under `require-trusted-types-for 'script'` this module needs exactly one policy, `dompurify`,
 * which DOMPurify creates on the first sanitize to hand its input to `DOMParser`. Nothing here writes HTML to a
 * sink itself (the result is a DocumentFragment). A page that also lists allowed names with `trusted-types` must
 * allow `dompurify` (and `lit-html` for lit's templates), plus `'allow-duplicates'` if other code on the page runs
 * its own DOMPurify too. Without `dompurify`, sanitizing fails closed and markdown.ts shows the source as plain text.
 */

/** Block and inline structure of prose and GFM tables; nothing that loads, runs, styles, submits or names things. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'del',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/** Attributes per element, each with the only values it may take. No id/name (DOM clobbering), class/style (CSS tricks). */
const ALLOWED_ATTRIBUTES: Record<string, Record<string, (value: string) => boolean>> = {
  a: { href: isAllowedHref },
  ol: { start: (value) => /^-?\d{1,9}$/.test(value) },
  th: { scope: (value) => value === 'col' || value === 'row' },
};

/**
 * A DOMPurify instance of our own: hooks are per instance, so ours never leak into a host page that uses the
 * shared default one (a bundler may hand both of us the same `dompurify` module). Made on first use, not on import,
 * so the library can be imported where there is no window (node, server-side rendering of an app that uses it).
 */
let purifier: ReturnType<typeof DOMPurify> | undefined;

function ourPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (node, event) => {
    const check = ALLOWED_ATTRIBUTES[node.nodeName.toLowerCase()]?.[event.attrName];
    if (!check || !check(event.attrValue)) event.keepAttr = false;
  });
  // Parsed once: DOMPurify re-reads (and copies into sets) a config passed to every sanitize() call, which cost more
  // than the sanitizing itself on a first render. setConfig keeps it for this instance.
  purifier.setConfig(CONFIG);
  return purifier;
}

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'start', 'scope'],
  ALLOWED_URI_REGEXP: /^(?:https:|mailto:|tel:|#)/i,
  // DOMPurify would test these against the URI pattern above and refuse "3" or "col"; the hook checks their values.
  ADD_URI_SAFE_ATTR: ['start', 'scope'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true,
};

/**
 * A link whose href did not survive becomes its plain text (still readable, nothing to click); a link that leaves
 * the page gets `rel="noopener noreferrer"` so the target can neither script this window nor learn where it was.
 */
function finishLinks(fragment: DocumentFragment): void {
  for (const link of Array.from(fragment.querySelectorAll('a'))) {
    const href = link.getAttribute('href');
    if (href === null || !isAllowedHref(href)) {
      link.replaceWith(...Array.from(link.childNodes));
      continue;
    }
    if (isExternalHref(href)) link.setAttribute('rel', 'noopener noreferrer');
    isolate(link);
  }
}

/** Issue 18: a link is isolated (`dir="auto"`) and loses the bidi controls right next to it. */
function isolate(link: HTMLAnchorElement): void {
  link.setAttribute('dir', 'auto');
  const [before, after] = [link.previousSibling, link.nextSibling];
  if (before instanceof Text) before.data = before.data.replace(/[\u202A-\u202E\u2066-\u2069]+$/, '');
  if (after instanceof Text) after.data = after.data.replace(/^[\u202A-\u202E\u2066-\u2069]+/, '');
  for (const node of [before, after]) if (node instanceof Text && node.data === '') node.remove();
}

/**
 * Sanitized DOM for an HTML string, parsed in an inert document: nothing loads or runs while it is cleaned.
 * Null when DOMPurify could not parse at all (Trusted Types refused its `dompurify` policy).
 */
export function sanitizeToFragment(html: string): DocumentFragment | null {
  const fragment = ourPurifier().sanitize(html) as unknown as DocumentFragment | null;
  if (fragment) finishLinks(fragment);
  return fragment;
}
