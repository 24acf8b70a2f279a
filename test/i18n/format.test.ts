// Numbers, plurals, dates and durations in every UI locale, compared with what Intl says for that language (never
// with hand-written strings), so the check holds for locales added later too.
import { expect } from '@open-wc/testing';
import { createUi, loadUi, uiLanguages, type Ui } from '../../src/i18n/ui.js';
import { loadLocale } from '../../src/i18n/registry.js';
import type { LocaleResource } from '../../src/i18n/locales/en.js';

const unit = (tag: string, value: number, u: string) =>
  new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);

/** The locale's own plural form for `count`, filled in as a reader should see it. */
function pluralForm(tag: string, forms: Record<string, string | undefined>, base: string, count: number): string {
  const form = forms[`${base}_${new Intl.PluralRules(tag).select(count)}`]!;
  return form.replace(/\{\{\s*count\s*\}\}/g, new Intl.NumberFormat(tag).format(count));
}

describe('Intl formatting in every UI locale', () => {
  for (const tag of uiLanguages()) {
    describe(tag, () => {
      let ui: Ui;
      let strings: LocaleResource;
      before(async () => {
        ui = await loadUi(tag);
        strings = await loadLocale(tag);
      });

      it('writes durations the way Intl does: 30 days, 13 months, 1 year and 6 months', () => {
        expect(ui.duration('P30D')).to.equal(unit(tag, 30, 'day'));
        expect(ui.duration('P13M')).to.equal(unit(tag, 13, 'month'));
        expect(ui.duration({ amount: 2, unit: 'week' })).to.equal(unit(tag, 2, 'week'));
        expect(ui.duration('P1Y6M')).to.equal(
          new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format([
            unit(tag, 1, 'year'),
            unit(tag, 6, 'month'),
          ]),
        );
      });

      it('says "session" and counts business days with the language’s plural rules and digits', () => {
        expect(ui.duration('session')).to.equal(strings.duration.session);
        for (const count of [1, 2, 3, 5, 11, 15, 22, 101]) {
          expect(ui.duration({ amount: count, unit: 'business-day' }), `${count}`).to.equal(
            pluralForm(tag, strings.duration, 'business-day', count),
          );
        }
      });

      it('picks the plural form Intl.PluralRules picks, for every category the language has', () => {
        for (const count of [0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 100, 102, 1000000]) {
          expect(ui.t('cookies.count', { count }), `${count}`).to.equal(
            pluralForm(tag, strings.cookies, 'count', count),
          );
        }
      });

      it('writes dates as Intl.DateTimeFormat does, in full', () => {
        const expected = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2025, 3, 30),
        );
        expect(ui.date('2025-04-30')).to.equal(expected);
        expect(ui.t('notice.effective', { date: ui.date('2025-04-30') })).to.contain(expected);
      });
    });
  }

  it('formats for a regional reader with the locale’s strings (fr-CA: French words, Canadian date order)', async () => {
    const ui = await loadUi('fr-CA');
    expect(ui.locale).to.equal('fr');
    expect(ui.lang).to.equal('fr-CA');
    expect(ui.date('2025-04-30')).to.equal(
      new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 3, 30)),
    );
    expect(ui.t('notice.contents')).to.equal((await loadLocale('fr')).notice.contents);
  });

  it('is English, and says so, for a locale whose strings are not loaded', () => {
    const ui = createUi('xx', { locale: 'xx' });
    expect([ui.locale, ui.lang, ui.dir]).to.deep.equal(['en', 'en', 'ltr']);
  });
});
