import type { MdNode } from '../types.js';
import { isPlainProse, proseNodes } from './plain.js';
import { markdownTree } from './tree.js';

/** Enough for every Markdown string of several policies in several languages; the oldest used entry goes first. */
const CACHE_SIZE = 500;
const cache = new Map<string, readonly MdNode[]>();

function build(source: string): MdNode[] {
  if (isPlainProse(source)) return proseNodes(source);
  try {
    return markdownTree(source);
  } catch {
    return [{ t: 'p', c: [source] }]; // whatever went wrong, the reader gets the words
  }
}

/**
 * The nodes of one Markdown string, made once: the same source gives the very same (frozen) array, so a notice
 * built again shares it and a template memoized on it does not render it again.
 */
export function markdownNodes(source: string): readonly MdNode[] {
  let nodes = cache.get(source);
  if (nodes) cache.delete(source);
  else nodes = Object.freeze(build(source));
  cache.set(source, nodes);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return nodes;
}
