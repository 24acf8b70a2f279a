import { expect, waitUntil } from '@open-wc/testing';
import type { PrivacyChoicesElement, PrivacyNoticeElement } from '../../src/index.js';
import {
  click,
  consentPolicy,
  mountChoices,
  ofType,
  status,
  switchOf,
  unmountChoices,
  wordsOf,
} from '../consent/helpers.js';

/** What the page sent to the fake app, parsed (every message travels as a JSON string). */
let sent: any[] = [];
const post = (data: string) => {
  expect(typeof data).to.equal('string');
  sent.push(JSON.parse(data));
};
const app = (message: Record<string, unknown>) =>
  window.privacyNoticeBridge!.receive({ bridge: 'privacy-notice', version: 1, ...message });
const states = (entries: Record<string, string>) =>
  app({ type: 'permission-state', permissions: Object.entries(entries).map(([id, state]) => ({ id, state })) });
const lastRequest = () => sent.filter((m) => m.type === 'set-permission').at(-1);

async function inIosApp(tag = 'privacy-notice', timeout = 10_000) {
  (window as any).webkit = { messageHandlers: { privacyNotice: { postMessage: post } } };
  return mountChoices<PrivacyNoticeElement>(tag, await consentPolicy(), (el) => (el.bridgeTimeout = timeout));
}

