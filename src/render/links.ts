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
  const address = email.split('@').map((part) => encodeURIComponent(wellFormed(part))).join('@');
  return `mailto:${address}${subject ? `?subject=${encodeURIComponent(wellFormed(subject))}` : ''}`;
}

/** `tel:` link with only the digits (and a leading +) of a phone number as written. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}
