import type { ConsentKind, ConsentSource } from '../consent/types.js';

/** Detail of `privacy-notice-consent-change`: one choice has a new value, or its first value once a policy is shown. */
export interface ConsentChangeDetail {
  id: string;
  kind: ConsentKind;
  granted: boolean;
  source: ConsentSource;
  /** Whether the choice is in this browser's storage (always false for permissions: the OS keeps those). */
  persisted: boolean;
  /** The SHA-256 of the canonical text of the policy shown when the choice was made (`sha256:…`). */
  policyHash: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'privacy-notice-consent-change': CustomEvent<ConsentChangeDetail>;
  }
}

export function consentChangeEvent(detail: ConsentChangeDetail): CustomEvent<ConsentChangeDetail> {
  return new CustomEvent('privacy-notice-consent-change', { detail, bubbles: true, composed: true });
}
