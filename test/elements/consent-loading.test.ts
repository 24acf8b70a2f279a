import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { ConsentSnapshot, PrivacyNoticeElement } from '../../src/index.js';
import { MINIMAL } from '../reader.js';
import { requested } from '../requested.js';

/** Whether the page has asked for the consent code (consent-session.ts and what only it imports). */
const consentLoaded = () => requested(/\/consent-session\.|\/consent\/(receipt|storage)\./);

describe('The consent code of a policy without choices loads after the notice is shown', () => {
  it('shows the notice without it, then announces the (empty) choices with the policy hash, and gives a receipt', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
    const loaded = oneEvent(el, 'privacy-notice-load');
    const ready = oneEvent(el, 'privacy-notice-consent-ready');
    el.policy = { ...MINIMAL, summary: 'We keep little.' };
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('We keep little.');
    expect(consentLoaded(), 'consent code requested before the notice was shown').to.equal(false);
    expect(el.getConsent(), 'choices before they are known').to.equal(null);
    expect(el.getConsentReceipt()).to.equal(null);
    expect(el.setConsent('marketing', true)).to.equal(false);
    expect(requested(/\/controllers\/stepping\./), 'the stepping code, for a small policy').to.equal(false);
    await expect(el).to.be.accessible();

    const { detail } = (await ready) as CustomEvent<ConsentSnapshot>;
    expect(consentLoaded(), 'consent code requested for the consent-ready event').to.equal(true);
    expect(detail.policyId).to.equal('minimal');
    expect(detail.choices).to.deep.equal([]);
    expect(detail.policyHash).to.match(/^sha256:[0-9a-f]{64}$/);
    expect(el.getConsent()).to.deep.equal(detail);
    expect(el.getConsentReceipt()?.policyHash).to.equal(detail.policyHash);
    expect(el.shadowRoot!.querySelector('input[role="switch"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
