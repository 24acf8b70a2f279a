// Issue 18: the bridge decides trust by transport, not by a missing sender. A frame from another site posts a
// message from a child it removes at once, so the message arrives with no `source`: it must not switch consent
// purposes, be saved as the reader's choice, or fake a permission state. The app's own channels still work, and a
// page can name an origin it takes window messages from.
import { expect, waitUntil } from '@open-wc/testing';
import type { PrivacyChoicesElement } from '../../src/index.js';
import { consentPolicy, mountChoices, ofType, STORAGE_KEY, switchOf, unmountChoices } from '../consent/helpers.js';

const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const otherOrigin = `${location.protocol}//${otherHost}:${location.port}`;

/** What an ad in the webview would post: the app's permission states and consent choices, as the app would say them. */
const forged = JSON.stringify({
  bridge: 'privacy-notice',
  version: 1,
  type: 'permission-state',
  permissions: [{ id: 'camera', state: 'granted' }],
  choices: [{ id: 'newsletter', kind: 'purpose', granted: true }],
});

const sent: any[] = [];

/** Loads the spoofing page from another site; resolves once the element has heard its message (whatever it did). */
async function postFromOtherSite(as: 'vanishing' | 'frame', events: Array<{ type: string }>): Promise<void> {
  const before = events.length;
  const frame = document.createElement('iframe');
  frame.src = `${otherOrigin}/test/security/pages/spoofing-frame.html?as=${as}#${encodeURIComponent(forged)}`;
  document.body.append(frame);
  await waitUntil(() => events.length > before, 'the element heard the frame', { timeout: 5000 });
}

async function inIosApp() {
  (window as any).webkit = {
    messageHandlers: { privacyNotice: { postMessage: (m: string) => sent.push(JSON.parse(m)) } },
  };
  return mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
}

describe('bridge spoofing from another frame', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    unmountChoices();
    delete (window as any).webkit;
    document.querySelectorAll('iframe, meta[name="privacy-notice-bridge-origin"]').forEach((node) => node.remove());
    localStorage.clear();
  });

  for (const as of ['vanishing', 'frame'] as const) {
    it(`refuses a message from a ${as === 'vanishing' ? 'frame that is gone (no source)' : 'cross-site frame'}`, async () => {
      const { el, events } = await inIosApp();
      const changesBefore = ofType(events, 'change').length;
      await postFromOtherSite(as, events);
      await el.updateComplete;
      expect(ofType(events, 'diagnostic').map((d) => d.code)).to.deep.equal(['bridge-untrusted-sender']);
      expect(ofType(events, 'diagnostic')[0].message).to.contain(otherOrigin);
      expect(ofType(events, 'change')).to.have.length(changesBefore);
      expect(switchOf(el, 'purpose', 'newsletter')!.checked).to.equal(false);
      expect(switchOf(el, 'permission', 'camera')).to.equal(null); // no state the app did not report
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null); // nothing saved as the reader's choice
      expect(el.getConsent()!.choices.find((c) => c.id === 'newsletter')!.granted).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('takes window messages from an origin the page named in <meta name="privacy-notice-bridge-origin">', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'privacy-notice-bridge-origin' });
    meta.content = `https://elsewhere.example ${otherOrigin}`;
    document.head.append(meta);
    const { el, events } = await inIosApp();
    await postFromOtherSite('vanishing', events);
    await el.updateComplete;
    expect(ofType(events, 'diagnostic')).to.deep.equal([]);
    expect(switchOf(el, 'purpose', 'newsletter')!.checked).to.equal(true);
    expect(switchOf(el, 'permission', 'camera')!.checked).to.equal(true);
  });

  it('still takes the app through receive() and events a script of the page dispatches (React Native)', async () => {
    const { el, events } = await inIosApp();
    window.dispatchEvent(new MessageEvent('message', { data: forged }));
    await el.updateComplete;
    expect(ofType(events, 'diagnostic')).to.deep.equal([]);
    expect(switchOf(el, 'purpose', 'newsletter')!.checked).to.equal(true);
    window.privacyNoticeBridge!.receive({
      bridge: 'privacy-notice',
      version: 1,
      type: 'permission-state',
      permissions: [{ id: 'camera', state: 'denied' }],
    });
    await el.updateComplete;
    expect(switchOf(el, 'permission', 'camera')!.checked).to.equal(false);
  });
});
