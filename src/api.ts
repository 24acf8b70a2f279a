// The public API of the elements, events, consent, bridge, loading and UI strings, and the model's quick parse and
// validate (quick.ts): all of it but the eager validatePolicy/parsePolicyText, which index.ts adds for bundlers and
// node. The script-tag bundle exports this, so what it downloads up front is what showing a good policy needs.
export * from './model/public.js';
export { parsePolicyTextSoon, validatePolicySoon, type Soon } from './model/quick.js';
export { PrivacyNoticeElement } from './elements/privacy-notice/privacy-notice.component.js';
export { PrivacyRightsElement } from './elements/privacy-rights/privacy-rights.component.js';
export { PrivacySummaryElement } from './elements/privacy-summary/privacy-summary.component.js';
export { PrivacyCookiesElement } from './elements/privacy-cookies/privacy-cookies.component.js';
export { PrivacyPermissionsElement } from './elements/privacy-permissions/privacy-permissions.component.js';
export { PolicyElement } from './elements/policy-element.js';
// Consent: the switches' element, state, events, receipts and the native-app bridge protocol.
export { PrivacyChoicesElement } from './elements/privacy-choices/privacy-choices.component.js';
export { ConsentElement, type ConsentReceiptOptions } from './elements/consent-element.js';
export type { ConsentChoice, ConsentKind, ConsentSnapshot, ConsentSource } from './consent/types.js';
export type { ConsentReceipt, ReceiptPurpose } from './consent/receipt.js';
export type { ConsentChangeDetail } from './events/consent-change.js';
export type { DiagnosticDetail } from './events/diagnostic.js';
export { BRIDGE, BRIDGE_VERSION, type AppMessage, type PageMessage, type PermissionState } from './bridge/protocol.js';
export type { PrivacyNoticeBridgeApi } from './bridge/hub.js';
export { define } from './define.js';
export type { PolicyLoadDetail } from './events/load.js';
export type { LoadOutcome, LoadStatus } from './controllers/policy.js';
export type { PolicyErrorDetail } from './events/error.js';
export { fetchPolicy, type FetchResult } from './load/fetch-policy.js';
export {
  createUi,
  loadUi,
  directionOf,
  loadLocale,
  registerLocale,
  uiLanguages,
  uiLocaleFor,
  type Ui,
  type UiKey,
  type UiOptions,
} from './i18n/ui.js';
export type { LocaleResource } from './i18n/locales/en.js';
