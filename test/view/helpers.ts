// Shared by the view tests (node): a reference policy validated, and the reader a notice in a language would have.
import { readFile } from 'node:fs/promises';
import type { ChoiceState, ToggleState } from '../../src/consent/toggles.js';
import { Words, type Reader } from '../../src/view/index.js';
import { normalized, readerOf, type ReferencePolicy } from '../reader.js';

export { normalized, readerOf, REFERENCE, type ReferencePolicy } from '../reader.js';

/** The raw JSON of a reference policy in examples/policies/ (a fresh copy each time, for tests to change). */
export async function loadExample(name: ReferencePolicy): Promise<Record<string, any>> {
  return JSON.parse(await readFile(new URL(`../../examples/policies/${name}.json`, import.meta.url), 'utf8'));
}

/** A document written for the tests of issue 13 (test/fixtures/faithful/), a fresh copy each time. */
export async function loadFaithful(name: 'companion-app' | 'website-cookies'): Promise<Record<string, any>> {
  return JSON.parse(await readFile(new URL(`../fixtures/faithful/${name}.json`, import.meta.url), 'utf8'));
}

/** Words for a document in `lang`, as a builder gets them. */
export async function wordsOf(doc: unknown, lang = 'en', extra: Partial<Reader> = {}): Promise<Words> {
  const policy = normalized(doc);
  return new Words(policy, await readerOf(policy, lang, extra));
}

/** Consent state with every choice at `on` (unless `toggles` says otherwise), for builders of switches. */
export function choices(toggles: Record<string, ToggleState | undefined> = {}, outdated = false): ChoiceState {
  return {
    outdated,
    toggle: (kind, id) =>
      `${kind}:${id}` in toggles
        ? toggles[`${kind}:${id}`]
        : kind === 'permission'
          ? undefined
          : { on: true, locked: false, pending: false },
  };
}

/** Every string in a view, for checks such as "no raw UI key". */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The words of inline pieces as a reader sees them. */
export function said(pieces: unknown): string {
  if (typeof pieces === 'string') return pieces;
  if (Array.isArray(pieces)) return pieces.map(said).join('');
  if (pieces && typeof pieces === 'object') {
    const p = pieces as Record<string, unknown>;
    if ('value' in p && typeof p.value === 'string' && p.kind !== 'code') return p.value;
    if (p.kind === 'code') return String(p.value);
    if ('words' in p) return said(p.words);
    if ('content' in p) return said(p.content);
    if ('steps' in p) return said(p.steps);
    if ('items' in p) return (p.items as unknown[]).map(said).join('; ');
    if ('lines' in p) return [said(p.lines), p.country ?? ''].filter(Boolean).join(', ');
    if ('text' in p) return said(p.text);
    if ('nodes' in p) return said(p.nodes);
    if ('c' in p) return said(p.c);
  }
  return '';
}
