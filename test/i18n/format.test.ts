// Numbers, plurals, dates and durations in every UI locale, compared with what Intl says for that language (never
// with hand-written strings), so the check holds for locales added later too.
import { expect } from '@open-wc/testing';
import { createUi, loadUi, uiLanguages, type Ui, type UiKey } from '../../src/i18n/ui.js';
import { loadLocale } from '../../src/i18n/registry.js';
import type { LocaleResource } from '../../src/i18n/locales/en.js';
import { CLDR_LOADERS } from '../../src/i18n/cldr.generated.js';
import { cldrDate, cldrList, cldrNumber, cldrUnit } from '../../src/i18n/cldr.js';
import { nativeLanguageName } from '../../src/i18n/format.js';

/** Whether this browser's Intl has the language, from the test's own probe: Debian's Chromium lacks Irish, Maltese,
 * Icelandic, Khmer..., and claims Bosnian while it writes April as "M04". */
const intlHas = (tag: string) =>
  Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0 &&
  !/^M0?4$/.test(new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 3, 30)));

/**
 * What Intl writes for the language: this browser's Intl, or, where it lacks the language, the CLDR data the library
 * ships for it (test/interop/cldr.test.ts checks that against node's full ICU).
 */
interface Oracle {
  number(value: number): string;
  unit(value: number, u: string): string;
  list(items: string[]): string;
  date(year: number, month: number, day: number): string;
}

async function oracleFor(tag: string): Promise<Oracle> {
  const base = tag.split('-')[0]!;
  if (!intlHas(tag) && base in CLDR_LOADERS) {
    const data = (await CLDR_LOADERS[base]!()).default;
    return {
      number: (value) => cldrNumber(data, value),
      unit: (value, u) => cldrUnit(data, tag, value, u),
      list: (items) => cldrList(data, items),
      date: (year, month, day) => cldrDate(data, year, month, day),
    };
  }
  // Bare Portuguese formats as European Portuguese, the variant of the 'pt' strings (the one such mapping).
  const intl = tag === 'pt' ? 'pt-PT' : tag;
  return {
    number: (value) => new Intl.NumberFormat(intl).format(value),
    unit: (value, u) => new Intl.NumberFormat(intl, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value),
    list: (items) => new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' }).format(items),
    date: (year, month, day) =>
      new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day)),
  };
}

/** The locale's own plural form for `count`, filled in as a reader should see it. */
function pluralForm(
  tag: string,
  intl: Oracle,
  forms: Record<string, string | undefined>,
  base: string,
  count: number,
): string {
  const form = forms[`${base}_${new Intl.PluralRules(tag).select(count)}`]!;
  return form.replace(/\{\{\s*count\s*\}\}/g, intl.number(count));
}

