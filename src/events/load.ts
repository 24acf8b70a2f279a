import type { NormalizedPolicy, PolicyProblem } from '../model/index.js';

/** Detail of `privacy-notice-load`: a policy was validated and is now shown. */
export interface PolicyLoadDetail {
  policy: NormalizedPolicy;
  /** Problems that did not stop the policy from rendering. */
  warnings: PolicyProblem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'privacy-notice-load': CustomEvent<PolicyLoadDetail>;
  }
}

export function loadEvent(detail: PolicyLoadDetail): CustomEvent<PolicyLoadDetail> {
  return new CustomEvent('privacy-notice-load', { detail, bubbles: true, composed: true });
}
