import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { MINIMAL } from '../reader.js';
import { requested } from '../requested.js';

/** Whether the page has asked for marked (the Markdown tree builder, which imports it). */
const markedLoaded = () => requested(/\/view\/markdown\/tree\.|\/marked\//);

async function show(el: PrivacyNoticeElement, summary: string): Promise<void> {
  const loaded = oneEvent(el, 'privacy-notice-load');
  el.policy = { ...MINIMAL, summary };
  await loaded;
  await el.updateComplete;
}

describe('Markdown parsing loads only for a policy whose Markdown has markup', () => {
  it('shows prose with bare links without marked, and a list once marked has loaded for it', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
    await show(el, 'We keep little.\n\nWrite to dpo@example.com or see https://example.com/privacy.');
    const root = el.shadowRoot!;
    expect(root.textContent).to.contain('We keep little.');
    expect(root.querySelector('a[href="mailto:dpo@example.com"]')?.textContent).to.equal('dpo@example.com');
    expect(root.querySelector('a[href="https://example.com/privacy"]')).to.exist;
    expect(markedLoaded(), 'marked requested for prose').to.equal(false);
    await expect(el).to.be.accessible();

    await show(el, 'We keep:\n\n- your **name**\n- your e-mail address');
    expect(markedLoaded(), 'marked requested for a list').to.equal(true);
    expect([...root.querySelectorAll('li')].map((li) => li.textContent?.trim())).to.include.members([
      'your name',
      'your e-mail address',
    ]);
    expect(root.querySelector('li strong')?.textContent).to.equal('name');
    expect(root.textContent).not.to.contain('**');
    await expect(el).to.be.accessible();
  });
});
