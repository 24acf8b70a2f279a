import { guard } from 'lit/directives/guard.js';

/** Items per group of a long list: the unit that a later, larger render skips once it is shown whole. */
export const GROUP = 25;

/**
 * What the renders of one generation (the same policy, language and state; only the limit grows) share: the blocks
 * they showed whole with what each took, and values worked out once.
 */
export class Generation {
  readonly whole = new Map<object, number>();
  readonly memo = new Map<object, unknown>();
}

/**
 * How much of a notice one render may show, counted in items — a section, a part, a table row, a right (see
 * weights.ts) — not in sections, since one section can hold a table of thousands of rows. A render with a budget
 * shows the notice from the top until the budget is spent and notes that it stopped (`cut`), so the element can show
 * the rest in later renders with a larger limit and the same `generation`, which skip what is already shown whole.
 */
export class Budget {
  /** Some content was left out: a later render with a larger limit shows more. */
  cut = false;
  private left: number;

  constructor(readonly limit: number, readonly generation: Generation) {
    this.left = limit;
  }

  /**
   * A block of the notice (a run of sections) that renders once per generation: once a render showed all of it,
   * later ones skip it (lit's guard) and take what it took, so a step costs what it adds.
   */
  block(key: object, render: () => unknown): unknown {
    const took = this.generation.whole.get(key);
    if (took !== undefined) {
      this.left -= took;
      return guard([this.generation, key], render);
    }
    const left = this.left;
    const shown = render();
    if (this.cut) return guard([this.generation, key, this.limit], () => shown);
    this.generation.whole.set(key, left - this.left);
    return guard([this.generation, key], () => shown);
  }

  /** `make()` once per generation. */
  remember<T>(key: object, make: () => T): T {
    if (!this.generation.memo.has(key)) this.generation.memo.set(key, make());
    return this.generation.memo.get(key) as T;
  }

  /** Takes `weight` for a block (a section, a part, a table): false, and nothing taken, once the budget is spent. */
  enter(weight = 1): boolean {
    if (this.left <= 0) {
      this.cut = true;
      return false;
    }
    this.left -= weight;
    return true;
  }

  /** The items of a list this render shows, from the first, in groups of GROUP; each item takes `weight`. */
  take<T>(items: readonly T[], weight: (item: T) => number): T[][] {
    const groups: T[][] = [];
    let i = 0;
    for (; i < items.length && this.left > 0; i++) {
      if (i % GROUP === 0) groups.push([]);
      groups[groups.length - 1]!.push(items[i]!);
      this.left -= weight(items[i]!);
    }
    if (i < items.length) this.cut = true;
    return groups;
  }
}

/** Where a render may hold a budget: a RenderContext (a static page has none, so it shows everything). */
export interface Budgeted {
  budget?: Budget;
}

/**
 * The items of a list the render's budget allows, in groups (one group of all items without a budget). Render them
 * with renderGroups: a list shown in two forms (the processing table and its stacked cards) takes its rows once.
 */
export function takeGroups<T>(ctx: Budgeted, items: readonly T[], weight: (item: T) => number = () => 1): T[][] {
  return ctx.budget ? ctx.budget.take(items, weight) : [items as T[]];
}

/**
 * Each group's items rendered. With a budget, a group renders again only when the generation or the number of its
 * items shown changed: a later chunk of a large notice costs what it adds, not what is already on screen.
 */
export function renderGroups<T>(ctx: Budgeted, groups: T[][], each: (item: T) => unknown): unknown[] {
  const budget = ctx.budget;
  if (!budget) return groups.map((group) => group.map(each));
  return groups.map((group, i) => guard([budget.generation, i, group.length], () => group.map(each)));
}

/** A list's items as far as the budget allows, each rendered by `each`: items.map(each) for a static page. */
export function take<T>(ctx: Budgeted, items: readonly T[], each: (item: T) => unknown, weight?: (item: T) => number): unknown[] {
  return ctx.budget ? renderGroups(ctx, takeGroups(ctx, items, weight), each) : items.map(each);
}

/** A block of the notice that renders once per generation (see Budget.block); just `render()` without a budget. */
export function block(ctx: Budgeted, key: object, render: () => unknown): unknown {
  return ctx.budget ? ctx.budget.block(key, render) : render();
}

/** `make()` once per generation of renders; every time without a budget. */
export function remember<T>(ctx: Budgeted, key: object, make: () => T): T {
  return ctx.budget ? ctx.budget.remember(key, make) : make();
}

/** Takes one unit for a block (a section, a part, a cookie table): false when this render stops before it. */
export function enter(ctx: Budgeted, weight = 1): boolean {
  return ctx.budget ? ctx.budget.enter(weight) : true;
}
