import type { Duration } from '../model/index.js';

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const ISO_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

/** What Intl cannot say by itself: the words come from the UI strings. */
export interface DurationWords {
  session: string;
  businessDays(count: number): string;
}

/** Intl formatting in one language: numbers, dates, lists, durations and place names. */
export interface Formatters {
  number(value: number): string;
  /** A calendar date (YYYY-MM-DD), written out in full ("30 April 2025"). */
  date(isoDate: string): string;
  list(items: string[]): string;
  duration(duration: Duration, words: DurationWords): string;
  /** A country code ('FR') as the country's name. */
  region(code: string): string;
  /** A language tag as the language's name ('fr' -> 'French' in English). */
  language(tag: string): string;
}

/** Formatters for `lang`, each Intl object made once. */
export function formatters(lang: string): Formatters {
  const numbers = new Intl.NumberFormat(lang);
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
  const unit = (value: number, u: (typeof ISO_UNITS)[number]) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  return {
    number: (value) => numbers.format(value),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
    list: (items) => lists.format(items),
    region: (code) => regions.of(code) ?? code,
    language: (tag) => languages.of(tag) ?? tag,
    duration(duration, words) {
      if (duration === 'session') return words.session;
      if (typeof duration === 'object') {
        return duration.unit === 'business-day' ? words.businessDays(duration.amount) : unit(duration.amount, duration.unit);
      }
      const match = ISO_DURATION.exec(duration);
      if (!match) return duration;
      return lists.format(ISO_UNITS.flatMap((u, i) => (match[i + 1] ? [unit(Number(match[i + 1]), u)] : [])));
    },
  };
}

/** A language's name in that language itself, capitalized as a menu item ('fr' -> 'Français', 'ja' -> '日本語'). */
export function nativeLanguageName(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
