import type { Duration } from '../model/index.js';
import { cldrDate, cldrFor, cldrList, cldrNumber, cldrUnit, nativeNameFallback, type CldrData } from './cldr.js';

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

/** A value made on first use: building Intl objects loads locale data, and most notices need only some of them. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const cache = new Map<string, Formatters>();

/**
 * Formatters for `lang`, shared by every notice in that language; each Intl object is made once, on first use
 * (a CPU profile of a first render showed eager DisplayNames and per-call unit formatters as its largest cost).
 */
export function formatters(lang: string): Formatters {
  const data = cldrFor(lang);
  const key = data ? `${lang} cldr` : lang;
  const cached = cache.get(key);
  if (cached) return cached;
  const made = data ? cldrFormatters(lang, data) : intlFormatters(lang);
  cache.set(key, made);
  return made;
}

/** A duration as words: a session, business days, a unit amount, or an ISO 8601 duration's parts as a list. */
function durationOf(
  duration: Duration,
  words: DurationWords,
  unit: (value: number, u: (typeof ISO_UNITS)[number]) => string,
  list: (items: string[]) => string,
): string {
  if (duration === 'session') return words.session;
  if (typeof duration === 'object') {
    return duration.unit === 'business-day'
      ? words.businessDays(duration.amount)
      : unit(duration.amount, duration.unit);
  }
  const match = ISO_DURATION.exec(duration);
  if (!match) return duration;
  return list(ISO_UNITS.flatMap((u, i) => (match[i + 1] ? [unit(Number(match[i + 1]), u)] : [])));
}

/** Formatters from CLDR data, for a language this browser's Intl lacks (it would write English). */
function cldrFormatters(lang: string, data: CldrData): Formatters {
  const list = (items: string[]) => cldrList(data, items);
  const unit = (value: number, u: string) => cldrUnit(data, lang, value, u);
  return {
    number: (value) => cldrNumber(data, value),
    date: (iso) => {
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
      return cldrDate(data, year, month, day);
    },
    list,
    region: (code) => data.regions[code] ?? code,
    language: (tag) => data.languages[tag] ?? data.languages[tag.split('-')[0]!] ?? tag,
    duration: (duration, words) => durationOf(duration, words, unit, list),
  };
}

function intlFormatters(lang: string): Formatters {
  const numbers = lazy(() => new Intl.NumberFormat(lang));
  const dates = lazy(() => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));
  const lists = lazy(() => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }));
  const regions = lazy(() => new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }));
  const languages = lazy(() => new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }));
  const units = new Map<string, Intl.NumberFormat>();
  const unit = (value: number, u: (typeof ISO_UNITS)[number]) => {
    let format = units.get(u);
    if (!format) units.set(u, (format = new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' })));
    return format.format(value);
  };
  const list = (items: string[]) => lists().format(items);
  return {
    number: (value) => numbers().format(value),
    date: (iso) => dates().format(new Date(`${iso}T00:00:00Z`)),
    list,
    region: (code) => regions().of(code) ?? code,
    language: (tag) => languages().of(tag) ?? tag,
    duration: (duration, words) => durationOf(duration, words, unit, list),
  };
}

/** A language's name in that language itself, capitalized as a menu item ('fr' -> 'Français', 'ja' -> '日本語'). */
export function nativeLanguageName(tag: string): string {
  const name =
    nativeNameFallback(tag) ?? new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