describe('Intl formatting in every UI locale', () => {
  for (const tag of uiLanguages()) {
    describe(tag, () => {
      let ui: Ui;
      let strings: LocaleResource;
      let intl: Oracle;
      before(async () => {
        ui = await loadUi(tag);
        strings = await loadLocale(tag);
        intl = await oracleFor(tag);
      });

      it('writes durations the way Intl does: 30 days, 13 months, 1 year and 6 months', () => {
        expect(ui.duration('P30D')).to.equal(intl.unit(30, 'day'));
        expect(ui.duration('P13M')).to.equal(intl.unit(13, 'month'));
        expect(ui.duration({ amount: 2, unit: 'week' })).to.equal(intl.unit(2, 'week'));
        expect(ui.duration('P1Y6M')).to.equal(intl.list([intl.unit(1, 'year'), intl.unit(6, 'month')]));
      });

      it('says "session" and counts business days with the language’s plural rules and digits', () => {
        expect(ui.duration('session')).to.equal(strings.duration.session);
        for (const count of [1, 2, 3, 5, 11, 15, 22, 101]) {
          expect(ui.duration({ amount: count, unit: 'business-day' }), `${count}`).to.equal(
            pluralForm(tag, intl, strings.duration, 'business-day', count),
          );
        }
      });

      it('picks the plural form Intl.PluralRules picks, for every category the language has', () => {
        for (const count of [0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 100, 102, 1000000]) {
          expect(ui.t('cookies.count', { count }), `${count}`).to.equal(
            pluralForm(tag, intl, strings.cookies, 'count', count),
          );
        }
      });

      it('writes dates as Intl.DateTimeFormat does, in full', () => {
        const expected = intl.date(2025, 4, 30);
        expect(ui.date('2025-04-30')).to.equal(expected);
        expect(ui.t('notice.effective', { date: ui.date('2025-04-30') })).to.contain(expected);
      });
    });
  }

  it('formats for a regional reader with the locale’s strings (fr-CA: French words, Canadian date order)', async () => {
    const ui = await loadUi('fr-CA');
    expect(ui.locale).to.equal('fr-CA');
    expect(ui.lang).to.equal('fr-CA');
    expect(ui.date('2025-04-30')).to.equal(
      new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 3, 30)),
    );
    expect(ui.t('notice.contents')).to.equal((await loadLocale('fr')).notice.contents);
  });

  it('writes the regional terms of de-CH, fr-CA, es-MX and zh-HK, and its base language’s strings for the rest', async () => {
    const cases: Array<[string, string, string, string]> = [
      ['de-CH', 'de', 'parts.data-categories', 'Welche Personendaten wir verarbeiten'],
      ['fr-CA', 'fr', 'contact.email', 'Courriel'],
      ['es-MX', 'es', 'errors.title', 'No se ha podido mostrar el aviso de privacidad.'],
      ['zh-HK', 'zh-Hant', 'toggle.choicesHeading', '您的私隱選擇'],
    ];
    for (const [tag, base, key, expected] of cases) {
      const regional = await loadUi(tag);
      const general = await loadUi(base);
      expect(regional.locale, tag).to.equal(tag);
      expect(regional.t(key as UiKey), tag).to.equal(expected);
      expect(general.t(key as UiKey), base).not.to.equal(expected);
      expect(regional.t('notice.contents'), `${tag} falls back to ${base}`).to.equal(general.t('notice.contents'));
    }
    // A region with no overlay of its own reads its language's strings.
    expect((await loadUi('de-AT')).locale).to.equal('de');
  });

  it('writes Irish, Maltese, Icelandic, Khmer and Bosnian in their language where this browser’s Intl has no data for them', async () => {
    const english = await loadUi('en');
    for (const tag of ['ga', 'mt', 'is', 'km', 'bs']) {
      const ui = await loadUi(tag);
      for (const [what, native, en] of [
        ['date', ui.date('2025-04-30'), english.date('2025-04-30')],
        ['duration', ui.duration('P13M'), english.duration('P13M')],
        ['list', ui.list(['A', 'B', 'C']), english.list(['A', 'B', 'C'])],
        ['place', ui.place('FR'), english.place('FR')],
        ['language', ui.languageName('de'), english.languageName('de')],
      ])
        expect(native, `${tag} ${what}`).not.to.equal(en);
      expect(ui.date('2025-04-30'), `${tag}: CLDR's root placeholder for April`).not.to.match(/\bM0?4\b/);
    }
    expect(nativeLanguageName('ga')).to.equal('Gaeilge');
    expect(nativeLanguageName('is')).to.equal('Íslenska');
  });

  it('formats bare Portuguese as European Portuguese, the variant its strings are written in, and pt-BR as Brazilian', async () => {
    const pt = await loadUi('pt');
    expect([pt.locale, pt.lang]).to.deep.equal(['pt', 'pt']);
    expect(pt.number(12345)).to.equal(new Intl.NumberFormat('pt-PT').format(12345));
    expect(pt.place('IR')).to.equal(new Intl.DisplayNames(['pt-PT'], { type: 'region' }).of('IR'));
    const br = await loadUi('pt-BR');
    expect(br.number(12345)).to.equal(new Intl.NumberFormat('pt-BR').format(12345));
    expect(br.place('IR')).not.to.equal(pt.place('IR'));
  });

  it('is English, and says so, for a locale whose strings are not loaded', () => {
    const ui = createUi('xx', { locale: 'xx' });
    expect([ui.locale, ui.lang, ui.dir]).to.deep.equal(['en', 'en', 'ltr']);
  });
});
