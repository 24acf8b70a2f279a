import type { MdNode } from '../types.js';
import { hasMarkup, proseNodes } from './plain.js';

/** Enough for every Markdown string of several policies in several languages; the oldest used entry goes first. */
const CACHE_SIZE = 500;
const cache = new Map<string, readonly MdNode[]>();

/** marked's reading of a string (tree.ts), once loaded: only text with markup needs it. */
let tree: ((source: string) => MdNode[]) | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads marked and the tree builder (a chunk of its own in the browser). Call it, and wait, before drawing a policy
 * whose Markdown {@link needsMarkdownParser needs it}; node code (the server renderer, the CLI) loads it at once.
 */
export function loadMarkdownParser(): Promise<void> {
  return (loading ??= import('./tree.js').then(
    (module) => {
      tree = module.markdownTree;
    },
    (error: unknown) => {
      loading = undefined; // a later notice tries again
      throw error;
    },
  ));
}

/** Whether any of these Markdown strings has markup that only marked reads (plain prose and bare links need none). */
export function needsMarkdownParser(sources: Iterable<string>): boolean {
  if (tree) return false;
  for (const source of sources) if (hasMarkup(source)) return true;
  return false;
}

function build(source: string): MdNode[] | undefined {
  const prose = proseNodes(source);
  if (prose) return prose;
  if (!tree) return undefined;
  try {
    return tree(source);
  } catch {
    return [{ t: 'p', c: [source] }]; // whatever went wrong, the reader gets the words
  }
}

/**
 * The nodes of one Markdown string, made once: the same source gives the very same (frozen) array, so a notice
 * built again shares it and a template memoized on it does not render it again. Text with markup asked for before
 * marked is loaded (which the loading code prevents) shows as its words, and is not kept.
 */
export function markdownNodes(source: string): readonly MdNode[] {
  let nodes = cache.get(source);
  if (nodes) cache.delete(source);
  else {
    const built = build(source);
    if (!built) {
      loadMarkdownParser().catch(() => undefined);
      return [{ t: 'p', c: [source] }];
    }
    nodes = Object.freeze(built);
  }
  cache.set(source, nodes);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return nodes;
}
