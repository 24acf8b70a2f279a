// The library's public API without side effects: importing this registers no element.
export * from './model/index.js';
export { PrivacyNoticeElement } from './elements/privacy-notice/privacy-notice.component.js';
export { define } from './define.js';
export type { PolicyLoadDetail, PolicyErrorDetail } from './events/events.js';
export { fetchPolicy, type FetchResult } from './load/fetch-policy.js';
