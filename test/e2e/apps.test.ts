// Issue 19: the framework snippets of docs/website.md are files of example apps (examples/apps/), and these apps are
// built here with each framework's own tooling — React and Vue with Vite (type-checked by tsc and vue-tsc), Angular
// compiled ahead of time by ngc, an Eleventy and an Astro site pre-rendering it at build time — then opened in Chromium as a
// visitor would: the notice shows, the app hears its load event, the app's button moves focus to a right, and axe
// finds nothing. The Eleventy and Astro pages are also read with JavaScript off.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { APPS, buildApp, typeCheck } from '../../scripts/apps.mjs';
import { axeViolations, launch } from './browser.js';
import { serve, type Server } from './server.js';

const POLICY_ID = 'example-shop-ltd';

describe('the example apps', () => {
  const work = mkdtempSync(join(tmpdir(), 'pn-apps-'));
  let browser: Browser;
  const servers = new Map<string, Server>();
  before(async () => {
    browser = await launch();
    for (const name of APPS as string[]) {
      await buildApp(name, join(work, name));
      servers.set(name, await serve(() => ({}), join(work, name)));
    }
  });
  after(async () => {
    await browser?.close();
    await Promise.all([...servers.values()].map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  });

  for (const name of ['react', 'vue']) {
    it(`${name}: type-checks with its framework's checker`, () => typeCheck(name));
  }

  for (const name of ['react', 'vue', 'angular']) {
    it(`${name}: shows the notice, hears its load event, and its button focuses the erasure right`, async () => {
      const page = await browser.newPage();
      const logged: string[] = [];
      const failed: string[] = [];
      page.on('console', (m) => m.text().startsWith('Failed to load') || logged.push(`${m.type()} ${m.text()}`));
      page.on('pageerror', (e) => logged.push(`pageerror ${e.message}`));
      // A browser asks every site for /favicon.ico; the apps have none.
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && failed.push(r.url()));
      await page.goto(`${servers.get(name)!.url}/`);
      const title = await page.waitForFunction(
        () => document.querySelector('privacy-notice')?.shadowRoot?.querySelector('h1')?.textContent,
      );
      assert.equal(await title.jsonValue(), 'Privacy policy');
      await page.waitForFunction(() => document.querySelector('privacy-notice')?.readyState === 'complete');
      assert.deepEqual(logged, [`log shown ${POLICY_ID}`], 'the app heard the load event, and nothing went wrong');
      assert.deepEqual(failed, [], 'every file the app loads is in its build');
      await page.getByRole('button', { name: 'Erase my data' }).click();
      const focused = await page.evaluate(
        () => document.querySelector('privacy-notice')!.shadowRoot!.activeElement?.id,
      );
      assert.equal(focused, 'right-erasure');
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }

  for (const name of ['eleventy', 'astro']) {
    it(`${name}: the pre-rendered privacy page reads without JavaScript, and the element adopts it`, async () => {
      const url = `${servers.get(name)!.url}/privacy/`;
      const off = await browser.newContext({ javaScriptEnabled: false });
      const still = await off.newPage();
      await still.goto(url);
      const painted = await still.evaluate(() => {
        const root = document.querySelector('privacy-notice')?.shadowRoot;
        return { title: root?.querySelector('h1')?.textContent, erasure: !!root?.getElementById('right-erasure') };
      });
      assert.deepEqual(painted, { title: 'Privacy policy', erasure: true }, 'painted from the declarative shadow root');
      await off.close();

      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && failed.push(r.url()));
      page.on('console', (m) => m.type() === 'warning' && failed.push(m.text()));
      await page.goto(url);
      await page.waitForFunction(() => document.querySelector('privacy-notice')?.readyState === 'complete');
      assert.equal(
        await page.evaluate(
          () => document.querySelector('privacy-notice')!.shadowRoot!.querySelector('h1')?.textContent,
        ),
        'Privacy policy',
      );
      assert.deepEqual(failed, [], 'every runtime file the page loads was copied, and the markup was adopted');
      await page.evaluate(() =>
        (document.querySelector('privacy-notice') as HTMLElement & { focusRight(id: string): boolean }).focusRight(
          'erasure',
        ),
      );
      assert.equal(
        await page.evaluate(() => document.querySelector('privacy-notice')!.shadowRoot!.activeElement?.id),
        'right-erasure',
      );
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
});
