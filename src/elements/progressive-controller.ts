import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Budget, Generation } from '../render/budget.js';
import { FIRST_SCREEN, itemCount, ONE_PASS } from '../render/weights.js';
import type { RenderContext } from '../render/context.js';
import { afterNextPaint, yieldToMain } from './yield.js';

/** What one later render should cost on the main thread: well under the 200 ms of a long task, with room for layout. */
const CHUNK_MS = 40;
const MIN_STEP = 25;

/**
 * Shows a large notice a screen at a time: the first render of a policy shows the top of it (FIRST_SCREEN items),
 * each later render, in a task of its own, shows more, until all of it is shown. Between renders the browser paints
 * and answers input. Only the limit grows between those renders; anything else (a language, a choice, an attribute)
 * starts a new generation, so every render shows one consistent state and never mixes an old language or policy
 * with a new one. `reveal()` renders at once as far as a target (deep links, print).
 */
export class ProgressiveRender implements ReactiveController {
  private limit = FIRST_SCREEN;
  private step = FIRST_SCREEN;
  private shown?: RenderContext;
  /** The shown policy has more than ONE_PASS items. */
  private large = false;
  private stale = true;
  private generation = new Generation();
  private stepping = false;
  private budget?: Budget;
  private cut = false;
  private started = 0;
  /** Items the limit grew by since the last render: what the render adds when the generation is the same. */
  private added = 0;
  /** Bumped for each new policy: a chunk scheduled for an older one does nothing. */
  private run = 0;
  private scheduled = false;
  /** A step came while the element was out of the document: it waits until the element is back. */
  private paused = false;
  private done?: { promise: Promise<void>; resolve: () => void };

  /** `flush` performs the host's pending update now (lit's performUpdate) and says so; false inside an update. */
  constructor(private readonly host: ReactiveControllerHost & Element, private readonly flush: () => boolean) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    if (this.paused) {
      this.paused = false;
      this.schedule(false);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
  }

  /** Call on every update request: all but the growing limit start a new generation. */
  invalidate(): void {
    if (!this.stepping) this.stale = true;
  }

  /**
   * The context of this render with its budget: the same context as the render before when only the limit grew
   * (so it keeps collecting fallback languages), else a new one from `make`. A new policy starts at the top again.
   */
  context(make: () => RenderContext | undefined): RenderContext | undefined {
    if (this.stale || !this.shown) {
      const next = make();
      if (next?.policy !== this.shown?.policy) this.restart(next && itemCount(next.policy) > ONE_PASS);
      this.shown = next;
      this.generation = new Generation();
      this.stale = false;
      this.added = 0; // a new generation renders all it shows
    }
    if (!this.shown || !this.large) return this.shown;
    this.budget = new Budget(this.limit, this.generation);
    return { ...this.shown, budget: this.budget };
  }

  /** Settles once the whole notice is shown; undefined when it is. */
  get pending(): Promise<void> | undefined {
    return this.done?.promise;
  }

  /** True when some of the policy is not rendered yet. */
  get partial(): boolean {
    return this.cut;
  }

  /** The policy shown is shown a screen at a time (it has more than ONE_PASS items), until the last step and after. */
  get stepwise(): boolean {
    return this.large;
  }

  hostUpdate(): void {
    this.started = performance.now();
  }

  hostUpdated(): void {
    const budget = this.budget;
    this.budget = undefined;
    this.cut = budget?.cut ?? false; // without a budget, the render showed all there is
    if (!budget || !this.cut) {
      this.done?.resolve();
      this.done = undefined;
      return;
    }
    const took = performance.now() - this.started;
    const added = this.added || budget.limit; // a new generation rendered all it shows
    this.added = 0;
    if (!this.done) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.done = { promise, resolve };
    }
    // Aim the next step at CHUNK_MS from what this render cost per item it added, growing by half at most: the
    // weights are estimates, and the next items may cost more than the last ones did.
    this.step = Math.max(MIN_STEP, Math.min(this.step * 1.5, Math.round((added * CHUNK_MS) / Math.max(took, 1))));
    this.schedule(budget.limit === FIRST_SCREEN);
  }

  /**
   * Renders at once until `found()` holds or everything is shown (for a deep link to a part not shown yet, or
   * print); true when found. Synchronous, so focusRight() can answer and move focus at once.
   */
  reveal(found: () => boolean): boolean {
    while (!found()) {
      if (!this.cut || !this.shown) return false;
      this.grow(Math.max(this.limit, FIRST_SCREEN));
      if (!this.flush()) return false; // inside an update: it renders with the new limit when it is done
    }
    return true;
  }

  private restart(large = false): void {
    this.large = large;
    this.limit = FIRST_SCREEN;
    this.step = FIRST_SCREEN;
    this.cut = false;
    this.run++;
    this.scheduled = false;
    this.paused = false;
  }

  private grow(by: number): void {
    this.limit += by;
    this.added += by;
    this.stepping = true;
    try {
      this.host.requestUpdate();
    } finally {
      this.stepping = false;
    }
  }

  /** The next chunk in a task of its own; after the first, once the first screen is painted. */
  private schedule(first: boolean): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = this.run;
    void (first ? afterNextPaint() : yieldToMain()).then(() => {
      if (run !== this.run) return;
      this.scheduled = false;
      if (!this.host.isConnected) this.paused = this.cut; // no work for a notice nobody sees
      else if (this.cut) this.grow(this.step);
    });
  }

  private readonly onBeforePrint = (): void => {
    this.reveal(() => false);
  };
}
