import type { ReactiveController } from 'lit';
import type { NormalizedPolicy } from '../model/index.js';
import {
  anchorLimits,
  FIRST_SCREEN,
  itemCount,
  ONE_PASS,
  trimView,
  type BodyView,
  type ScreenView,
  type ViewBuild,
} from '../view/index.js';
import type { ProgressiveHost } from './progressive.js';
import { afterNextPaint, yieldToMain } from './yield.js';

/** What one later render should cost on the main thread: well under the 200 ms of a long task, with room for layout. */
const CHUNK_MS = 40;
const MIN_STEP = 25;

/**
 * Shows a large notice a screen at a time (loaded by progressive.ts before the first large policy is shown; it then
 * also shows the element's later policies, large or not). A policy of more than ONE_PASS items is shown cut short at a limit
 * (trimView): the first render shows the top of it (FIRST_SCREEN items), each later one, in a task of its own, a
 * larger part, until all of it is shown; between them the browser paints and answers input. Every render trims the
 * view of that moment, so it shows one language, one policy and one state of the choices. The controller keeps only
 * the limit and its schedule; `reveal()` raises the limit to a deep link's target and renders once.
 */
export class Stepper implements ReactiveController {
  private limit = FIRST_SCREEN;
  private step = FIRST_SCREEN;
  private policy?: NormalizedPolicy;
  /** The shown policy has more than ONE_PASS items. */
  private large = false;
  /** The last render left something out. */
  private cut = false;
  /** The view of the last render, built as far as it was shown, and where its anchors start (on a deep link). */
  private build?: ViewBuild;
  private limits?: { view: BodyView; of: Map<string, number> };
  private updating = false;
  private started = 0;
  /** Items the limit grew by since the last render: what that render adds. */
  private added = FIRST_SCREEN;
  /** Bumped for each new policy: a step scheduled for an older one does nothing. */
  private run = 0;
  private scheduled = false;
  /** A step came while the element was out of the document: it waits until the element is back. */
  private paused = false;
  private done?: { promise: Promise<void>; resolve: () => void };

  /** Added to a host that may be connected already: lit then calls `hostConnected()` at once. */
  constructor(private readonly host: ProgressiveHost) {
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

  /**
   * What this render shows of a view: all of it, or for a large policy as far as the limit goes (building no more
   * of it than that).
   */
  trim(policy: NormalizedPolicy, build: ViewBuild): ScreenView {
    if (policy !== this.policy) this.restart(policy);
    this.build = build;
    build.grow(this.large ? this.limit : Infinity);
    const screen = build.screen;
    if (!this.large) {
      this.cut = false;
      return screen;
    }
    const { view, cut } = trimView(screen.body, this.limit);
    this.cut = cut || !build.complete;
    return view === screen.body ? screen : { ...screen, body: view };
  }

  /** Settles once the whole notice is shown; undefined when it is. */
  get pending(): Promise<void> | undefined {
    return this.done?.promise;
  }

  /** The policy shown is shown a screen at a time (it has more than ONE_PASS items), until the last step and after. */
  get stepwise(): boolean {
    return this.large;
  }

  hostUpdate(): void {
    this.updating = true;
    this.started = performance.now();
  }

  hostUpdated(): void {
    this.updating = false;
    if (!this.cut) {
      this.done?.resolve();
      this.done = undefined;
      return;
    }
    if (!this.done) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.done = { promise, resolve };
    }
    // Aim the next step at CHUNK_MS from what this render cost per item it added, growing by half at most: the
    // weights are estimates, and the next items may cost more than the last ones did.
    const took = performance.now() - this.started;
    this.step = Math.max(MIN_STEP, Math.min(this.step * 1.5, Math.round((this.added * CHUNK_MS) / Math.max(took, 1))));
    this.added = 0;
    this.schedule(this.limit === FIRST_SCREEN);
  }

  /**
   * Renders at once as far as the anchor with this id, when the view has it but the last render left it out; true
   * when it is rendered now. Synchronous, so focusRight() can answer and move focus at once.
   */
  reveal(id: string): boolean {
    if (!this.cut || !this.build || this.updating) return false;
    this.build.grow(Infinity);
    const whole = this.build.screen.body;
    if (this.limits?.view !== whole) this.limits = { view: whole, of: anchorLimits(whole) };
    const needed = this.limits?.of.get(id);
    if (needed === undefined) return false;
    this.grow(Math.max(0, needed - this.limit));
    return this.host.renderNow();
  }

  private restart(policy: NormalizedPolicy): void {
    this.policy = policy;
    this.large = itemCount(policy) > ONE_PASS;
    this.limit = FIRST_SCREEN;
    this.step = FIRST_SCREEN;
    this.added = FIRST_SCREEN;
    this.cut = false;
    this.limits = undefined;
    this.run++;
    this.scheduled = false;
    this.paused = false;
  }

  private grow(by: number): void {
    this.limit += by;
    this.added += by;
    this.host.requestUpdate();
  }

  /** The next step in a task of its own; after the first, once the first screen is painted. */
  private schedule(first: boolean): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = this.run;
    void (first ? afterNextPaint() : yieldToMain()).then(() => {
      if (run !== this.run) return;
      this.scheduled = false;
      if (!this.host.isConnected)
        this.paused = this.cut; // no work for a notice nobody sees
      else if (this.cut) this.grow(this.step);
    });
  }

  private readonly onBeforePrint = (): void => {
    if (!this.cut || this.updating) return;
    this.grow(Infinity);
    this.host.renderNow();
  };
}
