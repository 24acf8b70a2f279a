// Type-checked (not run) by test/e2e/framework-types.test.ts against src/vue.ts: the props a Vue template gives
// each element, as vue-tsc sees them through GlobalComponents, and the mistakes marked @ts-expect-error.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/vue.js';
import type { PrivacyPolicyDocument } from '../../src/index.js';

declare const policy: PrivacyPolicyDocument;
type PropsOf<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const notice: PropsOf<'privacy-notice'> = {
  policy,
  'heading-level': 2,
  'consent-key': 'shop-a',
  onPrivacyNoticeLoad: (event) => console.log(event.detail.policy.id),
  onPrivacyNoticeConsentChange: (event) => console.log(event.detail.granted),
};
export const rights: PropsOf<'privacy-rights'> = { src: '/privacy.json', 'heading-level': '3' };

// @ts-expect-error a policy is a document, not a string
export const wrongPolicy: PropsOf<'privacy-notice'> = { policy: '/privacy.json' };
// @ts-expect-error headings go from 1 to 6
export const wrongLevel: PropsOf<'privacy-choices'> = { 'heading-level': 7 };
// @ts-expect-error privacy-rights has no consent switches
export const noConsent: PropsOf<'privacy-rights'> = { 'consent-key': 'shop-a' };
export const wrongDetail: PropsOf<'privacy-notice'> = {
  // @ts-expect-error the load event's detail has no choices
  onPrivacyNoticeLoad: (event) => event.detail.choices,
};
