import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { consentPolicy, mountChoices, ofType, setGpc, status, switchOf, unmountChoices, wordsOf } from './helpers.js';

const notice = (policy: unknown) => mountChoices<PrivacyNoticeElement>('privacy-notice', policy);

describe('consent switches: how readers use them', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    unmountChoices();
    localStorage.clear();
  });

  it('are native switches named by their visible label, at least 24x24 px', async () => {
    const { el } = await notice(await consentPolicy());
    await expect(el).to.be.accessible();
    const inputs = [...el.shadowRoot!.querySelectorAll('input[role="switch"]')] as HTMLInputElement[];
    expect(inputs).to.have.length(5); // three purposes, two cookie categories; no permissions without an app
    for (const input of inputs) {
      expect(input.type).to.equal('checkbox');
      expect(input.labels![0]!.offsetHeight, input.id).to.be.greaterThan(0);
      const box = input.getBoundingClientRect();
      expect(box.width, input.id).to.be.at.least(24);
      expect(box.height, input.id).to.be.at.least(24);
    }
    expect(switchOf(el, 'purpose', 'marketing')!.labels![0]!.textContent).to.equal('Personalised advertising');
  });

  it('toggle with Space and Enter from the keyboard, with a visible focus ring', async () => {
    const { el, events } = await notice(await consentPolicy());
    const input = switchOf(el, 'purpose', 'newsletter')!;
    input.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(input.checked).to.equal(true);
    expect(ofType(events, 'change').at(-1)).to.include({ id: 'newsletter', granted: true, source: 'user' });
    expect(getComputedStyle(input).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.checked).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await waitUntil(() => status(el) === 'Saved on this device only', 'announced in the status region');
  });

  it('show a strictly necessary category on and locked, and say it is always on', async () => {
    const { el } = await notice(await consentPolicy());
    const input = switchOf(el, 'cookie-category', 'necessary')!;
    expect(input.checked).to.equal(true);
    expect(input.disabled).to.equal(true);
    expect(wordsOf(el, 'cookie-category', 'necessary')).to.equal('Strictly necessary Always on');
    const description = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('Always on');
    input.click();
    await el.updateComplete;
    expect(input.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('with Global Privacy Control', () => {
    let restore: () => void;
    afterEach(() => restore());

    it('turns off purposes for sale, sharing or targeted advertising, and says why', async () => {
      restore = setGpc(true);
      const { el, events } = await notice(await consentPolicy());
      expect(switchOf(el, 'purpose', 'marketing')!.checked).to.equal(false);
      expect(wordsOf(el, 'purpose', 'marketing')).to.equal(
        "Personalised advertising Off Turned off by your browser's Global Privacy Control",
      );
      expect(switchOf(el, 'purpose', 'analytics')!.checked).to.equal(true); // analytics is not sale or sharing
      expect(ofType(events, 'change')).to.deep.include({
        id: 'marketing',
        kind: 'purpose',
        granted: false,
        source: 'gpc',
        persisted: false,
      });
      expect(ofType(events, 'ready')[0].gpc).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('turns off marketing and social-media cookie categories that are on by default, and says why', async () => {
      restore = setGpc(true);
      const doc = await consentPolicy();
      doc.cookies.categories.push(
        { id: 'ads', kind: 'marketing', label: 'Advertising', default: true },
        { id: 'social', kind: 'social-media', label: 'Social media', default: true },
        { id: 'prefs', kind: 'preferences', label: 'Preferences', default: true },
      );
      const { el, events } = await notice(doc);
      expect(switchOf(el, 'cookie-category', 'ads')!.checked).to.equal(false);
      expect(switchOf(el, 'cookie-category', 'social')!.checked).to.equal(false);
      expect(switchOf(el, 'cookie-category', 'prefs')!.checked).to.equal(true);
      expect(wordsOf(el, 'cookie-category', 'ads')).to.contain('Global Privacy Control');
      expect(ofType(events, 'change')).to.deep.include({
        id: 'ads',
        kind: 'cookie-category',
        granted: false,
        source: 'gpc',
        persisted: false,
      });
      await expect(el).to.be.accessible();
    });

    it('lets the reader’s own choice win, and keeps it on the next visit', async () => {
      restore = setGpc(true);
      const policy = await consentPolicy();
      const first = await notice(policy);
      switchOf(first.el, 'purpose', 'marketing')!.click();
      await first.el.updateComplete;
      expect(ofType(first.events, 'change').at(-1)).to.include({ id: 'marketing', granted: true, source: 'user' });
      expect(wordsOf(first.el, 'purpose', 'marketing')).to.not.contain('Global Privacy Control');
      unmountChoices();
      const second = await notice(policy);
      expect(switchOf(second.el, 'purpose', 'marketing')!.checked).to.equal(true);
      expect(ofType(second.events, 'change')).to.deep.include({
        id: 'marketing',
        kind: 'purpose',
        granted: true,
        source: 'restored',
        persisted: true,
      });
    });

    it('changes nothing when the browser does not send it', async () => {
      restore = setGpc(false);
      const { el } = await notice(await consentPolicy());
      expect(switchOf(el, 'purpose', 'marketing')!.checked).to.equal(true);
      expect(wordsOf(el, 'purpose', 'marketing')).to.equal('Personalised advertising On');
    });
  });
});
