// Issue 18: a cross-origin frame named like the bridge (`<iframe name="privacyNotice">` makes it
// `window.privacyNotice`) is not taken for the app's channel, and nothing throws into the page.
import { expect } from '@open-wc/testing';
import type { PrivacyChoicesElement } from '../../src/index.js';
import { consentPolicy, mountChoices, ofType, unmountChoices } from '../consent/helpers.js';
import { thrownDuring } from './thrown.js';

describe('a frame named like the bridge', () => {
  afterEach(() => {
    unmountChoices();
    document.querySelectorAll('iframe[name="privacyNotice"]').forEach((frame) => frame.remove());
  });

  it('is no app channel: the element works as in a browser and throws nothing', async () => {
    const frame = document.createElement('iframe');
    frame.name = 'privacyNotice';
    frame.sandbox.add('allow-scripts'); // an opaque origin: cross-origin to this page
    frame.srcdoc = '<p>an ad</p>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    expect((window as unknown as Record<string, unknown>).privacyNotice).to.equal(frame.contentWindow);
    const { result, thrown } = await thrownDuring(async () =>
      mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy()),
    );
    expect(thrown).to.deep.equal([]);
    expect(ofType(result.events, 'ready')[0].bridge).to.equal(null); // as in a plain browser
    expect(result.el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
