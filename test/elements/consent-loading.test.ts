import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { ConsentSnapshot, PrivacyNoticeElement } from '../../src/index.js';
import { MINIMAL } from '../reader.js';
import { requested } from '../requested.js';

/** Whether the page has asked for the consent code (consent-session.ts and what only it imports). */
const consentLoaded = () => requested(/\/consent-session\.|\/consent\/(storage|record)\./);

describe('A policy without choices needs no consent code', () => {
  it('shows the notice and announces its (empty) choices with the policy hash at once; gives a receipt', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
    const loaded = oneEvent(el, 'privacy-notice-load');
    const ready = oneEvent(el, 'privacy-notice-consent-ready');
    el.policy = { ...MINIMAL, summary: 'We keep little.' };
    await loaded;
    await el.updateComplete;
    const { detail } = (await ready) as CustomEvent<ConsentSnapshot>;
    expect(el.shadowRoot!.textContent).to.contain('We keep little.');
    expect(detail.policyId).to.equal('minimal');
    expect(detail.choices).to.deep.equal([]);
    expect(detail.policyHash).to.match(/^sha256:[0-9a-f]{64}$/);
    expect(detail.persisted).to.equal(true);
    expect(el.getConsent()).to.deep.equal(detail);
    const receipt = el.getConsentReceipt({ principalId: 'reader-1' });
    expect(receipt?.policyHash).to.equal(detail.policyHash);
    expect(receipt?.piiPrincipalId).to.equal('reader-1');
    expect(el.setConsent('marketing', true), 'no such choice').to.equal(false);
    expect(el.shadowRoot!.querySelector('input[role="switch"]')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100)); // nothing loads after the notice either
    expect(consentLoaded(), 'consent code requested').to.equal(false);
    expect(requested(/\/controllers\/stepping\./), 'the stepping code, for a small policy').to.equal(false);
    await expect(el).to.be.accessible();
  });
});
