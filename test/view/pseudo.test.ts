// A pseudo-locale shows any words the library writes that do not come from a UI string. Every literal run of every
// English string is accented, made 40% longer and bracketed ⟦…⟧, placeholders kept; what Intl writes is marked «…».
// Built for every reference policy (with consent switches, so the choices show too), every piece of text the view
// gives the templates must then be made of bracketed runs, Intl output and the policy's own words: anything else is
// a word or a separator written in code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registerLocale } from '../../src/i18n/registry.js';
import { createUi, loadUi, type Ui } from '../../src/i18n/ui.js';
import { en } from '../../src/i18n/locales/en.js';
import { buildChoicesView, buildNoticeView } from '../../src/view/index.js';
import { choices, loadExample, normalized, REFERENCE } from './helpers.js';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
};

/** One literal run, pseudo-localized: accented, about 40% longer, bracketed. */
function pseudoRun(run: string): string {
  if (run === '') return run;
  const accented = run.replace(/[aeiouAEIOU]/g, (c) => ACCENTS[c]!);
  return `⟦${accented}${'~'.repeat(Math.ceil(run.length * 0.4))}⟧`;
}

/** A UI string with each run between placeholders pseudo-localized ("{{a}} — {{b}}" -> "{{a}}⟦ — ~⟧{{b}}"). */
function pseudo(text: string): string {
  return text
    .split(/(\{\{\s*\w+\s*\}\})/)
    .map((piece, i) => (i % 2 ? piece : pseudoRun(piece)))
    .join('');
}

const PSEUDO = Object.fromEntries(
  Object.entries(en).map(([group, keys]) => [
    group,
    Object.fromEntries(Object.entries(keys).map(([key, text]) => [key, pseudo(text as string)])),
  ]),
);

/** The pseudo UI: its strings from the pseudo-locale, and what Intl writes marked «…». */
async function pseudoUi(): Promise<Ui> {
  registerLocale('en-XA', PSEUDO as never);
  await loadUi('en-XA', { locale: 'en-XA' });
  const ui = createUi('en-XA', { locale: 'en-XA' });
  const mark =
    <A extends unknown[]>(f: (...args: A) => string) =>
    (...args: A) =>
      `«${f(...args)}»`;
  return {
    ...ui,
    date: mark(ui.date),
    number: mark(ui.number),
    list: mark(ui.list),
    duration: mark(ui.duration),
    languageName: mark(ui.languageName),
    place: (code) => (code in en.region ? ui.place(code) : `«${ui.place(code)}»`),
  };
}

/** Every string of a document (its words, whatever their field). */
function documentStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => documentStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => documentStrings(v, out));
  return out;
}

/** Fields that are not words: ids, links, kinds, languages, policy text and Markdown. */
const NOT_WORDS = new Set(['anchor', 'href', 'inputId', 'id', 'kind', 'part', 'permission', 'role', 'lang', 'dir']);
const NOT_WORDS_TOO = new Set(['describedBy', 'descriptionId', 'nodes', 'name', 'value', 'where', 'what']);

/** The strings the view gives the templates as words the library writes. */
function libraryStrings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => libraryStrings(n, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    // Policy words ({ value, lang?, dir? }), identifiers, addresses as written: not the library's.
    if (typeof record.value === 'string' && !('kind' in record)) return out;
    if (record.kind === 'code' || record.kind === 'url' || record.kind === 'markdown') return out;
    if (record.kind === 'link' && record.literal) return out; // an address shown as its own link text
    for (const [key, value] of Object.entries(record))
      if (!NOT_WORDS.has(key) && !NOT_WORDS_TOO.has(key)) libraryStrings(value, out);
  }
  return out;
}

describe('the pseudo-locale', () => {
  it('finds a word written in code (self-check)', () => {
    const leftover = (s: string) => s.replace(/⟦[^⟧]*⟧|«[^»]*»/g, '').trim();
    assert.equal(leftover(`${pseudo('Effective {{date}}').replace('{{date}}', '«April 30»')}`), '');
    assert.equal(leftover(`${pseudo('Consent')} (UK GDPR)`), '(UK GDPR)');
  });

  for (const name of REFERENCE) {
    it(`${name}: every word the library writes comes from a UI string or Intl`, async () => {
      const doc = await loadExample(name);
      const policy = normalized(doc);
      const words = new Set(documentStrings(doc).filter((s) => s.trim().length > 0));
      const ui = await pseudoUi();
      const reader = { lang: policy.defaultLanguage, ui, anchorPrefix: '', choices: choices() };
      const strings = [
        ...libraryStrings(buildNoticeView(policy, reader).body),
        ...libraryStrings(buildChoicesView(policy, reader).body),
      ];
      const stray = new Set<string>();
      for (const text of strings) {
        let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
        // Intl's output may hold Intl's output (a list of country names): innermost first.
        while (/«[^«»]*»/.test(rest)) rest = rest.replace(/«[^«»]*»/g, ' ');
        for (const w of words) if (rest.includes(w)) rest = rest.split(w).join(' ');
        rest = rest.replace(/[\s\d]+/g, '');
        if (rest) stray.add(`${rest} in "${text.slice(0, 80)}"`);
      }
      assert.ok(strings.length > 50, `${strings.length} strings`);
      assert.deepEqual([...stray], []);
    });
  }
});
