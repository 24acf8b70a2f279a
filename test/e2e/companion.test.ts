// Issue 19: the companion-app cookbook's React Native code (examples/companion/react-native/) runs here against the
// page its make-page.sh makes, in Chromium, with react-native and react-native-permissions replaced by an OS whose permission states
// the test sets: what the page sends and what the app answers follow the bridge schema; switches show the OS state;
// a switch turned on asks the OS, one turned off sends the reader to Settings and says so; coming back refreshes;
// consent choices reach the app, which keeps them and gives them to a page that has none; another page is ignored.
// The Swift and Kotlin files of the cookbook are checked against the schema by test/docs/companion.test.ts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { validator } from '@exodus/schemasafe';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.js';
import { root, serve, type Server } from './server.js';

const schema = JSON.parse(readFileSync(join(root, 'schemas/bridge.schema.json'), 'utf8'));
const { oneOf: _either, ...definitions } = schema;
const defs = (name: string) => validator({ ...definitions, $ref: `#/$defs/${name}` }, { includeErrors: true });
const pageCheck = defs('PageMessage');
const appCheck = defs('AppMessage');
const isPageMessage = (message: unknown) => pageCheck(message as Parameters<typeof pageCheck>[0]);
const isAppMessage = (message: unknown) => appCheck(message as Parameters<typeof appCheck>[0]);

/** react-native-permissions 5.x as the cookbook uses it: its constants' names, and an OS the test controls. */
const PERMISSIONS_STUB = `
const names = {
  IOS: 'APP_TRACKING_TRANSPARENCY BLUETOOTH CALENDARS CAMERA CONTACTS FACE_ID LOCATION_ALWAYS LOCATION_WHEN_IN_USE MICROPHONE MOTION PHOTO_LIBRARY REMINDERS SPEECH_RECOGNITION',
  ANDROID: 'ACCESS_BACKGROUND_LOCATION ACCESS_COARSE_LOCATION ACCESS_FINE_LOCATION ACTIVITY_RECOGNITION BLUETOOTH_CONNECT BLUETOOTH_SCAN BODY_SENSORS CAMERA READ_CALENDAR READ_CALL_LOG READ_CONTACTS READ_EXTERNAL_STORAGE READ_MEDIA_IMAGES READ_PHONE_STATE READ_SMS RECORD_AUDIO',
};
export const PERMISSIONS = Object.fromEntries(Object.entries(names).map(([os, list]) =>
  [os, Object.fromEntries(list.split(' ').map((n) => [n, os.toLowerCase() + '.permission.' + n]))]));
export const RESULTS = { UNAVAILABLE: 'unavailable', BLOCKED: 'blocked', DENIED: 'denied', GRANTED: 'granted', LIMITED: 'limited' };
export const os = { states: {}, settingsOpened: 0, onRequest: 'granted' };
export const check = async (p) => os.states[p] ?? RESULTS.UNAVAILABLE;
export const request = async (p) => (os.states[p] = os.onRequest);
export const checkNotifications = async () => ({ status: os.states.notifications ?? RESULTS.DENIED, settings: {} });
export const requestNotifications = async () => ({ status: (os.states.notifications = os.onRequest), settings: {} });
export const openSettings = async () => { os.settingsOpened++; };
`;

interface OsStub {
  states: Record<string, string>;
  settingsOpened: number;
  onRequest: string;
}
interface Bridge {
  handle(data: string, url: string): Promise<void>;
  refresh(): Promise<void>;
}

let loads = 0;

/** The cookbook's bridge and OS module, bundled for node as if on `platform`, with the stubs above. */
async function loadCookbook(platform: 'ios' | 'android', dir: string) {
  const file = join(dir, `cookbook-${platform}-${++loads}.mjs`); // a module of its own: an OS of its own
  await build({
    stdin: {
      contents: `export { createPrivacyBridge } from './privacyBridge.js';
        export { osPermissions } from './osPermissions.js';
        export { os } from 'react-native-permissions';`,
      resolveDir: join(root, 'examples/companion/react-native'),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'silent',
    plugins: [
      {
        name: 'react-native-stubs',
        setup(b) {
          b.onResolve({ filter: /^react-native(-permissions)?$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
            contents:
              args.path === 'react-native'
                ? `export const Platform = { OS: '${platform}', Version: ${platform === 'android' ? 34 : "'17.0'"},
                    select: (o) => o['${platform}'] ?? o.default };`
                : PERMISSIONS_STUB,
            loader: 'js',
          }));
        },
      },
    ],
  });
  return (await import(pathToFileURL(file).href)) as {
    createPrivacyBridge(app: object): Bridge;
    osPermissions: object;
    os: OsStub;
  };
}

