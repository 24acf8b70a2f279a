import type { ConsentKind } from './types.js';

/**
 * What a switch says under it: how the last change went, or why it is in its state. Templates turn it into words.
 * 'confirmed' (the app confirmed a permission change) is only announced: the switch itself shows the state.
 */
export type ToggleNote =
  | { key: 'saved' | 'savedHere' | 'notSaved' | 'pending' | 'timedOut' | 'gpc' | 'confirmed' }
  | { key: 'failed'; reason: string };

/** One switch as templates see it. */
export interface ToggleView {
  /** On or off; undefined when the app reported it cannot tell (a permission), so no switch is shown. */
  on: boolean | undefined;
  locked: boolean;
  /** A change was asked of the app and it has not answered yet. */
  pending: boolean;
  note?: ToggleNote;
}

/** The consent state and callbacks templates get through the render context; the element owns the state. */
export interface ConsentView {
  /** The switch for a choice, or undefined when there is none (a permission without a bridge, an unknown id). */
  toggle(kind: ConsentKind, id: string): ToggleView | undefined;
  /** Choices were made under an earlier version of the policy and are asked again. */
  outdated: boolean;
  onToggle(kind: ConsentKind, id: string, granted: boolean): void;
  /** Accept all / reject all: every purpose and cookie category that is not locked. */
  onAll(granted: boolean): void;
  /** Keeps the choices as they are now as the reader's own (the "Save my choices" of a changed policy). */
  onConfirm(): void;
}
