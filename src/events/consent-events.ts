import type { ConsentKind, ConsentSnapshot, ConsentSource } from '../consent/types.js';

/** Detail of `privacy-notice-consent-change`: one choice has a new value, or its first value once a policy is shown. */
export interface ConsentChangeDetail {
  id: string;
  kind: ConsentKind;
  granted: boolean;
  source: ConsentSource;
  /** Whether the choice is in this browser's storage (always false for permissions: the OS keeps those). */
  persisted: boolean;
}

/**
 * Detail of `privacy-notice-diagnostic`: something was ignored so the notice could go on (a bad stored record, a
 * malformed bridge message, a UI string missing from a locale).
 */
export interface DiagnosticDetail {
  /**
   * e.g. 'consent-record-invalid', 'consent-storage-unavailable', 'bridge-malformed', 'bridge-unsolicited';
   * for UI strings 'missing-translation' (English shown), 'missing-key' (a readable label shown) and
   * 'locale-load-failed' (the whole UI in English).
   */
  code: string;
  message: string;
  /** The UI string concerned ('rights.howTo'), for the UI-string codes. */
  key?: string;
  /** The UI locale concerned ('fr'), for the UI-string codes. */
  lang?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'privacy-notice-consent-change': CustomEvent<ConsentChangeDetail>;
    'privacy-notice-consent-ready': CustomEvent<ConsentSnapshot>;
    'privacy-notice-diagnostic': CustomEvent<DiagnosticDetail>;
  }
}

type ConsentEventMap = {
  'privacy-notice-consent-change': ConsentChangeDetail;
  'privacy-notice-consent-ready': ConsentSnapshot;
  'privacy-notice-diagnostic': DiagnosticDetail;
};

export function consentEvent<K extends keyof ConsentEventMap>(type: K, detail: ConsentEventMap[K]): CustomEvent<ConsentEventMap[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
