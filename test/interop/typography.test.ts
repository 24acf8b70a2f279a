// French typography in the French UI strings: a no-break space before the colon (U+00A0) and a narrow one before
// ? ! ; (U+202F), and no-break spaces inside « » (as the Imprimerie nationale's rules, and the official GDPR text,
// set them), so a line never starts with a colon or a closing guillemet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fr from '../../src/i18n/locales/fr.generated.js';
import frCA from '../../src/i18n/locales/fr-CA.generated.js';

function strings(resource: object): Array<[string, string]> {
  return Object.entries(resource).flatMap(([group, keys]) =>
    Object.entries(keys as Record<string, string>).map(([key, text]): [string, string] => [`${group}.${key}`, text]),
  );
}

describe('French typography', () => {
  for (const [tag, resource] of [
    ['fr', fr],
    ['fr-CA', frCA],
  ] as const) {
    it(`${tag}: no breakable space before : ? ! ; or inside « »`, () => {
      const wrong = strings(resource).filter(([, text]) => /[ \t][:?!;]|« | »/.test(text));
      assert.deepEqual(wrong, []);
      const colons = strings(resource).filter(([, text]) => /\S:/.test(text.replace(/\{\{\w+\}\}/g, 'x')));
      assert.deepEqual(colons, [], 'a colon with no space before it');
    });
  }
});
