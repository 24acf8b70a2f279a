import type { ConsentKind } from '../consent/types.js';

/**
 * What the controls of a notice do, owned by the element that shows it; templates bind them where the markup is.
 * Static HTML has no behaviour: its view has no controls that would call these.
 */
export interface NoticeActions {
  /** A switch was flipped. */
  toggle(kind: ConsentKind, id: string, on: boolean): void;
  /** Accept all (true) or reject all (false). */
  all(on: boolean): void;
  /** Keep the choices shown as the reader's own (after a policy change). */
  confirm(): void;
  /** Copy the link to an anchor. */
  copyLink(anchor: string): void;
  /** The reader chose a language. */
  language(tag: string): void;
  /** Try loading the policy again. */
  retry(): void;
  /** Hide the summary of what changed. */
  hideChanges(): void;
}

/** Actions for output no script will run in. */
export const NO_ACTIONS: NoticeActions = {
  toggle: () => undefined,
  all: () => undefined,
  confirm: () => undefined,
  copyLink: () => undefined,
  language: () => undefined,
  retry: () => undefined,
  hideChanges: () => undefined,
};
