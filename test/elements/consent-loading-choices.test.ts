import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';

import { requested } from '../requested.js';

/** Whether the page has asked for the consent code (consent-session.ts). */
const consentLoaded = () => requested(/\/consent-session\./);

// A page of its own: the consent code must not have been loaded by an earlier test.
describe('The consent code of a policy with choices loads before the notice is shown', () => {
  it('shows the switches in the same render as the notice, with the choices known', async () => {
    expect(consentLoaded(), 'consent code loaded before any policy').to.equal(false);
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
    const loaded = oneEvent(el, 'privacy-notice-load');
    el.src = '/test/fixtures/valid/consent.json';
    await loaded;
    // The load event says the policy is shown: its consent code is there, and the first render draws the switches.
    expect(consentLoaded(), 'consent code requested before the notice was shown').to.equal(true);
    await el.updateComplete;
    const switches = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches.map((s) => s.id)).to.include.members([
      'switch-purpose-marketing',
      'switch-purpose-newsletter',
      'switch-cookie-category-audience',
    ]);
    expect(el.getConsent()?.choices.find((c) => c.id === 'marketing')?.granted).to.equal(true);
    expect(el.setConsent('marketing', false)).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#switch-purpose-marketing')?.checked).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
