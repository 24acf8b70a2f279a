/**
 * The UI strings the library itself writes, in English: the source of truth for every other locale (same keys,
 * same {{placeholders}}). Plural forms use i18next suffixes (_one, _other...) resolved with Intl.PluralRules. The
 * strings live in en.json (what a translator reads beside en.context.json, which says where each one is shown);
 * scripts/generate-locales.mjs writes them as en.generated.ts, whose object literal gives the types below.
 */
import { en } from './en.generated.js';

export { en };

/** The shape of the English resource: every group and key, with strings. */
export type UiResource = { [K in keyof typeof en]: { [L in keyof (typeof en)[K]]: string } };

/** CLDR plural categories; a locale writes a plural key with the suffixes its language uses (ar: all six). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralVariants<K> = K extends `${infer Base}_${'one' | 'other'}` ? `${Base}_${PluralCategory}` : K;

/**
 * The shape of any other locale: the same groups and keys as English, plural keys with the suffixes of that
 * language. Keys are optional in the type; the locale tests check that each locale has exactly English's keys (and
 * its own plural forms), the same {{placeholders}}, and real translations.
 */
export type LocaleResource = { [G in keyof typeof en]: { [K in keyof (typeof en)[G] as PluralVariants<K>]?: string } };
