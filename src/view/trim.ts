import type { BodyView } from './types.js';

// Trimming a view: a large notice is shown a screen at a time by rendering its view cut short at a growing limit.
// Every node with a `weight` can be cut; its weight is its whole subtree's, in items (weights.ts). A node is shown
// when some of the limit is left as it starts: it takes its own weight, then its children take theirs, in document
// order (the order its fields are declared in). A node that is shown whole is kept as it is, so a template memoized
// on it does not render it again when the limit grows.

interface Weighed {
  weight: number;
}

function isWeighed(value: unknown): value is Weighed {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Weighed>).weight === 'number';
}

function isWeighedList(value: unknown): value is Weighed[] {
  return Array.isArray(value) && value.length > 0 && value.every(isWeighed);
}

/** The weights of a node's children: its weighed fields and the items of its weighed lists. */
function childrenWeight(node: object): number {
  let sum = 0;
  for (const value of Object.values(node)) {
    if (isWeighedList(value)) for (const item of value) sum += item.weight;
    else if (isWeighed(value)) sum += value.weight;
  }
  return sum;
}

/** A node with its weight: `own` (what showing the node itself costs) and all its children's. */
export function weighed<T extends object>(own: number, node: T): T & Weighed {
  return { weight: own + childrenWeight(node), ...node };
}

class Trimmer {
  cut = false;
  constructor(private left: number) {}

  /** The node as far as the limit goes, or undefined when none of it fits. */
  node<T extends Weighed>(node: T): T | undefined {
    if (this.left <= 0) {
      this.cut = true;
      return undefined;
    }
    if (node.weight <= this.left) {
      this.left -= node.weight;
      return node;
    }
    this.left -= node.weight - childrenWeight(node);
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (isWeighedList(value)) copy[key] = this.list(value);
      else if (isWeighed(value)) {
        const kept = this.node(value);
        if (kept) copy[key] = kept;
      } else copy[key] = value;
    }
    return copy as unknown as T;
  }

  list<T extends Weighed>(items: T[]): T[] {
    const kept: T[] = [];
    for (const item of items) {
      const shown = this.node(item);
      if (!shown) break;
      kept.push(shown);
    }
    return kept;
  }
}

/**
 * The view from its top as far as `limit` items go, and whether something was left out. Nodes shown whole are the
 * view's own objects; only those cut short are copies.
 */
export function trimView<V extends BodyView>(view: V, limit: number): { view: V; cut: boolean } {
  if (view.weight <= limit) return { view, cut: false };
  const trimmer = new Trimmer(limit);
  const trimmed = trimmer.node(view) ?? view;
  return { view: trimmed, cut: trimmer.cut || trimmed !== view };
}

/**
 * Every anchor of the view with the limit that shows it: the weight of all that comes before it, plus one. A deep
 * link to a part not shown yet raises the limit to that and renders once.
 */
export function anchorLimits(view: BodyView): Map<string, number> {
  const limits = new Map<string, number>();
  let before = 0;
  const visit = (node: Weighed) => {
    const anchor = (node as { anchor?: unknown }).anchor;
    if (typeof anchor === 'string' && !limits.has(anchor)) limits.set(anchor, before + 1);
    before += node.weight - childrenWeight(node);
    for (const value of Object.values(node)) {
      if (isWeighedList(value)) value.forEach(visit);
      else if (isWeighed(value)) visit(value);
    }
  };
  visit(view);
  return limits;
}
