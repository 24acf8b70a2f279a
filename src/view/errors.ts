import type { Ui } from '../i18n/ui.js';
import type { PolicyProblem } from '../model/index.js';
import type { Dir } from './types.js';

/** A piece of a developer message: plain text, or a field name or value the message quotes (`like this`). */
export interface MessagePiece {
  text: string;
  code?: true;
}

/**
 * The panel of a policy that could not be shown. A reader gets what happened and what they can do, in their
 * language; what is wrong in the document (English, written for the site's developers) waits behind a collapsed
 * disclosure, as in the `privacy-notice-error` event and the console.
 */
export interface ErrorsView {
  lang: string;
  dir: Dir;
  title: string;
  advice: string;
  /** The Try again button's label, when trying again can help. */
  retry?: string;
  details: {
    summary: string;
    /** The messages are written in English, and say so with their own `lang`. */
    errors: Array<{ message: MessagePiece[]; where?: string }>;
    more?: string;
  };
}

/** At most this many errors are listed; the panel says how many more there are. */
const SHOWN = 20;

/** A developer message with its `quoted` names apart, so they read as code rather than as stray backticks. */
export function messagePieces(message: string): MessagePiece[] {
  return message
    .split(/(`[^`\n]+`)/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^`[^`]+`$/.test(piece) ? { text: piece.slice(1, -1), code: true } : { text: piece }));
}

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
    advice: ui.t('errors.advice'),
    ...(options.retryable ? { retry: ui.t('errors.retry') } : {}),
    details: {
      summary: ui.t('errors.details'),
      errors: errors.slice(0, SHOWN).map((e) => ({
        message: messagePieces(e.message),
        ...(e.pointer ? { where: ui.t('errors.where', { pointer: e.pointer }) } : {}),
      })),
      ...(errors.length > SHOWN ? { more: ui.t('errors.more', { count: errors.length - SHOWN }) } : {}),
    },
  };
}
