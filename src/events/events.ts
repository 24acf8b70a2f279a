import type { NormalizedPolicy, PolicyProblem } from '../model/index.js';

/** Detail of `privacy-notice-load`: a policy was validated and is now shown. */
export interface PolicyLoadDetail {
  policy: NormalizedPolicy;
  /** Problems that did not stop the policy from rendering. */
  warnings: PolicyProblem[];
}

/** Detail of `privacy-notice-error`: a policy could not be shown; a policy shown before stays shown. */
export interface PolicyErrorDetail {
  /** What was wrong, each with a JSON Pointer into the policy ('' when the policy as a whole is at fault). */
  errors: PolicyProblem[];
  /** Whether trying again may help (network errors, timeouts, server errors). */
  retryable: boolean;
  /** The `src` that failed, when it came from a URL. */
  src?: string;
}

/**
 * Detail of `privacy-notice-diagnostic`: something the reader does not see as a failure, but a developer should fix.
 * - `missing-translation`: the UI locale lacks a string; the English one is shown (marked `lang="en"`).
 * - `missing-key`: no locale has the string (a policy value newer than this library); a readable label is shown.
 * - `locale-load-failed`: the strings of a UI locale could not be loaded; the UI is shown in English.
 */
export interface PolicyDiagnosticDetail {
  kind: 'missing-translation' | 'missing-key' | 'locale-load-failed';
  /** The UI string key ('rights.howTo'); '' for a locale that failed to load. */
  key: string;
  /** The UI locale concerned ('fr'). */
  lang: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'privacy-notice-load': CustomEvent<PolicyLoadDetail>;
    'privacy-notice-error': CustomEvent<PolicyErrorDetail>;
    'privacy-notice-diagnostic': CustomEvent<PolicyDiagnosticDetail>;
  }
}

export function loadEvent(detail: PolicyLoadDetail): CustomEvent<PolicyLoadDetail> {
  return new CustomEvent('privacy-notice-load', { detail, bubbles: true, composed: true });
}

export function errorEvent(detail: PolicyErrorDetail): CustomEvent<PolicyErrorDetail> {
  return new CustomEvent('privacy-notice-error', { detail, bubbles: true, composed: true });
}

export function diagnosticEvent(detail: PolicyDiagnosticDetail): CustomEvent<PolicyDiagnosticDetail> {
  return new CustomEvent('privacy-notice-diagnostic', { detail, bubbles: true, composed: true });
}
