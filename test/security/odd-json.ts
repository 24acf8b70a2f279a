/**
 * Odd JSON built as text, the way a hand-edited file or a hostile server would write it: members JavaScript treats
 * specially (`__proto__`), duplicate keys, unpaired surrogates. JSON.stringify could write none of these.
 */

function escapeToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The JSON Pointer of every object (not array) in `value`, the root ('') first. */
export function objectPointers(value: unknown, pointer = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPointers(v, `${pointer}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return [pointer, ...Object.entries(value).flatMap(([k, v]) => objectPointers(v, `${pointer}/${escapeToken(k)}`))];
}

/** `value` as JSON text, with `member` (raw text such as `"__proto__": {}`) written first into the object at `target`. */
export function withMember(value: unknown, target: string, member: string, pointer = ''): string {
  if (Array.isArray(value))
    return `[${value.map((v, i) => withMember(v, target, member, `${pointer}/${i}`)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const members = Object.entries(value).map(
    ([k, v]) => `${JSON.stringify(k)}:${withMember(v, target, member, `${pointer}/${escapeToken(k)}`)}`,
  );
  if (pointer === target) members.unshift(member);
  return `{${members.join(',')}}`;
}

/** The members a reserved key gets in the pollution cases: each one what an attacker would write for it. */
export const RESERVED_MEMBERS: Record<string, string> = {
  __proto__: '"__proto__": {"polluted": true, "toString": "pwned"}',
  constructor: '"constructor": {"prototype": {"polluted": true}}',
  prototype: '"prototype": {"polluted": true}',
};

/**
 * A fingerprint of the built-in prototypes a polluted merge would change: their own property names, and whether a
 * fresh object, array or string sees a `polluted` property.
 */
export function prototypesFingerprint(win: Window & typeof globalThis = window): string {
  const protos = [win.Object.prototype, win.Array.prototype, win.Function.prototype, win.String.prototype];
  const names = protos.map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|');
  const seen = [{}, [], '', () => undefined].map((v) => String((v as { polluted?: unknown }).polluted));
  return `${names}#${seen.join(',')}#${String(({} as object).toString)}`;
}

/** A blob: URL serving `text` as JSON, for `src` without a server. */
export function jsonUrl(text: string): string {
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}
