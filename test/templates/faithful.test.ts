// Issue 13 in the browser: the companion app written for the tests (test/fixtures/faithful/) drawn as readers see
// it, with axe on each part and the narrow screen of a phone.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadFaithful, mountPart, partOf, seen, textOf, unmountAll } from './helpers.js';

const companion = () => loadFaithful('companion-app');

describe('a companion app’s notice, as the policy says it', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 1280, height: 800 });
  });

  it('shows each permission as the OS knows it, where to manage them all, and nothing about being optional', async () => {
    await setViewport({ width: 360, height: 740 });
    const root = mountPart(await partOf(await companion(), 'permissions'));
    expect(textOf(root)).not.to.match(/basic service/);
    const manage = root.querySelector('dl.facts')!;
    expect(textOf(manage.querySelector('dt'))).to.equal('Manage all permissions');
    expect(textOf(manage.querySelector('dd'))).to.match(/^In the device settings \(Android\) Settings\s*›?\s*Apps/);
    const nearby = root.querySelector('[data-permission="nearby-devices"]')!;
    expect(textOf(nearby.querySelector('.badge.on-device'))).to.equal('Processed only on your device');
    const codes = [...nearby.querySelectorAll('code')].map(textOf);
    expect(codes).to.deep.equal([
      'android.permission.BLUETOOTH_SCAN',
      'android.permission.BLUETOOTH_CONNECT',
      'android.permission.ACCESS_FINE_LOCATION',
    ]);
    const labels = [...nearby.querySelectorAll('dt')].map(textOf);
    expect(labels).to.include.members([
      'Android (from Android 12)',
      'Android (up to Android 11)',
      'Needed for',
      'How to switch it off',
    ]);
    expect((root.host as HTMLElement).scrollWidth).to.be.at.most((root.host as HTMLElement).clientWidth);
    await expect(root.host).to.be.accessible();
  });

  it('keeps the anchor of a right shown without a heading, named for screen readers, and a device-settings channel', async () => {
    const root = mountPart(await partOf(await companion(), 'rights'));
    const erasure = root.getElementById('right-erasure')!;
    expect(erasure.tagName).to.equal('SECTION');
    expect(erasure.querySelector('h1, h2, h3, h4, h5, h6')).to.be.null;
    expect(erasure.getAttribute('aria-label')).to.equal('Right to erasure');
    expect(seen(erasure)).not.to.contain('Right to erasure');
    const channel = erasure.querySelector('[data-type="device-settings"]')!;
    expect(textOf(channel.querySelector('.channel-label'))).to.equal('In the device settings (Android)');
    expect(textOf(root.getElementById('right-access'))).to.equal('Right to information');
    await expect(root.host).to.be.accessible();
  });

  it('says in German which data stays on the device, with the category’s note after its examples', async () => {
    const root = mountPart(await partOf(await companion(), 'data-categories', 'de'), 3, 'de');
    const [readings, location] = [...root.querySelectorAll('.category')];
    expect(textOf(location!.querySelector('.badge.on-device'))).to.equal('Wird nur auf Ihrem Gerät verarbeitet');
    expect(readings!.querySelector('.badge.on-device')).to.be.null;
    expect(textOf(readings)).to.match(
      /Temperatur\s*Luftfeuchtigkeit Messwerte, die älter als 30 Tage sind, werden stündlich gemittelt\.$/,
    );
    expect(root.querySelector('[lang="en"]'), 'no English fallback').to.be.null;
    await expect(root.host).to.be.accessible();
  });
});
