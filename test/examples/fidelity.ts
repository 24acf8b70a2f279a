// Helpers for the fidelity tests that compare each reference example with its source text in
// examples/policies/sources/ (copies of ../shared/policies, so a clone anywhere can run them).
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** The example document examples/policies/NAME.json, parsed. */
export function loadExample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`examples/policies/${name}.json`, root), 'utf8'));
}

/** The source policy examples/policies/sources/NAME.txt, with runs of white space folded to one space. */
export function loadSource(name: string): string {
  return fold(readFileSync(new URL(`examples/policies/sources/${name}.txt`, root), 'utf8'));
}

/** Folds white space (the sources wrap lines mid-sentence) and typographic quotes, so phrases compare by words. */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every human-readable string of a document in one language: plain strings, and from language maps the entry for
 * `lang` (or, when absent, every entry). Markdown markup is kept; callers search with `includesPhrase`.
 */
export function stringsOf(value: unknown, lang?: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, lang));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const isLanguageMap = entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(k) && typeof v === 'string');
    if (isLanguageMap && lang) {
      const hit = (value as Record<string, string>)[lang];
      return hit ? [hit] : [];
    }
    return entries.flatMap(([, v]) => stringsOf(v, lang));
  }
  return [];
}

/** The document's text in one language, Markdown emphasis and link syntax removed, white space folded. */
export function textOf(doc: unknown, lang?: string): string {
  return fold(
    stringsOf(doc, lang)
      .join('\n')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]+/g, '')
      .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, ''),
  );
}

/** Whether the document's text contains the phrase (both folded the same way). */
export function includesPhrase(doc: unknown, phrase: string, lang?: string): boolean {
  return textOf(doc, lang).includes(fold(phrase));
}

// Finders over a policy document, for the per-example tests.
type Json = Record<string, any>;

/** Every section of a document, subsections included, in reading order. */
export function allSections(sections: Json[] = []): Json[] {
  return sections.flatMap((s) => [s, ...allSections(s.sections)]);
}

/** The section with this id at any depth; fails the test when there is none. */
export function sectionById(doc: Json, id: string): Json {
  const hit = allSections(doc.sections).find((s) => s.id === id);
  if (!hit) throw new Error(`section ${id} not found`);
  return hit;
}

/** The right with this id; fails the test when there is none. */
export function rightById(doc: Json, id: string): Json {
  const hit = (doc.rights ?? []).find((r: Json) => r.id === id);
  if (!hit) throw new Error(`right ${id} not found`);
  return hit;
}
