import type { ReactiveControllerHost } from 'lit';
import type { NormalizedPolicy } from '../model/index.js';
import { itemCount, ONE_PASS, type ScreenView, type ViewBuild } from '../view/index.js';
import type { Stepper } from './stepping.js';

/** What the controller needs from its element: a way to render at once (for a deep link, or print). */
export interface ProgressiveHost extends ReactiveControllerHost, Element {
  /** Performs an update now; false when it cannot (inside an update). */
  renderNow(): boolean;
}

/**
 * Shows a policy whole, or a large one (more than ONE_PASS items) a screen at a time: the code that steps through a
 * large notice (stepping.ts) loads before the first large policy is shown, and most policies never need it. Offline
 * (it could not be loaded), a large policy is shown whole in one render.
 */
export class ProgressiveController {
  private stepper?: Stepper;
  private loading?: Promise<unknown>;

  /** `stepwiseLarge` false: every policy is shown whole at once (a pre-rendered notice, already all in the page). */
  constructor(
    private readonly host: ProgressiveHost,
    private readonly stepwiseLarge = true,
  ) {}

  /** What must load before `policy` is shown: the stepping, for the first large policy. */
  beforeShow(policy: NormalizedPolicy): Promise<unknown> | undefined {
    if (this.stepper || !this.stepwiseLarge || itemCount(policy) <= ONE_PASS) return undefined;
    this.loading ??= import('./stepping.js').then(
      ({ Stepper }) => (this.stepper = new Stepper(this.host)),
      () => (this.loading = undefined), // shown whole; the next large policy tries again
    );
    return this.loading;
  }

  /** What this render shows of a view: all of it, or for a large policy as far as the stepping has come. */
  trim(policy: NormalizedPolicy, build: ViewBuild): ScreenView {
    if (this.stepper) return this.stepper.trim(policy, build);
    build.grow(Infinity);
    return build.screen;
  }

  /** Settles once the whole notice is shown; undefined when it is. */
  get pending(): Promise<void> | undefined {
    return this.stepper?.pending;
  }

  /** The policy shown is shown a screen at a time, until the last step and after. */
  get stepwise(): boolean {
    return this.stepper?.stepwise ?? false;
  }

  /** Renders at once as far as the anchor with this id, when the last render left it out; true when it is rendered now. */
  reveal(id: string): boolean {
    return this.stepper?.reveal(id) ?? false;
  }
}
