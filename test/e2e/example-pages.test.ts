// The example pages themselves, as a visitor opens them (served as `npm start` does, with the examples' strict CSP): each has one <main>, and axe
// finds nothing once its notices have loaded, in light and dark, wide and at phone width.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch } from './browser.js';
import { startExamplesServer } from '../../scripts/examples-server.mjs';
import { root } from './server.js';

// The files, and the page the server makes for each request (a reference policy pre-rendered by privacy-notice/ssr).
const PAGES = [
  ...readdirSync(join(root, 'examples')).filter((file) => file.endsWith('.html')),
  'prerendered.html?name=softathome',
];

/** Until every privacy element on the page (and in its frames) shows a policy or an error. */
async function settled(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame.waitForFunction(
      () =>
        [
          ...document.querySelectorAll(
            'privacy-notice, privacy-choices, privacy-cookies, privacy-rights, privacy-summary',
          ),
        ].every((el) => el.shadowRoot?.querySelector('article:not([aria-busy="true"]), [role="alert"]')),
      undefined,
      { timeout: 15000 },
    );
  }
}

describe('example pages', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startExamplesServer>>;
  before(async () => {
    browser = await launch();
    server = await startExamplesServer();
  });
  after(async () => {
    await browser.close();
    server.close();
  });

  it('are the pages the examples folder holds', () => {
    assert.ok(PAGES.includes('bridge.html') && PAGES.includes('index.html') && PAGES.length >= 8, PAGES.join(' '));
  });

  for (const file of PAGES) {
    it(`${file}: one <main>, and nothing axe finds, light at 1280 px and dark at 360 px`, async () => {
      for (const options of [
        { viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
        { viewport: { width: 360, height: 740 }, colorScheme: 'dark' as const },
      ]) {
        // axe is injected as an inline script, which the examples' CSP refuses (csp.test.ts tests the CSP itself).
        const context = await browser.newContext({ ...options, bypassCSP: true });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (m) => m.type() === 'warning' && errors.push(m.text())); // e.g. markup not adopted
        await page.goto(`${server.url}/examples/${file}`);
        await settled(page);
        assert.equal(await page.locator('main').count(), 1, `${file}: one main landmark`);
        assert.deepEqual(await axeViolations(page), [], `${file} (${options.colorScheme})`);
        assert.deepEqual(errors, [], `${file}: no script error`);
        await context.close();
      }
    });
  }
});
