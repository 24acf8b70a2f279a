// The CLDR data shipped for languages some browsers' Intl lacks (src/i18n/cldr.ts), checked against node's own
// Intl, which has full ICU data for them: what the notice writes in a browser without the data is what Intl writes
// in one with it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLDR_LOADERS } from '../../src/i18n/cldr.generated.js';
import { cldrDate, cldrList, cldrNumber, cldrUnit } from '../../src/i18n/cldr.js';

const TAGS = Object.keys(CLDR_LOADERS);
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

describe('CLDR data for languages Intl may lack', () => {
  it('covers the languages Debian’s Chromium has no data for', () => {
    assert.deepEqual(TAGS.sort(), ['bs', 'eu', 'ga', 'gl', 'is', 'km', 'mk', 'mt', 'sq']);
  });

  for (const tag of TAGS) {
    it(`${tag}: dates, numbers, lists, durations and place names as node's Intl writes them`, async () => {
      const data = (await CLDR_LOADERS[tag]!()).default;
      const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 30]) {
          if (month === 2 && day === 30) continue;
          const iso = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          // ICU's CLDR may be a release newer, which writes some spaces as no-break spaces (Macedonian's "2025 г.").
          const expected = dates.format(new Date(`${iso}T00:00:00Z`)).replace(/[\u00a0\u202f]/g, ' ');
          assert.equal(cldrDate(data, 2025, month, day).replace(/[\u00a0\u202f]/g, ' '), expected, iso);
        }
      }
      const numbers = new Intl.NumberFormat(tag);
      for (const n of [0, 7, 999, 1000, 12345, 1234567.25, -42.5])
        assert.equal(cldrNumber(data, n), numbers.format(n), `number ${n}`);
      const lists = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
      for (const items of [['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e']])
        assert.equal(cldrList(data, items), lists.format(items), items.join());
      for (const unit of UNITS) {
        const units = new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' });
        for (const n of [0, 1, 2, 3, 5, 7, 11, 13, 20, 100, 1000])
          assert.equal(cldrUnit(data, tag, n, unit), units.format(n), `${n} ${unit}`);
      }
      const regions = new Intl.DisplayNames([tag], { type: 'region' });
      for (const code of ['FR', 'DE', 'US', 'IE', 'MT', 'IS', 'KH', 'CN', 'IN', 'BR'])
        assert.equal(data.regions[code], regions.of(code), code);
      const languages = new Intl.DisplayNames([tag], { type: 'language' });
      for (const code of ['en', 'fr', 'de', 'ga', 'mt', 'is', 'km', tag])
        assert.equal(data.languages[code], languages.of(code), code);
    });
  }
});