describe('the React Native cookbook against the real page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pn-companion-'));
  let browser: Browser;
  let server: Server;
  before(async () => {
    browser = await launch();
    // The page an app bundles, made as the cookbook says, and served as the app's scheme handler would serve it.
    execFileSync('sh', ['examples/companion/make-page.sh', 'examples/policies/cr-smart-home.json', join(dir, 'page')], {
      cwd: root,
      env: { ...process.env, PRIVACY_NOTICE: root },
    });
    server = await serve(() => ({}), join(dir, 'page'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The page in a fresh webview, its messages handled by the cookbook's bridge; what each side sent is kept. */
  async function openApp(platform: 'ios' | 'android', kept: Array<{ id: string; kind: string; granted: boolean }>) {
    const cookbook = await loadCookbook(platform, dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    const fromPage: Record<string, unknown>[] = [];
    const fromApp: Record<string, unknown>[] = [];
    const followed: unknown[] = [];
    const bridge = cookbook.createPrivacyBridge({
      send: (message: Record<string, unknown>) => {
        fromApp.push(message);
        // What PrivacyScreen.jsx injects.
        void page.evaluate(`window.privacyNoticeBridge.receive(${JSON.stringify(message)}); true;`);
      },
      os: cookbook.osPermissions,
      origin: server.url,
      choices: {
        load: async () => kept,
        save: async (choice: { id: string; kind: string; granted: boolean }) => void kept.push(choice),
      },
      onConsentChange: (change: unknown) => followed.push(change),
    });
    let handled = Promise.resolve();
    await page.exposeFunction('toApp', (data: string) => {
      fromPage.push(JSON.parse(data));
      handled = bridge.handle(data, page.url());
    });
    // What react-native-webview defines before the page's scripts run.
    await page.addInitScript('window.ReactNativeWebView = { postMessage: (data) => window.toApp(data) };');
    return { page, context, bridge, os: cookbook.os, fromPage, fromApp, followed, settled: () => handled };
  }

  const choices = (page: Page) => page.locator('privacy-notice');
  const switchOf = (page: Page, kind: string, id: string) =>
    choices(page).locator(`.toggle[data-kind="${kind}"][data-id="${id}"] input[role="switch"]`);
  const rowOf = (page: Page, kind: string, id: string) =>
    choices(page).locator(`.toggle[data-kind="${kind}"][data-id="${id}"]`);

  it('iOS: shows the OS state, asks the OS, sends the reader to Settings to turn one off, refreshes on return', async () => {
    const app = await openApp('ios', []);
    app.os.states = { 'ios.permission.CAMERA': 'granted', 'ios.permission.LOCATION_WHEN_IN_USE': 'denied' };
    await app.page.goto(`${server.url}/`);
    await switchOf(app.page, 'permission', 'camera').waitFor();
    assert.equal(await switchOf(app.page, 'permission', 'camera').isChecked(), true);
    assert.equal(await switchOf(app.page, 'permission', 'location').isChecked(), false);
    assert.equal(
      await choices(app.page).locator('.toggle-unknown', { hasText: 'HomeKit' }).innerText(),
      'Additional services based on HomeKit permission (iOS): Unknown',
      'a kind the app cannot read has no switch',
    );

    await switchOf(app.page, 'permission', 'location').click();
    await app.page.waitForFunction(
      () =>
        document
          .querySelector('privacy-notice')!
          .shadowRoot!.querySelector<HTMLInputElement>('.toggle[data-id="location"] input[role="switch"]')?.checked,
    );
    assert.equal(app.os.states['ios.permission.LOCATION_WHEN_IN_USE'], 'granted');

    await switchOf(app.page, 'permission', 'camera').click();
    await rowOf(app.page, 'permission', 'camera')
      .getByText('Could not change: Turn this off in the Settings app')
      .waitFor();
    assert.equal(app.os.settingsOpened, 1);
    assert.equal(await switchOf(app.page, 'permission', 'camera').isChecked(), true, 'the switch keeps the OS state');

    app.os.states['ios.permission.CAMERA'] = 'denied'; // the reader turned it off in Settings and came back
    await app.bridge.refresh();
    await app.page.waitForFunction(
      () =>
        document
          .querySelector('privacy-notice')!
          .shadowRoot!.querySelector<HTMLInputElement>('.toggle[data-id="camera"] input[role="switch"]')?.checked ===
        false,
    );

    for (const m of app.fromPage) assert.ok(isPageMessage(m), `page message ${JSON.stringify(m)}`);
    for (const m of app.fromApp) assert.ok(isAppMessage(m), `app message ${JSON.stringify(m)}`);
    assert.deepEqual(
      app.fromApp.map((m) => m.type),
      ['permission-state', 'permission-result', 'permission-result', 'permission-state'],
    );
    await app.context.close();
  });

  it('Android: consent choices reach the app, which keeps them and gives them back to a page without storage', async () => {
    const kept: Array<{ id: string; kind: string; granted: boolean }> = [];
    const first = await openApp('android', kept);
    first.os.states = { 'android.permission.CAMERA': 'granted' };
    await first.page.goto(`${server.url}/`);
    const analysis = switchOf(first.page, 'purpose', 'data-analysis');
    await analysis.waitFor();
    const before = await analysis.isChecked();
    await analysis.click();
    while (first.followed.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await first.settled();
    assert.deepEqual(first.followed, [{ id: 'data-analysis', kind: 'purpose', granted: !before, source: 'user' }]);
    assert.deepEqual(kept, [{ id: 'data-analysis', kind: 'purpose', granted: !before }]);
    await first.context.close();

    const second = await openApp('android', kept); // a new webview whose storage was cleared
    second.os.states = { 'android.permission.CAMERA': 'granted' };
    await second.page.goto(`${server.url}/`);
    await switchOf(second.page, 'permission', 'camera').waitFor();
    await second.page.waitForFunction(
      (on) =>
        document
          .querySelector('privacy-notice')!
          .shadowRoot!.querySelector<HTMLInputElement>('.toggle[data-id="data-analysis"] input[role="switch"]')
          ?.checked === on,
      !before,
    );
    for (const m of [...first.fromPage, ...second.fromPage]) assert.ok(isPageMessage(m), JSON.stringify(m));
    for (const m of [...first.fromApp, ...second.fromApp]) assert.ok(isAppMessage(m), JSON.stringify(m));
    await second.context.close();
  });

  it('ignores a page of another origin, and messages that are not the bridge', async () => {
    const sent: unknown[] = [];
    const cookbook = await loadCookbook('ios', dir);
    const bridge = cookbook.createPrivacyBridge({
      send: (m: unknown) => sent.push(m),
      os: cookbook.osPermissions,
      origin: 'https://shop.example',
      choices: { load: async () => [], save: async () => {} },
    });
    const hello = JSON.stringify({
      bridge: 'privacy-notice',
      version: 1,
      type: 'hello',
      policy: { id: 'p', version: '1' },
      permissions: [{ id: 'camera', permission: 'camera' }],
      choices: [],
    });
    await bridge.handle(hello, 'https://shop.example.evil.test/privacy/app.html');
    await bridge.handle('not json', 'https://shop.example/privacy/app.html');
    await bridge.handle(hello.replace('"version":1', '"version":2'), 'https://shop.example/privacy/app.html');
    assert.deepEqual(sent, []);
    await bridge.handle(hello, 'https://shop.example/privacy/app.html');
    assert.deepEqual(sent, [
      {
        bridge: 'privacy-notice',
        version: 1,
        type: 'permission-state',
        permissions: [{ id: 'camera', state: 'unknown' }],
        choices: [],
      },
    ]);
  });
});
