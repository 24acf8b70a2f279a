import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/privacy-notice.js';
import type { PrivacyChoicesElement } from '../../src/index.js';
import { click, consentPolicy, mountChoices, setGpc, switchOf, unmountChoices } from '../consent/helpers.js';

describe('<privacy-choices>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    unmountChoices();
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows only the switches of cr-smart-home, under one heading at heading-level', async () => {
    const el = await fixture<PrivacyChoicesElement>(
      html`<privacy-choices heading-level="3" src="/examples/policies/cr-smart-home.json"></privacy-choices>`,
    );
    await oneEvent(el, 'privacy-notice-consent-ready');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('h3, h4')].map((h) => `${h.tagName} ${h.textContent}`)).to.deep.equal([
      'H3 Your privacy choices',
    ]);
    const policy = await (await fetch('/examples/policies/cr-smart-home.json')).json();
    const labels = [...root.querySelectorAll('input[role="switch"]')].map(
      (input) => (input as HTMLInputElement).labels![0]!.textContent,
    );
    expect(labels).to.deep.equal(policy.consentPurposes.map((c: { label: string }) => c.label));
    expect(root.querySelector('table, .permission, .md')).to.equal(null); // no policy text, only the choices
  });

  it('groups cookie categories under their own heading, and fits 320 px with a note under a switch', async () => {
    const restore = setGpc(true);
    try {
      await setViewport({ width: 320, height: 640 });
      const { el } = await mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
      expect([...el.shadowRoot!.querySelectorAll('h2, h3')].map((h) => h.textContent)).to.deep.equal([
        'Your privacy choices',
        'Cookies and similar technologies',
      ]);
      expect(el.shadowRoot!.querySelector('.toggle-note')!.textContent).to.equal(
        "Turned off by your browser's Global Privacy Control",
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('gives the current consents as a Kantara receipt, the reader’s own choices as explicit', async () => {
    const { el } = await mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
    await click(el, switchOf(el, 'purpose', 'newsletter'));
    await click(el, switchOf(el, 'purpose', 'analytics'));
    const receipt = el.getConsentReceipt({ principalId: 'account-7' })!;
    expect(receipt.piiPrincipalId).to.equal('account-7');
    expect(receipt.policyUrl).to.equal(location.href);
    expect(receipt.collectionMethod).to.equal('privacy-notice switches on a web page');
    expect(receipt.consentReceiptID).to.match(/^[0-9a-f-]{36}$/);
    expect(receipt.services[0]!.purposes.map((p) => `${p.purpose}: ${p.consentType}`)).to.deep.equal([
      'Personalised advertising: IMPLICIT',
      'Newsletter: EXPLICIT',
      'Strictly necessary: N/A',
    ]);
    expect(Math.abs(receipt.consentTimestamp - Date.now() / 1000)).to.be.below(60);
  });
});
