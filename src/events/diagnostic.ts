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
    'privacy-notice-diagnostic': CustomEvent<DiagnosticDetail>;
  }
}

export function diagnosticEvent(detail: DiagnosticDetail): CustomEvent<DiagnosticDetail> {
  return new CustomEvent('privacy-notice-diagnostic', { detail, bubbles: true, composed: true });
}
