import type { ConsentSnapshot } from '../consent/types.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** The choices for the shown policy are known; `detail` is what `getConsent()` returns. */
    'privacy-notice-consent-ready': CustomEvent<ConsentSnapshot>;
  }
}

export function consentReadyEvent(detail: ConsentSnapshot): CustomEvent<ConsentSnapshot> {
  return new CustomEvent('privacy-notice-consent-ready', { detail, bubbles: true, composed: true });
}
