import { isAllowedHref } from '../model/href.js';
import type { Inline, LinkView, UrlView } from './types.js';

/**
 * hrefs built from a policy's contact fields. A schema-valid e-mail address may still contain `?`, `&` or `%`
 * (`dpo?bcc=spy%40evil.example@acme.example` is one), which in a `mailto:` URL would start hidden headers: a copy
 * of the reader's request to someone else. Each part is percent-encoded, so the link writes to exactly the address
 * shown and sets no header but the subject.
 */

/** Replaces unpaired surrogates (valid in JSON, not in Unicode) with U+FFFD, so encoding them cannot throw. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** `mailto:` link to one address, with an optional subject. */
export function mailtoHref(email: string, subject?: string): string {
  const address = email
    .split('@')
    .map((part) => encodeURIComponent(wellFormed(part)))
    .join('@');
  return `mailto:${address}${subject ? `?subject=${encodeURIComponent(wellFormed(subject))}` : ''}`;
}

/** `tel:` link with only the digits (and a leading +) of a phone number as written. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** The schemes a URL field of the policy may link to: https: leaves the page without opener or referrer. */
const LINKABLE = ['https:', 'mailto:', 'tel:'];

/**
 * The one rule for URL fields of a policy (a website, a privacy policy, a web form, an opt-out page): an https:,
 * mailto: or tel: URL that passes the allow-list becomes a link, on `words` when given, else on the address itself;
 * anything else (an http: URL kept as the source wrote it) is shown as text, after the words.
 */
export function linkOf(url: string, words?: Inline[]): Inline[] {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (!LINKABLE.includes(scheme) || !isAllowedHref(url)) {
    const shown: UrlView = { kind: 'url', value: url };
    return words ? [...words, ' ', shown] : [shown];
  }
  return [{ kind: 'link', href: url, external: scheme === 'https:', literal: !words, words: words ?? [url] }];
}

/** A mail link to one address, shown as the address. */
export function mailLink(email: string, subject?: string): LinkView {
  return { kind: 'link', href: mailtoHref(email, subject), external: false, literal: true, words: [email] };
}

/** A phone link, shown as the number is written. */
export function phoneLink(phone: string): LinkView {
  return { kind: 'link', href: telHref(phone), external: false, literal: true, words: [phone] };
}
