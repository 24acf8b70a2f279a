// Issue 19: an inline or embedded policy loads while the element connects, before a script after it can listen for
// privacy-notice-load. `ready` and `readyState` cannot be missed.
import { expect } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { MINIMAL } from '../reader.js';

const minimal = { ...MINIMAL, id: 'inline', title: 'Inline policy' };

/** A notice with its policy inline, parsed and connected at once, as the page's HTML would make it. */
function inline(json: string): PrivacyNoticeElement {
  const host = document.createElement('div');
  host.innerHTML = `<privacy-notice><script type="application/json">${json}</script></privacy-notice>`;
  document.body.append(host);
  return host.querySelector('privacy-notice') as PrivacyNoticeElement;
}

afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

describe('ready and readyState', () => {
  it('resolve with the shown policy for a script that starts listening after it loaded', async () => {
    const el = inline(JSON.stringify(minimal));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the load event is long gone
    expect(el.readyState).to.equal('complete');
    const outcome = await el.ready;
    expect(outcome.ok).to.equal(true);
    expect(outcome.ok && outcome.policy.id).to.equal('inline');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Inline policy'); // rendered by then
    await expect(el).to.be.accessible();
  });

  it('resolve with the errors of a policy that could not be shown', async () => {
    const el = inline(JSON.stringify({ ...minimal, controller: {} }));
    const outcome = await el.ready;
    expect(el.readyState).to.equal('error');
    expect(outcome.ok).to.equal(false);
    expect(!outcome.ok && outcome.errors.map((e) => e.pointer)).to.deep.include('/controller/name');
  });

  it('wait for a load just asked for, and give its outcome', async () => {
    const el = inline(JSON.stringify(minimal));
    await el.ready;
    el.policy = { ...minimal, id: 'second', title: 'Second policy' };
    expect((await el.ready).ok && ((await el.ready) as { policy: { id: string } }).policy.id).to.equal('second');
    el.policy = undefined; // .policy wins over src
    el.src = '/test/fixtures/valid/consent.json';
    const outcome = await el.ready;
    expect(outcome.ok && outcome.policy.id).to.equal('acme-home');
    expect(el.readyState).to.equal('complete');
  });
});
