// The notice of each reference policy, alone on the page: for browser tests that walk all five.
import { fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';

export const REFERENCE_POLICIES = ['cr-smart-home', 'd-home-smaart', 'smartbt', 'smarti', 'softathome'];

/** A loaded `<privacy-notice>` of `examples/policies/NAME.json`, the earlier fixtures removed. */
export async function referenceNotice(name: string): Promise<PrivacyNoticeElement> {
  fixtureCleanup();
  const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
  const loaded = oneEvent(el, 'privacy-notice-load');
  el.src = `/examples/policies/${name}.json`;
  await loaded;
  await el.updateComplete;
  return el;
}