describe('native-app bridge', () => {
  beforeEach(() => {
    sent = [];
    localStorage.clear();
  });
  afterEach(() => {
    unmountChoices();
    delete (window as any).webkit;
    delete (window as any).privacyNotice;
    delete (window as any).ReactNativeWebView;
    localStorage.clear();
  });

  it('announces the policy, then shows the permission states the app reports, and no switch before', async () => {
    const { el, events } = await inIosApp();
    expect(sent[0]).to.deep.include({
      bridge: 'privacy-notice',
      version: 1,
      type: 'hello',
      policy: { id: 'acme-home', version: '2.0' },
    });
    expect(sent[0].permissions).to.deep.equal([
      { id: 'camera', permission: 'camera' },
      { id: 'location', permission: 'location' },
      { id: 'bluetooth', permission: 'bluetooth', platforms: ['android'] },
    ]);
    expect(sent[0].choices).to.deep.include({ id: 'marketing', kind: 'purpose', granted: true, source: 'default' });
    expect(ofType(events, 'ready')[0].bridge).to.equal('ios');
    expect(switchOf(el, 'permission', 'camera')).to.equal(null); // the page claims nothing the app has not said

    states({ camera: 'granted', location: 'denied', bluetooth: 'unknown' });
    await el.updateComplete;
    expect(switchOf(el, 'permission', 'camera')!.checked).to.equal(true);
    expect(switchOf(el, 'permission', 'location')!.checked).to.equal(false);
    expect(wordsOf(el, 'permission', 'location')).to.equal('Location Not allowed');
    expect(switchOf(el, 'permission', 'bluetooth')).to.equal(null);
    expect(
      (el.shadowRoot!.querySelector('.permission[data-permission="bluetooth"] .toggle-unknown') as HTMLElement)
        .innerText,
    ).to.equal('Bluetooth: Unknown');
    expect(ofType(events, 'change')).to.deep.include({
      id: 'camera',
      kind: 'permission',
      granted: true,
      source: 'native',
      persisted: false,
    });
    await expect(el).to.be.accessible();
  });

  it('asks the app to change a permission, waits for it, and shows what it answered', async () => {
    const { el, events } = await inIosApp();
    states({ camera: 'granted' });
    await el.updateComplete;
    const camera = switchOf(el, 'permission', 'camera')!;
    await click(el, camera);
    expect(lastRequest()).to.deep.include({
      type: 'set-permission',
      id: 'camera',
      permission: 'camera',
      granted: false,
    });
    expect(camera.checked).to.equal(true); // not until the app confirms
    expect(camera.getAttribute('aria-disabled')).to.equal('true');
    expect(wordsOf(el, 'permission', 'camera')).to.equal('Camera Allowed Waiting for the app…');
    await waitUntil(() => status(el) === 'Waiting for the app…', 'pending announced');
    await expect(el).to.be.accessible();

    await click(el, camera); // a second click while waiting sends nothing more
    expect(sent.filter((m) => m.type === 'set-permission')).to.have.length(1);
    expect(camera.checked).to.equal(true);

    app({ type: 'permission-result', requestId: lastRequest().requestId, id: 'camera', state: 'denied' });
    await el.updateComplete;
    expect(camera.checked).to.equal(false);
    expect(camera.hasAttribute('aria-disabled')).to.equal(false);
    expect(ofType(events, 'change').at(-1)).to.deep.equal({
      id: 'camera',
      kind: 'permission',
      granted: false,
      source: 'native',
      persisted: false,
    });
    await waitUntil(() => status(el) === 'Camera: Not allowed', 'result announced');
  });

  it('says why when the app could not change it', async () => {
    const { el } = await inIosApp();
    states({ location: 'denied' });
    await el.updateComplete;
    await click(el, switchOf(el, 'permission', 'location'));
    app({
      type: 'permission-result',
      requestId: lastRequest().requestId,
      id: 'location',
      state: 'denied',
      reason: 'Location can only be turned on in Settings',
    });
    await el.updateComplete;
    expect(switchOf(el, 'permission', 'location')!.checked).to.equal(false);
    expect(wordsOf(el, 'permission', 'location')).to.equal(
      'Location Not allowed Could not change: Location can only be turned on in Settings',
    );
    await waitUntil(() => status(el).startsWith('Could not change'), 'failure announced');
  });

  it('gives up when the app does not answer in time, keeps the confirmed state and says so; a late answer is ignored', async () => {
    const { el, events } = await inIosApp('privacy-notice', 150);
    states({ camera: 'denied' });
    await el.updateComplete;
    await click(el, switchOf(el, 'permission', 'camera'));
    const { requestId } = lastRequest();
    await waitUntil(() => wordsOf(el, 'permission', 'camera').includes('The app did not answer'), 'timed out', {
      timeout: 2000,
    });
    expect(switchOf(el, 'permission', 'camera')!.checked).to.equal(false);
    expect(switchOf(el, 'permission', 'camera')!.hasAttribute('aria-disabled')).to.equal(false);
    await waitUntil(
      () => status(el) === 'The app did not answer, so the setting was not changed.',
      'timeout announced',
    );

    app({ type: 'permission-result', requestId, id: 'camera', state: 'granted' });
    await el.updateComplete;
    expect(switchOf(el, 'permission', 'camera')!.checked).to.equal(false);
    expect(ofType(events, 'diagnostic').at(-1).code).to.equal('bridge-unsolicited');
  });

  it('ignores malformed, wrong-version and unsolicited messages with a diagnostic, and foreign window messages silently', async () => {
    const { el, events } = await inIosApp();
    states({ camera: 'granted' });
    await el.updateComplete;
    window.privacyNoticeBridge!.receive('{not json');
    app({ type: 'permission-state', permissions: [{ id: 'camera', state: 'maybe' }] });
    app({ type: 'permission-state', permissions: [{ id: 'camera', state: 'denied' }], extra: true });
    window.privacyNoticeBridge!.receive({
      bridge: 'privacy-notice',
      version: 2,
      type: 'permission-state',
      permissions: [{ id: 'camera', state: 'denied' }],
    });
    app({ type: 'permission-result', requestId: 'made-up', id: 'camera', state: 'denied' });
    app({ type: 'permission-state', permissions: [{ id: 'microphone', state: 'denied' }] });
    window.postMessage({ some: 'other library' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(ofType(events, 'diagnostic').map((d) => d.code)).to.deep.equal([
      'bridge-not-json',
      'bridge-malformed',
      'bridge-malformed',
      'bridge-wrong-version',
      'bridge-unsolicited',
      'bridge-unknown-id',
    ]);
    expect(ofType(events, 'diagnostic')[3].message).to.contain('version 2');
    expect(switchOf(el, 'permission', 'camera')!.checked).to.equal(true);
    expect(ofType(events, 'error')).to.have.length(0);
  });

  it('tells the app about consent choices, and takes the ones the app holds', async () => {
    const { el, events } = await inIosApp('privacy-choices');
    await click(el, switchOf(el, 'purpose', 'newsletter'));
    expect(sent.at(-1)).to.deep.equal({
      bridge: 'privacy-notice',
      version: 1,
      type: 'consent-change',
      id: 'newsletter',
      kind: 'purpose',
      granted: true,
      source: 'user',
    });
    await waitUntil(() => status(el) === 'Saved', 'saved (the app was told)');
    app({ type: 'permission-state', permissions: [], choices: [{ id: 'analytics', kind: 'purpose', granted: false }] });
    await el.updateComplete;
    expect(switchOf(el, 'purpose', 'analytics')!.checked).to.equal(false);
    expect(ofType(events, 'change').at(-1)).to.deep.equal({
      id: 'analytics',
      kind: 'purpose',
      granted: false,
      source: 'native',
      persisted: true,
    });
    await expect(el).to.be.accessible();
  });

  it('talks to an Android app through the object it injected', async () => {
    const injected = Object.assign(new EventTarget(), { postMessage: post });
    (window as any).privacyNotice = injected;
    const { el, events } = await mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
    expect(ofType(events, 'ready')[0].bridge).to.equal('android');
    expect(sent[0].type).to.equal('hello');
    // What WebViewCompat's replyProxy.postMessage does: a message event on the injected object.
    injected.dispatchEvent(
      new MessageEvent('message', {
        data: JSON.stringify({
          bridge: 'privacy-notice',
          version: 1,
          type: 'permission-state',
          permissions: [{ id: 'bluetooth', state: 'granted' }],
        }),
      }),
    );
    await el.updateComplete;
    expect(switchOf(el, 'permission', 'bluetooth')!.checked).to.equal(true);
  });

  it('talks to a React Native app through ReactNativeWebView and document message events', async () => {
    (window as any).ReactNativeWebView = { postMessage: post };
    const { el, events } = await mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
    expect(ofType(events, 'ready')[0].bridge).to.equal('react-native');
    document.dispatchEvent(
      new MessageEvent('message', {
        data: JSON.stringify({
          bridge: 'privacy-notice',
          version: 1,
          type: 'permission-state',
          permissions: [{ id: 'location', state: 'granted' }],
        }),
      }),
    );
    await el.updateComplete;
    expect(switchOf(el, 'permission', 'location')!.checked).to.equal(true);
  });

  it('keeps two elements of one page in step when one of them asks the app', async () => {
    (window as any).webkit = { messageHandlers: { privacyNotice: { postMessage: post } } };
    const policy = await consentPolicy();
    const a = await mountChoices<PrivacyChoicesElement>('privacy-choices', policy);
    const b = await mountChoices<PrivacyNoticeElement>('privacy-notice', policy);
    states({ camera: 'granted' });
    await Promise.all([a.el.updateComplete, b.el.updateComplete]);
    await click(a.el, switchOf(a.el, 'permission', 'camera'));
    app({ type: 'permission-result', requestId: lastRequest().requestId, id: 'camera', state: 'denied' });
    await Promise.all([a.el.updateComplete, b.el.updateComplete]);
    expect(switchOf(a.el, 'permission', 'camera')!.checked).to.equal(false);
    expect(switchOf(b.el, 'permission', 'camera')!.checked).to.equal(false);
    expect(ofType(b.events, 'diagnostic')).to.have.length(0);
  });
});
