import { problem, toPointer, type PolicyProblem } from './problems.js';

/** Keys that could reach JavaScript's object machinery if a consumer ever merged the document into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Documents nested deeper than this are refused before anything recursive touches them. */
export const MAX_DEPTH = 64;

/**
 * Checks the raw parsed JSON before validation: forbidden keys anywhere and excessive nesting. Iterative, so a
 * document nested 10,000 levels deep cannot overflow the stack here.
 */
export function guardDocument(value: unknown): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (path.length > MAX_DEPTH) {
      problems.push(problem(toPointer(path), 'too-deep', `is nested more than ${MAX_DEPTH} levels deep.`));
      continue;
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((v, i) => [i, v])
      : Object.keys(current).map((k) => [k, (current as Record<string, unknown>)[k]]);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        problems.push(
          problem(toPointer([...path, key]), 'forbidden-key', `uses the reserved key "${key}", which is not allowed anywhere in a policy.`),
        );
        continue;
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return problems.sort((a, b) => (a.pointer < b.pointer ? -1 : 1));
}
