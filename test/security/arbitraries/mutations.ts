/**
 * Near-valid policies: a valid generated document with one to three mistakes an author or a tool could make at a
 * random place (a field removed, a wrong type, an unknown or reserved key, a broken reference, a duplicated item,
 * a bad format, an empty value). Most are invalid; some stay valid, which the properties allow.
 */
import fc from 'fast-check';
import { validPolicy } from './policy.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Place = { parent: Json[] | Record<string, Json>; key: string | number };

/** Every member and item of `doc`, as the container holding it and its key. */
function places(doc: Json): Place[] {
  const found: Place[] = [];
  const walk = (value: Json) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      found.push({ parent: value, key: Array.isArray(value) ? Number(key) : key });
      walk(child);
    }
  };
  walk(doc);
  return found;
}

const WRONG_VALUES: Json[] = [42, null, true, [], {}, '', 'text', ['a'], { en: '' }];
const BAD_STRINGS = [
  'not an email',
  '2025-13-45',
  'EN_us',
  'P1X',
  'Has Spaces',
  'javascript:alert(1)',
  'undeclared-id',
];

const MUTATIONS: Record<string, (place: Place, pickValue: <T>(items: readonly T[]) => T) => void> = {
  'remove it': ({ parent, key }) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key]),
  'wrong type': ({ parent, key }, pickValue) =>
    void ((parent as Record<string, Json>)[key] = structuredClone(pickValue(WRONG_VALUES))),
  'bad string': ({ parent, key }, pickValue) => void ((parent as Record<string, Json>)[key] = pickValue(BAD_STRINGS)),
  'unknown field': ({ parent, key }) => {
    const target = (parent as Record<string, Json>)[key];
    if (target && typeof target === 'object' && !Array.isArray(target)) target['x-unknown'] = 'value';
  },
  'reserved key': ({ parent, key }, pickValue) => {
    const target = (parent as Record<string, Json>)[key];
    const name = pickValue(['__proto__', 'constructor', 'prototype']);
    if (target && typeof target === 'object')
      Object.defineProperty(target, name, {
        value: { polluted: true },
        enumerable: true,
        writable: true,
        configurable: true,
      });
  },
  'duplicate it': ({ parent, key }) => {
    if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
  },
};

export interface NearValid {
  doc: Record<string, unknown>;
  /** What was done, for the failure report: "wrong type at /rights/0/channels". */
  mutations: string[];
}

export const nearValidPolicy: fc.Arbitrary<NearValid> = fc.tuple(validPolicy, fc.gen()).map(([valid, g]) => {
  const doc = structuredClone(valid) as Json;
  const mutations: string[] = [];
  const count = g(fc.integer, { min: 1, max: 3 });
  for (let i = 0; i < count; i++) {
    const all = places(doc);
    if (all.length === 0) break;
    const place = all[g(fc.integer, { min: 0, max: all.length - 1 })]!;
    const name = g(fc.constantFrom, ...Object.keys(MUTATIONS));
    MUTATIONS[name]!(place, (items) => items[g(fc.integer, { min: 0, max: items.length - 1 })]!);
    mutations.push(`${name} at ${pathOf(doc, place)}`);
  }
  return { doc: doc as Record<string, unknown>, mutations };
});

/** Where a place is, for reports (its container found again from the root). */
function pathOf(root: Json, place: Place): string {
  const search = (value: Json, path: string): string | undefined => {
    if (value === place.parent) return `${path}/${place.key}`;
    if (value === null || typeof value !== 'object') return undefined;
    for (const [k, child] of Object.entries(value)) {
      const hit = search(child, `${path}/${k}`);
      if (hit) return hit;
    }
    return undefined;
  };
  return search(root, '') ?? `?/${place.key}`;
}

/**
 * Whether an error's pointer points into `doc`: at a value that is there, or, for a missing field, into an object
 * that is there.
 */
export function pointsInto(doc: unknown, pointer: string, code: string): boolean {
  const tokens =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = doc;
  for (const [i, token] of tokens.entries()) {
    const container = value as Record<string, unknown> | null;
    const has =
      container !== null && typeof container === 'object' && Object.prototype.hasOwnProperty.call(container, token);
    if (!has)
      return code === 'required' && i === tokens.length - 1 && container !== null && typeof container === 'object';
    value = container[token];
  }
  return true;
}
