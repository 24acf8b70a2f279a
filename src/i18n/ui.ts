import i18next, { type i18n as I18n } from 'i18next';
import type { Duration } from '../model/index.js';
import { en, type LocaleResource } from './locales/en.js';
import { fr } from './locales/fr.js';

/** Locales built in; the element picks the best of these for its language. */
export const UI_LOCALES: Record<string, LocaleResource> = { en, fr };

type Group = keyof typeof en;
/** A UI string key such as 'rights.howTo'; plural keys are named without their suffix ('cookies.count'). */
export type UiKey = { [G in Group]: `${G}.${StripPlural<Extract<keyof (typeof en)[G], string>>}` }[Group];
type StripPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** Languages written right to left (by primary subtag). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** Everything the templates need to write the library's own words in one language. */
export interface Ui {
  lang: string;
  dir: 'ltr' | 'rtl';
  t(key: UiKey, values?: Record<string, unknown>): string;
  date(isoDate: string): string;
  duration(duration: Duration): string;
  list(items: string[]): string;
  /** 'FR' -> 'France' in the UI language; regions (EEA, EU, WORLDWIDE) from the strings. */
  place(code: string): string;
}

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const ISO_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/**
 * A UI for one language: its own i18next instance (never the global one, so two notices in two languages can share
 * a page), English as the fallback for any missing key, and Intl formatters.
 */
export function createUi(lang: string): Ui {
  const instance: I18n = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(UI_LOCALES).map(([l, r]) => [l, { translation: r }])),
    initAsync: false,
    interpolation: { escapeValue: false }, // lit escapes every value it renders
    returnNull: false,
  });
  const unit = (value: number, u: (typeof ISO_UNITS)[number]) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  const list = (items: string[]) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const t = (key: UiKey, values?: Record<string, unknown>) => instance.t(key, values ?? {}) as string;
  return {
    lang,
    dir: directionOf(lang),
    t,
    date: (iso) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    list,
    place: (code) => (code in en.region ? t(`region.${code}` as UiKey) : regions.of(code) ?? code),
    duration(duration) {
      if (duration === 'session') return t('duration.session');
      if (typeof duration === 'object') {
        return duration.unit === 'business-day' ? t('duration.business-day', { count: duration.amount }) : unit(duration.amount, duration.unit);
      }
      const match = ISO_DURATION.exec(duration);
      if (!match) return duration;
      const parts = ISO_UNITS.flatMap((u, i) => (match[i + 1] ? [unit(Number(match[i + 1]), u)] : []));
      return list(parts);
    },
  };
}
