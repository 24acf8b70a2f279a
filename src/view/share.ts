import type { MarkdownView } from './types.js';

/**
 * `next`, with every part of it that equals the same part of `previous` replaced by `previous`'s own object. A view
 * built again (a switch changed, a locale arrived) then keeps the identity of all it did not change, and templates
 * memoized on identity render only what did. Views are plain data (no cycles, no class instances), which makes
 * the comparison a walk.
 */
export function keepSame<T>(previous: T | undefined, next: T): T {
  return previous === undefined ? next : (same(previous, next) as T);
}

const isMarkdown = (value: object): boolean => (value as { kind?: unknown }).kind === 'markdown';

function same(before: unknown, after: unknown): unknown {
  if (before === after || typeof before !== 'object' || typeof after !== 'object' || before === null || after === null)
    return after;
  if (Array.isArray(before) !== Array.isArray(after)) return after;
  // Markdown is its text: the same text in the same language is the same block (its nodes are not worked out here).
  if (isMarkdown(before) || isMarkdown(after)) {
    const [a, b] = [before as MarkdownView, after as MarkdownView];
    return isMarkdown(before) && isMarkdown(after) && a.source === b.source && a.lang === b.lang && a.dir === b.dir
      ? before
      : after;
  }
  if (Array.isArray(after)) {
    const old = before as unknown[];
    let equal = old.length === after.length;
    const kept = after.map((item, i) => {
      const value = same(old[i], item);
      if (value !== old[i]) equal = false;
      return value;
    });
    return equal ? before : kept;
  }
  const old = before as Record<string, unknown>;
  const keys = Object.keys(after);
  let equal = keys.length === Object.keys(old).length;
  const kept: Record<string, unknown> = {};
  for (const key of keys) {
    const value = same(old[key], (after as Record<string, unknown>)[key]);
    if (value !== old[key] || !(key in old)) equal = false;
    kept[key] = value;
  }
  return equal ? before : kept;
}
