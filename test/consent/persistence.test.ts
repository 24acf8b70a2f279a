import { expect, waitUntil } from '@open-wc/testing';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { MAX_RECORD_LENGTH } from '../../src/consent/record.js';
import {
  click,
  consentPolicy,
  mountChoices,
  ofType,
  STORAGE_KEY,
  status,
  switchOf,
  unmountChoices,
  wordsOf,
} from './helpers.js';

const notice = (policy: unknown) => mountChoices<PrivacyNoticeElement>('privacy-notice', policy);

describe('consent choices: saving and restoring', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    unmountChoices();
    localStorage.clear();
  });

  it('starts from the policy defaults and says so in its events', async () => {
    const { el, events } = await notice(await consentPolicy());
    await expect(el).to.be.accessible();
    expect(switchOf(el, 'purpose', 'marketing')!.checked).to.equal(true);
    expect(switchOf(el, 'purpose', 'newsletter')!.checked).to.equal(false);
    expect(wordsOf(el, 'purpose', 'newsletter')).to.equal('Newsletter Off');
    expect(ofType(events, 'change')).to.deep.include({
      id: 'newsletter',
      kind: 'purpose',
      granted: false,
      source: 'default',
      persisted: false,
    });
    const [ready] = ofType(events, 'ready');
    expect(ready).to.include({
      policyId: 'acme-home',
      policyVersion: '2.0',
      persisted: true,
      outdated: false,
      gpc: false,
      bridge: null,
    });
    expect(ready.choices.map((c: any) => `${c.kind}:${c.id}`)).to.deep.equal([
      'purpose:marketing',
      'purpose:analytics',
      'purpose:newsletter',
      'cookie-category:necessary',
      'cookie-category:audience',
    ]);
  });

  it('keeps a choice across a reload, and restores it with source "restored"', async () => {
    const policy = await consentPolicy();
    const first = await notice(policy);
    await click(first.el, switchOf(first.el, 'purpose', 'analytics'));
    expect(switchOf(first.el, 'purpose', 'analytics')!.checked).to.equal(false);
    expect(ofType(first.events, 'change').at(-1)).to.deep.equal({
      id: 'analytics',
      kind: 'purpose',
      granted: false,
      source: 'user',
      persisted: true,
    });
    await waitUntil(() => status(first.el) === 'Saved on this device only', 'announced');
    expect(wordsOf(first.el, 'purpose', 'analytics')).to.equal('Usage statistics Off Saved on this device only');
    unmountChoices();

    const second = await notice(policy);
    expect(switchOf(second.el, 'purpose', 'analytics')!.checked).to.equal(false);
    expect(switchOf(second.el, 'purpose', 'marketing')!.checked).to.equal(true);
    expect(ofType(second.events, 'change')).to.deep.include({
      id: 'analytics',
      kind: 'purpose',
      granted: false,
      source: 'restored',
      persisted: true,
    });
    expect(second.el.getConsent()!.choices.find((c) => c.id === 'analytics')).to.include({
      granted: false,
      source: 'restored',
    });
    await expect(second.el).to.be.accessible();
  });

  it('works for the visit when storage throws, and says nothing was saved', async () => {
    const original = { get: Storage.prototype.getItem, set: Storage.prototype.setItem };
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const { el, events } = await notice(await consentPolicy());
      expect(ofType(events, 'diagnostic').map((d) => d.code)).to.deep.equal(['consent-storage-unavailable']);
      expect(ofType(events, 'ready')[0].persisted).to.equal(false);
      await click(el, switchOf(el, 'purpose', 'newsletter'));
      expect(switchOf(el, 'purpose', 'newsletter')!.checked).to.equal(true);
      expect(ofType(events, 'change').at(-1)).to.deep.equal({
        id: 'newsletter',
        kind: 'purpose',
        granted: true,
        source: 'user',
        persisted: false,
      });
      await waitUntil(() => status(el).startsWith('Changed for this visit only'), 'announced');
      expect(el.getConsent()!.persisted).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.getItem = original.get;
      Storage.prototype.setItem = original.set;
    }
  });

  const TAMPERED: Array<[what: string, text: string, code: string]> = [
    ['not JSON', '{"format":1,', 'consent-record-invalid'],
    ['a list', '[true]', 'consent-record-invalid'],
    [
      'a choice that is not a boolean',
      JSON.stringify({
        format: 1,
        policyId: 'acme-home',
        policyVersion: '2.0',
        savedAt: 1,
        choices: [{ id: 'analytics', kind: 'purpose', granted: 'no', at: 1 }],
      }),
      'consent-record-invalid',
    ],
    [
      'a choice the policy does not offer',
      JSON.stringify({
        format: 1,
        policyId: 'acme-home',
        policyVersion: '2.0',
        savedAt: 1,
        choices: [{ id: 'necessary', kind: 'purpose', granted: false, at: 1 }],
      }),
      'consent-record-invalid',
    ],
    [
      'another policy',
      JSON.stringify({ format: 1, policyId: 'other', policyVersion: '2.0', savedAt: 1, choices: [] }),
      'consent-record-invalid',
    ],
    ['the old format', JSON.stringify({ analytics: false }), 'consent-record-old-format'],
    ['oversized', JSON.stringify({ format: 1, padding: 'x'.repeat(MAX_RECORD_LENGTH) }), 'consent-record-oversized'],
  ];
  for (const [what, text, code] of TAMPERED) {
    it(`discards a stored record that is ${what}, with a diagnostic, and shows the defaults`, async () => {
      localStorage.setItem(STORAGE_KEY, text);
      const { el, events } = await notice(await consentPolicy());
      const diagnostics = ofType(events, 'diagnostic');
      expect(diagnostics.map((d) => d.code)).to.deep.equal([code]);
      expect(diagnostics[0].message).to.contain('acme-home');
      expect(ofType(events, 'error')).to.have.length(0);
      expect(switchOf(el, 'purpose', 'analytics')!.checked).to.equal(true);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });
  }

  it('marks choices made under an earlier policy version as outdated and asks again', async () => {
    const first = await notice(await consentPolicy());
    await click(first.el, switchOf(first.el, 'purpose', 'analytics'));
    unmountChoices();

    const { el, events } = await notice(await consentPolicy({ version: '2.1' }));
    const outdated = el.shadowRoot!.querySelector('[part~="outdated"]') as HTMLElement;
    expect(outdated.innerText).to.equal('This policy has changed since you last chose. Please review your choices.');
    expect(switchOf(el, 'purpose', 'analytics')!.checked).to.equal(true); // back to the default, not the old "off"
    expect(ofType(events, 'ready')[0]).to.include({ outdated: true, policyVersion: '2.1' });
    await expect(el).to.be.accessible();

    const save = [...el.shadowRoot!.querySelectorAll('.choice-actions button')].find(
      (b) => b.textContent === 'Save my choices',
    ) as HTMLButtonElement;
    save.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="outdated"]')).to.equal(null);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.include({ policyVersion: '2.1' });
  });

  it('accepts all and rejects all, leaving the strictly necessary category on', async () => {
    const { el } = await notice(await consentPolicy());
    const buttons = [...el.shadowRoot!.querySelectorAll('.choice-actions button')] as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Accept all', 'Reject all']);
    buttons[1]!.click();
    await el.updateComplete;
    expect(el.getConsent()!.choices.map((c) => `${c.id}=${c.granted}`)).to.deep.equal([
      'marketing=false',
      'analytics=false',
      'newsletter=false',
      'necessary=true',
      'audience=false',
    ]);
    buttons[0]!.click();
    await el.updateComplete;
    expect(['marketing', 'analytics', 'newsletter'].map((id) => switchOf(el, 'purpose', id)!.checked)).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(switchOf(el, 'cookie-category', 'audience')!.checked).to.equal(true);
  });

  it('takes choices from the page through setConsent(), refusing unknown and locked ones', async () => {
    const { el, events } = await notice(await consentPolicy());
    expect(el.setConsent('marketing', false)).to.equal(true);
    await el.updateComplete;
    expect(switchOf(el, 'purpose', 'marketing')!.checked).to.equal(false);
    expect(ofType(events, 'change').at(-1)).to.include({ id: 'marketing', granted: false, source: 'user' });
    expect(el.setConsent('necessary', false, 'cookie-category')).to.equal(false);
    expect(el.setConsent('nonexistent', true)).to.equal(false);
    expect(el.setConsent('camera', true, 'permission')).to.equal(false); // no app to ask
  });
});
