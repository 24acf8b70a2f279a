import i18next, { type TOptions } from 'i18next';
import type { Duration } from '../model/index.js';
import { directionOf } from './direction.js';
import { loadCldr } from './cldr.js';
import { formatters } from './format.js';
import { en } from './locales/en.js';
import { isLocaleFor, loadedLocale, loadLocale, uiLocaleFor } from './registry.js';

export { directionOf } from './direction.js';
export { loadLocale, registerLocale, uiLanguages, uiLocaleFor } from './registry.js';

type Group = keyof typeof en;
/** A UI string key such as 'rights.howTo'; plural keys are named without their suffix ('cookies.count'). */
export type UiKey = { [G in Group]: `${G}.${StripPlural<Extract<keyof (typeof en)[G], string>>}` }[Group];
type StripPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K;

/** Why a UI string could not be shown as asked: the locale lacks it (English shown), or no locale has it at all. */
export type MissingKind = 'missing-translation' | 'missing-key';

/** Everything the templates need to write the library's own words in one language. */
export interface Ui {
  /** The language the UI is written in, as its `lang` attribute and Intl formatting use it (e.g. 'fr-CA'). */
  lang: string;
  /** The UI locale whose strings are shown (e.g. 'fr'). */
  locale: string;
  dir: 'ltr' | 'rtl';
  t(key: UiKey, values?: Record<string, unknown>): string;
  number(value: number): string;
  date(isoDate: string): string;
  duration(duration: Duration): string;
  list(items: string[]): string;
  /** 'FR' -> 'France' in the UI language; regions (EEA, EU, WORLDWIDE) from the strings. */
  place(code: string): string;
  /** A language tag as its name in the UI language ('fr' -> 'French'). */
  languageName(tag: string): string;
}

export interface UiOptions {
  /** The UI locale to take the strings from; by default the best one for `lang`. */
  locale?: string;
  /** Told about every string that could not be shown in the UI's locale (once per key). */
  onMissing?: (key: string, kind: MissingKind) => void;
}

/**
 * The regional variant Intl should format a bare tag in, where CLDR's default variant is not the one the UI locale's
 * strings are written for: CLDR's 'pt' is Brazilian (12.345, "Irã"), the 'pt' strings are European (12 345, "Irão").
 */
const FORMAT_LOCALES: Record<string, string> = { pt: 'pt-PT' };

/** The last part of a key as words ('legalBasis.new-basis' -> 'New basis'): what a reader sees instead of a raw key. */
function humanizeKey(key: string): string {
  const words = (key.split('.').pop() ?? key).replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A UI in `lang`: its own i18next instance (never the global one, so two notices in two languages can share a page)
 * with the strings of an already loaded locale, English as the fallback for any missing key, and Intl formatters.
 * When the locale is not loaded yet the UI is English (and says so through `lang`); `loadUi` waits for it instead.
 */
export function createUi(lang: string, options: UiOptions = {}): Ui {
  const wanted = options.locale ?? uiLocaleFor([lang]);
  const resource = loadedLocale(wanted);
  const locale = resource ? wanted : 'en';
  const shownLang = resource && isLocaleFor(locale, lang) ? lang : locale;
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: en }, ...(resource ? { [locale]: { translation: resource } } : {}) },
    initAsync: false,
    interpolation: { escapeValue: false }, // lit escapes every value it renders
    returnNull: false,
  });
  const format = formatters(FORMAT_LOCALES[shownLang] ?? shownLang);
  const reported = new Set<string>();
  const report = (key: string, kind: MissingKind) => {
    if (reported.has(key)) return;
    reported.add(key);
    options.onMissing?.(key, kind);
  };
  const durations = new Map<string, string>();
  // Most calls are fixed labels (headings, column names) asked for again on every render: answer those from memory.
  const fixed = new Map<string, string>();
  const t = (key: UiKey, values?: Record<string, unknown>): string => {
    if (!values) {
      let text = fixed.get(key);
      if (text === undefined) fixed.set(key, (text = translate(key, {})));
      return text;
    }
    return translate(key, values);
  };
  const translate = (key: UiKey, values: Record<string, unknown>): string => {
    // Numbers are written the locale's way (Arabic-Indic digits in ar); `count` stays a number for plural rules.
    const replace = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? format.number(v) : v]),
    );
    const details = instance.t(key, { ...values, replace, returnDetails: true } as TOptions) as unknown as {
      res: string;
      usedLng: string;
    };
    if (details.res === key) {
      report(key, 'missing-key');
      return humanizeKey(key);
    }
    if (details.usedLng !== locale) report(key, 'missing-translation');
    return details.res;
  };
  return {
    lang: shownLang,
    locale,
    dir: directionOf(shownLang),
    t,
    number: format.number,
    date: format.date,
    list: format.list,
    languageName: format.language,
    place: (code) => (code in en.region ? t(`region.${code}` as UiKey) : format.region(code)),
    duration: (duration) => {
      // A policy repeats a few durations many times (its cookies'): each is written out once.
      const key = typeof duration === 'string' ? duration : `${duration.amount} ${duration.unit}`;
      let words = durations.get(key);
      if (words === undefined) {
        words = format.duration(duration, {
          session: t('duration.session'),
          businessDays: (count) => t('duration.business-day', { count }),
        });
        durations.set(key, words);
      }
      return words;
    },
  };
}

/** A UI in `lang` once its locale's strings are loaded (English when they cannot be). */
export async function loadUi(lang: string, options: UiOptions = {}): Promise<Ui> {
  const locale = options.locale ?? uiLocaleFor([lang]);
  // The CLDR data of a language this browser's Intl lacks (Irish, Maltese... in some Chromium builds).
  await Promise.all([loadLocale(locale).catch(() => undefined), loadCldr(lang)]);
  return createUi(lang, { ...options, locale });
}
