import type { PolicyProblem } from '../model/index.js';

/** Detail of `privacy-notice-error`: a policy could not be shown; a policy shown before stays shown. */
export interface PolicyErrorDetail {
  /** What was wrong, each with a JSON Pointer into the policy ('' when the policy as a whole is at fault). */
  errors: PolicyProblem[];
  /** Whether trying again may help (network errors, timeouts, server errors). */
  retryable: boolean;
  /** The `src` that failed, when it came from a URL. */
  src?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'privacy-notice-error': CustomEvent<PolicyErrorDetail>;
  }
}

export function errorEvent(detail: PolicyErrorDetail): CustomEvent<PolicyErrorDetail> {
  return new CustomEvent('privacy-notice-error', { detail, bubbles: true, composed: true });
}
