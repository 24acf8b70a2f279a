/**
 * Documents built to be too big or too slow: each must render within a bounded time or be refused with a
 * "too large" (or "too deep") error that names the cap. Used by the browser test and by scripts/limits.mjs,
 * which prints how long each took.
 */
import { REDOS_INPUTS } from './redos.js';

type Doc = Record<string, unknown>;

export interface LargeInput {
  name: string;
  /** The document as JSON text (for `src`), built lazily: some are megabytes. */
  text(base: Doc): string;
  /** The same document as an object (for `.policy`); by default JSON.parse(text). */
  object?(base: Doc): unknown;
  /** 'render', or the words the refusal must contain (the cap it names). */
  expect: 'render' | string;
}

const MB = 1024 * 1024;

/** A value nested `depth` arrays deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const withSummary = (base: Doc, summary: string): Doc => ({ ...base, summary });
const json = (doc: unknown) => JSON.stringify(doc);

export const LARGE_INPUTS: readonly LargeInput[] = [
  {
    name: '10 MB document (200 sections of 52,429 characters)',
    text: (base) =>
      json({
        ...base,
        sections: Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, body: 'x'.repeat(52_429) })),
      }),
    expect: '5.0 MB size limit',
  },
  {
    name: 'nesting 10,000 deep',
    text: (base) => json(base).replace(/}$/, `,"summary":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
    object: (base) => ({ ...base, summary: nested(10_000) }),
    expect: 'more than 64 levels deep',
  },
  {
    name: '100,000 sections',
    text: (base) =>
      json({ ...base, sections: Array.from({ length: 100_000 }, (_, i) => ({ id: `s${i}`, title: 'S' })) }),
    expect: 'over the limit of 10,000 for one list',
  },
  {
    name: '1 MB Markdown string',
    text: (base) => json(withSummary(base, 'word '.repeat(MB / 5))),
    expect: 'over the limit of 100,000 for one text',
  },
  {
    name: '1 MB title',
    text: (base) => json({ ...base, title: 'T'.repeat(MB) }),
    expect: 'over the limit of 100,000 for one text',
  },
  {
    name: '250,000 values (10,000 data categories with 20 examples each)',
    text: (base) =>
      json({
        ...base,
        dataCategories: Array.from({ length: 10_000 }, (_, i) => ({
          id: `d${i}`,
          label: `D${i}`,
          examples: Array.from({ length: 20 }, (_, j) => `e${j}`),
        })),
      }),
    expect: 'more than 200,000 values',
  },
  {
    name: '1,000 sections',
    text: (base) =>
      json({
        ...base,
        sections: Array.from({ length: 1000 }, (_, i) => ({
          id: `s${i}`,
          title: `Section ${i}`,
          body: `Text of **section ${i}**, see [the site](https://example.com/${i}).`,
        })),
      }),
    expect: 'render',
  },
  {
    name: '100,000 characters of prose (the longest text allowed)',
    text: (base) => json(withSummary(base, 'Lorem ipsum dolor sit amet. '.repeat(3571))),
    expect: 'render',
  },
  ...REDOS_INPUTS.map(([name, markdown]): LargeInput => ({
    name: `marked ReDoS shape: ${name}`,
    text: (base) => json(withSummary(base, markdown)),
    expect: 'render',
  })),
];
