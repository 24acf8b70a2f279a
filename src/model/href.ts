/**
 * Which URLs policy text may link to. An allow-list, not a block-list: every trick that disguises a scheme
 * (`JaVaScRiPt:`, `&#106;avascript:`, `java\u0000script:`, `//host`) simply fails to start with one we accept.
 */

/** Bidi embedding and override controls (U+202A–U+202E, U+2066–U+2069): they can make `moc.live` read as `evil.com`. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Anything invisible or layout-changing that has no business inside a URL: C0/C1 controls, DEL, whitespace,
 * zero-width and directional marks, line/paragraph separators, word joiners, the byte order mark.
 */
const INVISIBLE =
  /[\u0000-\u0020\u007F-\u00A0\u00AD\u061C\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/;

/** What the URL parser itself strips from both ends (C0 controls and space), so a leading ` javascript:` is judged as written. */
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** Removes bidi embedding/override controls; applied to link text and hrefs before anything else looks at them. */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A number a dialer calls as it is: digits, + and the separators people write; no `*`, `#`, `,` or `;` codes. */
const TEL = /^\+?[\d().\-/]{1,40}$/;

/**
 * A mailto: the reader sees whole: one address (no `,`/`;` or encoded ones adding recipients) and at most a
 * `subject`, never hidden `cc`, `bcc`, `body` or other headers.
 */
function isPlainMailto(rest: string): boolean {
  const [address = '', query] = rest.split(/\?(.*)/s, 2);
  let decoded: string;
  try {
    decoded = decodeURIComponent(address);
  } catch {
    return false;
  }
  if (!/^[^@\s,;]+@[^@\s,;]+$/.test(decoded)) return false;
  if (query === undefined || query === '') return true;
  return query.split('&').every((pair) => /^subject=/i.test(pair)) && query.split('&').length === 1;
}

/**
 * Whether `href` may become a link: `https:` with a host, `mailto:` one address (with at most a subject), `tel:` a
 * plain number, or an in-page `#fragment`. Case-insensitive; surrounding spaces and controls are trimmed, any left inside reject it.
 */
export function isAllowedHref(href: string): boolean {
  const value = href.replace(EDGES, '');
  if (value === '' || INVISIBLE.test(value)) return false;
  if (value.startsWith('#')) return true;
  const lower = value.toLowerCase();
  if (lower.startsWith('mailto:')) return isPlainMailto(value.slice('mailto:'.length));
  if (lower.startsWith('tel:')) return TEL.test(value.slice('tel:'.length));
  if (!lower.startsWith('https:')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An allowed href that leaves the page (everything but `#fragment`), so it gets `rel="noopener noreferrer"`. */
export function isExternalHref(href: string): boolean {
  return !href.replace(EDGES, '').startsWith('#');
}
