// Issue 15, end to end in Chromium: a reader consents under version 1 of a shop's policy. Version 2 changes only
// words and a contact address: the notice says what changed (axe-clean, hideable, the hiding remembered) and the
// reader's choice is kept. Version 3 adds an advertising cookie: the reader is asked again, and told why.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { PrivacyChoicesElement, PrivacyNoticeElement } from '../../src/index.js';

const V = (n: number) => `/test/fixtures/changes/shop-v${n}.json`;

afterEach(() => localStorage.clear());

/** An element for `src` (and `previous`), once its consent state is known. */
async function shown<T extends PrivacyNoticeElement | PrivacyChoicesElement>(
  tag: 'privacy-notice' | 'privacy-choices',
  src: string,
  previous?: string,
): Promise<T> {
  const el = document.createElement(tag) as T;
  el.setAttribute('consent-key', 'shop'); // the site moved its policy file between versions
  if (previous) el.setAttribute('previous', previous);
  const ready = oneEvent(el, 'privacy-notice-consent-ready');
  el.setAttribute('src', src);
  await fixture(html`<div></div>`).then((host) => host.append(el));
  await ready;
  await el.updateComplete;
  return el;
}

const summary = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="changes"]');

describe('what changed between versions', () => {
  it('opens the new version with what changed, linking to it; the reader can hide it, and it stays hidden', async () => {
    const el = await shown<PrivacyNoticeElement>('privacy-notice', V(2), V(1));
    const panel = summary(el)!;
    expect(panel.querySelector('h3')!.textContent).to.equal('What changed on January 15, 2026');
    const links = [...panel.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Contact', '#section-contacts'],
      ['About this policy', '#section-intro'],
    ]);
    const marks = [...el.shadowRoot!.querySelectorAll('[part~="changed-marker"]')].map(
      (m) => m.closest('section')!.querySelector('h2, h3')!.textContent,
    );
    expect(marks).to.deep.equal(['About this policy', 'Contact']);
    await expect(el).to.be.accessible();

    panel.querySelector('button')!.click();
    await el.updateComplete;
    expect(summary(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="changed-marker"]')).to.have.length(2);
    const again = await shown<PrivacyNoticeElement>('privacy-notice', V(2), V(1));
    expect(summary(again)).to.equal(null, 'hidden for this version on the next visit');
  });

  it('keeps a choice across informational changes, and asks again, naming the change, for a consent-relevant one', async () => {
    const first = await shown<PrivacyChoicesElement>('privacy-choices', V(1));
    expect(first.setConsent('analytics-choice', true)).to.equal(true);

    const second = await shown<PrivacyChoicesElement>('privacy-choices', V(2), V(1));
    const kept = second.getConsent()!;
    expect(kept.outdated).to.equal(false);
    expect(kept.policyVersion).to.equal('2');
    expect(kept.choices.find((c) => c.id === 'analytics-choice')).to.include({ granted: true, source: 'restored' });
    expect(second.shadowRoot!.querySelector('[part~="outdated"]')).to.equal(null);

    const third = await shown<PrivacyChoicesElement>('privacy-choices', V(3), V(2));
    const asked = third.getConsent()!;
    expect(asked.outdated).to.equal(true);
    expect(asked.choices.find((c) => c.id === 'analytics-choice')).to.include({ granted: false, source: 'default' });
    expect((third.shadowRoot!.querySelector('[part~="outdated"]') as HTMLElement).innerText).to.equal(
      'This policy has changed since you last chose. Please review your choices. What changed: Cookies: _pixel.',
    );
    await expect(third).to.be.accessible();
  });

  it('asks again when it cannot tell what changed, and says why in a diagnostic event', async () => {
    const first = await shown<PrivacyChoicesElement>('privacy-choices', V(1));
    first.setConsent('analytics-choice', true);
    const el = document.createElement('privacy-choices') as PrivacyChoicesElement;
    el.setAttribute('consent-key', 'shop');
    el.setAttribute('previous', '/test/fixtures/changes/missing.json');
    const diagnostic = oneEvent(el, 'privacy-notice-diagnostic');
    el.setAttribute('src', V(2));
    (await fixture(html`<div></div>`)).append(el);
    expect((await diagnostic).detail.code).to.equal('changes-unavailable');
    await oneEvent(el, 'privacy-notice-consent-ready');
    expect(el.getConsent()!.outdated).to.equal(true);
  });

  it('takes the JSON of privacy-notice diff as the changes property, and ignores changes into another text', async () => {
    const el = document.createElement('privacy-notice') as PrivacyNoticeElement;
    const changes = {
      policyId: 'shop',
      from: { version: '2', policyHash: 'sha256:' + '0'.repeat(64) },
      to: { version: '3', policyHash: 'sha256:' + '1'.repeat(64) },
      consentRelevant: true,
      changes: [],
    };
    el.changes = changes;
    const diagnostic = oneEvent(el, 'privacy-notice-diagnostic');
    el.setAttribute('src', V(3));
    (await fixture(html`<div></div>`)).append(el);
    expect((await diagnostic).detail.code).to.equal('changes-mismatch');
    await el.updateComplete;
    expect(summary(el)).to.equal(null);
  });
});
