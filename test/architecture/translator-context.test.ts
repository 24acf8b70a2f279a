// en.context.json tells a translator where each English string is shown and what each {{placeholder}} holds: it
// must follow en.json key for key, so a string added or renamed without a note fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const dir = new URL('../../src/i18n/locales/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const flat = (groups: Record<string, Record<string, string>>) =>
  new Map(
    Object.entries(groups)
      .filter(([group]) => !group.startsWith('$'))
      .flatMap(([group, keys]) => Object.entries(keys).map(([key, value]) => [`${group}.${key}`, value])),
  );

describe('the translators’ context file', () => {
  const english = flat(read('en.json'));
  const context = flat(read('en.context.json'));

  it('has a note for every English string and none for a string that is gone', () => {
    assert.deepEqual(
      [...english.keys()].filter((key) => !context.has(key)),
      [],
      'strings without a note in en.context.json',
    );
    assert.deepEqual(
      [...context.keys()].filter((key) => !english.has(key)),
      [],
      'notes in en.context.json for no string of en.json',
    );
  });

  it('says what each placeholder holds', () => {
    const unexplained = [...english].flatMap(([key, text]) =>
      [...text.matchAll(/\{\{\s*(\w+)/g)]
        .map((m) => m[1]!)
        .filter((name) => !context.get(key)?.includes(`{{${name}}}`))
        .map((name) => `${key}: {{${name}}}`),
    );
    assert.deepEqual(unexplained, []);
  });

  it('notes are sentences a translator can read, not copies of the string', () => {
    const weak = [...context].filter(([key, note]) => note.length < 20 || note === english.get(key)).map(([k]) => k);
    assert.deepEqual(weak, []);
  });
});
