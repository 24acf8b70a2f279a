import type { Ui } from '../i18n/ui.js';
import type { PolicyProblem } from '../model/index.js';
import type { Dir } from './types.js';

/** The error panel: what is wrong and where, in the reader's language around the (English) messages. */
export interface ErrorsView {
  lang: string;
  dir: Dir;
  title: string;
  /** The messages are written in English, and say so with their own `lang`. */
  errors: Array<{ message: string; where?: string }>;
  more?: string;
  /** The Try again button's label, when trying again can help. */
  retry?: string;
}

/** At most this many errors are listed; the panel says how many more there are. */
const SHOWN = 20;

/** The panel for a policy that could not be shown (or updated, when `updating`); none without errors. */
export function buildErrors(
  errors: readonly PolicyProblem[],
  ui: Ui,
  options: { retryable: boolean; updating: boolean },
): ErrorsView | undefined {
  if (errors.length === 0) return undefined;
  return {
    lang: ui.lang,
    dir: ui.dir,
    title: ui.t(options.updating ? 'errors.titleUpdate' : 'errors.title'),
    errors: errors.slice(0, SHOWN).map((e) => ({
      message: e.message,
      ...(e.pointer ? { where: ui.t('errors.where', { pointer: e.pointer }) } : {}),
    })),
    ...(errors.length > SHOWN ? { more: ui.t('errors.more', { count: errors.length - SHOWN }) } : {}),
    ...(options.retryable ? { retry: ui.t('errors.retry') } : {}),
  };
}
