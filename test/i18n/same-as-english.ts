// UI strings a locale may leave exactly as in English. Anything else identical to English is an untranslated copy
// and fails test/i18n/locales.test.ts. Keep this short: each entry says why the English form is right.

/** Keys any locale may keep: names of products and technologies, written the same in every language. */
export const ANY_LOCALE: Record<string, string> = {
  'platform.ios': 'product name',
  'platform.android': 'product name',
  'platform.harmonyos': 'product name',
  'platform.windows': 'product name',
  'platform.macos': 'product name',
  'platform.linux': 'product name',
  'platform.web': '"Web" is the borrowed word in most European languages',
  'storageType.indexeddb': 'name of a browser API',
  'storageType.sdk': 'technical acronym, untranslated in practice',
  'storageType.cookie': '"Cookie" is the borrowed word in many languages (de, es, it, nl, pt, vi, zh...)',
  'storageType.pixel': '"Pixel" (tracking pixel) is the borrowed word in many languages',
  'cookieKind.marketing': '"Marketing" is the borrowed word in de, fr, nl and others',
};

/** Keys one locale may keep: words spelled the same in that language. */
export const ONE_LOCALE: Record<string, Record<string, string>> = {
  fr: {
    'notice.version': 'French "Version"',
    'sensitiveKind.communications': 'French "communications"',
    'processing.source': 'French "Source"',
    'transfers.destinations': 'French "Destinations"',
    'cookies.type': 'French "Type"',
    'rights.exceptions': 'French "Exceptions"',
    'contactRole.other': 'French "Contact"',
  },
  sv: { 'notice.version': 'Swedish "Version"' },
  nl: { 'contact.website': 'Dutch uses "Website"' },
  de: { 'contact.website': 'German "Website" (Duden; "Webseite" is one page of it)' },
};

/** Whether a value has no words of its own: only {{placeholders}}, spaces and punctuation ('{{what}}: {{retention}}'). */
export function placeholdersOnly(value: string): boolean {
  return !/\p{L}/u.test(value.replace(/\{\{[^}]*\}\}/g, ''));
}
