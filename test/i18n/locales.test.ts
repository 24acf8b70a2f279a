// Every UI locale file against English, the source of truth: the same keys (plural keys with exactly the plural
// categories of that language), the same {{placeholders}}, and real translations. Runs over whatever files exist in
// src/i18n/locales/, so a locale added later is checked without touching this file.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/locales/en.js';
import { loadLocale, uiLanguages } from '../../src/i18n/registry.js';
import { ANY_LOCALE, ONE_LOCALE, placeholdersOnly } from './same-as-english.js';

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** A resource as flat 'group.key' -> value pairs. */
function flatten(
  resource: Record<string, Record<string, string | undefined> | undefined>,
): Map<string, string | undefined> {
  return new Map(
    Object.entries(resource).flatMap(([group, keys]) =>
      Object.entries(keys ?? {}).map(([key, value]) => [`${group}.${key}`, value]),
    ),
  );
}

const english = flatten(en);
/** English keys without their plural suffix: 'cookies.count_one' and 'cookies.count_other' are 'cookies.count'. */
const pluralBases = new Set([...english.keys()].flatMap((key) => PLURAL.exec(key)?.[1] ?? []));

function categories(tag: string): string[] {
  return new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
}

/** The keys a locale must have: English's, with each plural key in the language's own CLDR categories. */
function expectedKeys(tag: string): string[] {
  const singles = [...english.keys()].filter((key) => !pluralBases.has(PLURAL.exec(key)?.[1] ?? ''));
  return [...singles, ...[...pluralBases].flatMap((base) => categories(tag).map((c) => `${base}_${c}`))].sort();
}

function placeholders(value: string): string[] {
  return [...new Set([...value.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();
}

/** Whether exactly one whole number falls in a plural category (ar 'two' is only 2): its form may spell it out. */
function singleNumber(tag: string, category: string): boolean {
  const rules = new Intl.PluralRules(tag);
  let hits = 0;
  for (let n = 0; n <= 1000 && hits < 2; n += 1) if (rules.select(n) === category) hits += 1;
  return hits === 1;
}

/** The English value a locale's key is compared with (a plural form with the English form of its base). */
function englishFor(key: string): string {
  const plural = PLURAL.exec(key);
  return english.get(key) ?? (plural ? english.get(`${plural[1]}_other`)! : '');
}

const locales = uiLanguages().filter((tag) => tag !== 'en');

describe('UI locales', () => {
  it('are English plus locale files, each named by a canonical tag Intl knows', () => {
    expect(uiLanguages()[0]).to.equal('en');
    expect(locales).to.include('fr');
    for (const tag of locales) expect(Intl.getCanonicalLocales(tag)[0], tag).to.equal(tag);
  });

  for (const tag of locales) {
    describe(tag, () => {
      let strings: Map<string, string | undefined>;
      before(async () => {
        strings = flatten(await loadLocale(tag));
      });

      it('has exactly English’s keys, and plural keys in exactly its CLDR plural categories', () => {
        const actual = [...strings.keys()].sort();
        const expected = expectedKeys(tag);
        const extra = actual.filter((k) => !expected.includes(k)); // or a plural form the language does not use
        const missing = expected.filter((k) => !actual.includes(k));
        expect({ extra, missing }, tag).to.deep.equal({ extra: [], missing: [] });
      });

      it('has a non-empty string for every key', () => {
        const empty = [...strings]
          .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
          .map(([key]) => key);
        expect(empty, `${tag}: empty values`).to.deep.equal([]);
      });

      it('keeps English’s {{placeholders}}; a plural form may spell out {{count}} only where it stands for one number', () => {
        const wrong = [...strings].flatMap(([key, value]) => {
          const want = placeholders(englishFor(key));
          const have = placeholders(value ?? '');
          const category = PLURAL.exec(key)?.[2];
          const spelled = category && want.includes('count') && !have.includes('count') && singleNumber(tag, category);
          const expected = spelled ? want.filter((p) => p !== 'count') : want;
          return JSON.stringify(have) === JSON.stringify(expected)
            ? []
            : [`${key}: ${have.join(',') || '(none)'} instead of ${expected.join(',')}`];
        });
        expect(wrong, `${tag}: placeholders differ from English`).to.deep.equal([]);
      });

      it('translates every string, but for names on the allow-list', () => {
        // A regional overlay (fr-CA) keeps its base language's words (fr).
        const allowed = { ...ANY_LOCALE, ...ONE_LOCALE[tag.split('-')[0]!], ...ONE_LOCALE[tag] };
        const copies = [...strings].filter(
          ([key, value]) => value === englishFor(key) && !placeholdersOnly(value) && !(key in allowed),
        );
        expect(
          copies.map(([key, value]) => `${key}: "${value}"`),
          `${tag}: identical to English (translate, or justify in same-as-english.ts)`,
        ).to.deep.equal([]);
      });
    });
  }
});
