// examples/bridge.html end to end, as a person uses it: the built bundle under the examples' strict CSP, in real
// iframes standing in for an iOS and an Android webview (headless Chromium through playwright-core).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startExamplesServer } from '../../scripts/examples-server.mjs';

let server: Awaited<ReturnType<typeof startExamplesServer>> | undefined;
let browser: Browser;
let page: Page;
const problems: string[] = [];

describe('examples/bridge.html', () => {
  before(async () => {
    server = await startExamplesServer();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('404') && problems.push(m.text()));
    await page.goto(`${server.url}/examples/bridge.html`);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const ios = () => page.frameLocator('iframe[src*="platform=ios"]').locator('privacy-choices');
  const android = () => page.frameLocator('iframe[src*="platform=android"]').locator('privacy-choices');

  it('shows the permission states each app reports, in its webview', async () => {
    await ios().locator('.toggle[data-id="camera"] input').waitFor();
    assert.equal(await ios().locator('.toggle[data-id="camera"] input').isChecked(), true);
    assert.equal(await ios().locator('.toggle[data-id="location"] input').isChecked(), false);
    assert.equal(await ios().locator('.toggle[data-id="storage"]').count(), 0); // an Android-only permission
    await android().locator('.toggle[data-id="camera"] input').waitFor();
    assert.equal(await android().locator('.toggle[data-id="camera"] input').isChecked(), true);
  });

  it('asks the iOS app when the reader flips a switch, and follows the answer', async () => {
    const camera = ios().locator('.toggle[data-id="camera"]');
    await camera.locator('input').click();
    assert.match(await camera.innerText(), /Waiting for the app…/);
    assert.equal(await camera.locator('input').isChecked(), true);
    const prompt = page.locator('[data-platform="ios"] .native-prompt');
    assert.match(await prompt.innerText(), /Stop “CR Smart Home” from using: Additional services based on camera\?/);
    await prompt.getByRole('button', { name: 'Turn off' }).click();
    await page.waitForFunction(
      () =>
        !document
          .querySelector<HTMLIFrameElement>('iframe[src*="platform=ios"]')!
          .contentDocument!.querySelector('privacy-choices')!
          .shadowRoot!.querySelector<HTMLInputElement>('.toggle[data-id="camera"] input')!.checked,
    );
    assert.equal(await page.locator('#ios-camera').isChecked(), false); // the app's own settings agree
  });

  it('follows the Android app’s system settings into the webview', async () => {
    await page.locator('#android-wifi-location').click();
    await android().locator('.toggle[data-id="wifi-location"] input:checked').waitFor();
    assert.match(await android().locator('.toggle[data-id="wifi-location"]').innerText(), /Allowed/);
  });

  it('says so when the app does not answer', async () => {
    await page.locator('[data-platform="android"] .native-silent').check();
    await android().locator('.toggle[data-id="microphone"] input').click();
    await android()
      .locator('.toggle[data-id="microphone"] .toggle-note', { hasText: 'The app did not answer' })
      .waitFor({ timeout: 8000 });
    assert.equal(await android().locator('.toggle[data-id="microphone"] input').isChecked(), false);
    assert.deepEqual(problems, []);
  });
});
