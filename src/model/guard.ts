import { formatSize, problem, toPointer, type PolicyProblem } from './problems.js';
import { MAX_TABLE_CELLS, tableCells } from './table-cells.js';

/** Keys that could reach JavaScript's object machinery if a consumer ever merged the document into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Documents nested deeper than this are refused before anything recursive touches them. */
export const MAX_DEPTH = 64;

/**
 * Longest single text: about 15,000 words, more than a whole real policy. It bounds the work on one string (Markdown
 * parsing, whose worst inputs grow faster than their length).
 */
export const MAX_STRING_LENGTH = 100_000;

/**
 * Most items in one list (sections, cookies, rights...): real policies have tens; the benchmark's 100x policy, a
 * stress case for rendering, has 6,000 cookies.
 */
export const MAX_ITEMS = 10_000;

/**
 * Most values (strings, numbers, objects...) in a document: about 200 times the largest reference policy, room for
 * the benchmark's 100x policy (108,000). Rendering time grows with it; this bounds the worst document, and stops a
 * walk through shared or circular objects handed in as `.policy`.
 */
export const MAX_VALUES = 200_000;

/** More problems than this are not worth finding: the document is refused anyway. */
const MAX_PROBLEMS = 100;

export interface Guarded {
  problems: PolicyProblem[];
  /**
   * The document as plain JSON data, each property read exactly once: what the later checks see is what renders,
   * even for an object with getters handed in as `.policy`. Values JSON cannot hold are left out, as JSON would.
   */
  data: unknown;
  /** How many values the document holds (a measure of the work every later step has). */
  values: number;
}

type Container = Record<string | number, unknown>;

interface Entry {
  value: unknown;
  path: Array<string | number>;
  into: Container;
  key: string | number;
  parent?: Entry;
}

/** Whether `value` is one of the objects that contain it: a cycle, only possible in an object handed in as `.policy`. */
function isAncestor(value: unknown, entry: Entry): boolean {
  for (let up = entry.parent; up; up = up.parent) if (up.value === value) return true;
  return false;
}

/**
 * Checks the raw document before validation: forbidden keys anywhere, excessive nesting, and the size caps above
 * (each refusal names its cap), and copies it to plain data. Iterative and bounded, so a document nested 10,000
 * levels deep or a circular object cannot overflow the stack or run forever here. `maxChars` caps the text of all
 * strings and keys together.
 */
export function guardDocument(value: unknown, maxChars: number): Guarded {
  const problems: PolicyProblem[] = [];
  const root: Container = {};
  const stack: Entry[] = [{ value, path: [], into: root, key: 'data' }];
  let values = 0;
  let chars = 0;
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const entry = stack.pop()!;
    const { value: current, path, into, key: at } = entry;
    if (++values > MAX_VALUES) {
      problems.push(
        problem(
          '',
          'too-large',
          `holds more than ${MAX_VALUES.toLocaleString('en')} values, over the limit for one policy.`,
        ),
      );
      break;
    }
    if (typeof current === 'string') {
      chars += current.length;
      if (current.length > MAX_STRING_LENGTH) {
        problems.push(
          problem(
            toPointer(path),
            'too-large',
            `is ${current.length.toLocaleString('en')} characters long, over the limit of ${MAX_STRING_LENGTH.toLocaleString('en')} for one text; split it into sections.`,
          ),
        );
      }
      const cells = current.includes('|') ? tableCells(current) : 0;
      if (cells > MAX_TABLE_CELLS) {
        problems.push(
          problem(
            toPointer(path),
            'too-large',
            `has Markdown tables of ${cells.toLocaleString('en')} cells (columns × rows: every row gets as many cells as its header), over the limit of ${MAX_TABLE_CELLS.toLocaleString('en')} for one text; split the table or shorten its header.`,
          ),
        );
      }
      into[at] = current;
      continue;
    }
    if (typeof current === 'number' || typeof current === 'boolean' || current === null) {
      into[at] = current;
      continue;
    }
    if (typeof current !== 'object') continue; // undefined, a function, a symbol: JSON has no such value
    if (isAncestor(current, entry)) {
      problems.push(
        problem(
          toPointer(path),
          'cycle',
          'is an object that contains itself (a cycle); a policy must be plain JSON data.',
        ),
      );
      continue;
    }
    if (path.length > MAX_DEPTH) {
      problems.push(problem(toPointer(path), 'too-deep', `is nested more than ${MAX_DEPTH} levels deep.`));
      continue;
    }
    if (Array.isArray(current) && current.length > MAX_ITEMS) {
      problems.push(
        problem(
          toPointer(path),
          'too-large',
          `has ${current.length.toLocaleString('en')} items, over the limit of ${MAX_ITEMS.toLocaleString('en')} for one list.`,
        ),
      );
      continue;
    }
    const copy = (Array.isArray(current) ? [] : {}) as Container;
    into[at] = copy;
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((v, i) => [i, v])
      : Object.keys(current).map((k) => [k, (current as Container)[k]]);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (typeof key === 'string') chars += key.length;
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        problems.push(
          problem(
            toPointer([...path, key]),
            'forbidden-key',
            `uses the reserved key "${key}", which is not allowed anywhere in a policy.`,
          ),
        );
        continue;
      }
      stack.push({ value: child, path: [...path, key], into: copy, key, parent: entry });
    }
  }
  if (chars > maxChars)
    problems.push(
      problem('', 'too-large', `holds ${formatSize(chars)} of text, over the ${formatSize(maxChars)} size limit.`),
    );
  return { problems: problems.sort((a, b) => (a.pointer < b.pointer ? -1 : 1)), data: root.data, values };
}
