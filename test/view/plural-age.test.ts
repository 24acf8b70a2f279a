// The minimum age is a number the noun after it agrees with: Romanian writes "16 ani" but "21 de ani", Russian
// "16 лет" but "21 года", Croatian "16 godina" but "22 godine". The sentence is a plural key, so each language's
// CLDR plural category picks its form.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadUi } from '../../src/i18n/ui.js';

const CASES: Array<[lang: string, age: number, words: string]> = [
  ['en', 16, 'under 16.'],
  ['ro', 1, 'sub 1 an.'],
  ['ro', 16, 'sub 16 ani.'],
  ['ro', 21, 'sub 21 de ani.'],
  ['ru', 16, 'младше 16 лет.'],
  ['ru', 21, 'младше 21 года.'],
  ['uk', 21, 'до 21 року.'],
  ['uk', 18, 'до 18 років.'],
  ['lv', 21, 'par 21 gadu.'],
  ['lv', 16, 'par 16 gadiem.'],
  ['pl', 16, 'ukończyły 16 lat.'],
  ['hr', 22, 'od 22 godine.'],
  ['hr', 16, 'od 16 godina.'],
  ['sk', 3, 'ako 3 roky.'],
];

describe('the minimum age sentence', () => {
  it('takes the form of the noun that the number needs in each language', async () => {
    const wrong: string[] = [];
    for (const [lang, age, words] of CASES) {
      const sentence = (await loadUi(lang)).t('children.minimumAge', { count: age });
      if (!sentence.endsWith(words)) wrong.push(`${lang} ${age}: "${sentence}" should end "${words}"`);
    }
    assert.deepEqual(wrong, []);
  });
});
