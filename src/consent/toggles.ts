import type { ConsentKind } from './types.js';

/**
 * What a switch says under it: how the last change went, or why it is in its state. The view puts it into words.
 * 'confirmed' (the app confirmed a permission change) is only announced: the switch itself shows the state.
 */
export type ToggleNote =
  | { key: 'saved' | 'savedHere' | 'notSaved' | 'pending' | 'timedOut' | 'gpc' | 'confirmed' }
  | { key: 'failed'; reason: string };

/** What Accept all / Reject all did: the choices it turned on (or off), and how saving went. */
export interface BulkChange {
  granted: boolean;
  changed: Array<{ kind: ConsentKind; id: string }>;
  saved: 'saved' | 'savedHere' | 'notSaved';
}

/** One switch's state. */
export interface ToggleState {
  /** On or off; undefined when the app reported it cannot tell (a permission), so no switch is shown. */
  on: boolean | undefined;
  locked: boolean;
  /** A change was asked of the app and it has not answered yet. */
  pending: boolean;
  note?: ToggleNote;
}

/** The reader's choices as the view reads them: plain state, no behaviour. */
export interface ChoiceState {
  /** The switch for a choice, or undefined when there is none (a permission without a bridge, an unknown id). */
  toggle(kind: ConsentKind, id: string): ToggleState | undefined;
  /** Choices were made under an earlier version of the policy and are asked again. */
  outdated: boolean;
}
