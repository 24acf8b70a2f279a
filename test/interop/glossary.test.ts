// src/i18n/locales/glossary.csv pins the GDPR's terms per language (the official texts' words for consent, controller,
// the rights...): each UI locale writes each concept with its term, so a fix or a new locale cannot drift from it.
// A translator changes a term in the glossary first, then in the strings.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCsv } from '../../src/labels/csv.js';

const dir = new URL('../../src/i18n/locales/', import.meta.url);

async function localeStrings(tag: string): Promise<Record<string, Record<string, string>> | undefined> {
  const file = JSON.parse(readFileSync(new URL(`${tag}.json`, dir), 'utf8'));
  return file.$overlayOf ? undefined : file; // a regional overlay keeps its base language's terms
}

/** Every UI locale's tag: its JSON file (en.context.json, for translators, and the glossary are not locales). */
function localeTags(): string[] {
  return readdirSync(dir)
    .filter((f) => /^[A-Za-z0-9-]+\.json$/.test(f))
    .map((f) => f.slice(0, -'.json'.length));
}

describe('the GDPR glossary', () => {
  const [header, ...rows] = parseCsv(readFileSync(new URL('glossary.csv', dir), 'utf8'));
  const languages = header!.slice(2);

  it('has about 30 concepts and a column for every UI locale but the regional overlays', async () => {
    assert.ok(rows.length >= 30, `${rows.length} concepts`);
    const bases: string[] = [];
    for (const tag of localeTags()) if (await localeStrings(tag)) bases.push(tag);
    assert.deepEqual([...languages].sort(), bases.sort());
    assert.ok(
      rows.every((row) => row.length === header!.length && row.slice(2).every(Boolean)),
      'no empty cell',
    );
  });

  it('is how every locale writes each concept', async () => {
    const drift: string[] = [];
    for (const [i, tag] of languages.entries()) {
      const strings = (await localeStrings(tag))!;
      for (const [concept, key, ...terms] of rows) {
        const [group, name] = key!.split('.') as [string, string];
        const value = strings[group]?.[name] ?? '';
        const term = terms[i]!;
        if (!value.toLocaleLowerCase(tag).includes(term.toLocaleLowerCase(tag)))
          drift.push(`${tag} ${key} (${concept}): "${value}" lacks the term "${term}"`);
      }
    }
    assert.deepEqual(drift, []);
  });
});
