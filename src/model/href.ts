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

/**
 * Whether `href` may become a link: `https:` with a host, `mailto:` or `tel:` with something after the colon, or an
 * in-page `#fragment`. Case-insensitive; surrounding spaces and controls are trimmed, any left inside reject it.
 */
export function isAllowedHref(href: string): boolean {
  const value = href.replace(EDGES, '');
  if (value === '' || INVISIBLE.test(value)) return false;
  if (value.startsWith('#')) return true;
  const lower = value.toLowerCase();
  if (lower.startsWith('mailto:') || lower.startsWith('tel:')) return value.length > value.indexOf(':') + 1;
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
