// Issue 14: `privacy-notice render --dsd` pages in Chromium. With JavaScript disabled the whole notice is painted
// (its shadow root is in the markup); once privacy-notice.js loads, the element adopts the very nodes the browser
// painted (none is rendered again), nothing moves (no layout shift), the policy is neither fetched nor checked
// again, and the switches and copy links work. Under the strict CSP of the examples, with the stylesheet's hash.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { styleSrc } from '../../src/ssr/index.js';
import { axeViolations, launch } from './browser.js';
import { root, serve, type Server } from './server.js';

const run = promisify(execFile);
const out = join(root, 'tmp', 'e2e-prerendered');
const CSP = `default-src 'self'; script-src 'self'; style-src 'self' ${styleSrc()}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;

async function render(policy: string, ...args: string[]): Promise<string> {
  const file = join(out, `${policy}${args.includes('--lang') ? `.${args[args.indexOf('--lang') + 1]}` : ''}.html`);
  await run(process.execPath, [
    join(root, 'bin/privacy-notice.js'),
    'render',
    join(root, 'examples/policies', `${policy}.json`),
    '--dsd',
    '--script',
    '/dist/privacy-notice.js',
    '-o',
    file,
    ...args,
  ]);
  return `/${file.slice(root.length).replace(/^\/+/, '')}`;
}

let browser: Browser;
let server: Server;
const violations: string[] = [];
before(async () => {
  mkdirSync(out, { recursive: true });
  browser = await launch();
  server = await serve(() => ({ 'content-security-policy': CSP }));
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/** A page with the given script setting; CSP violations and page errors are collected. */
async function open(
  path: string,
  javaScriptEnabled: boolean,
  hash = '',
  prepare?: (page: Page) => Promise<void>,
): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await prepare?.(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A missing resource is told by its response below, with its address.
    if (['error', 'warning'].includes(m.type()) && !m.text().startsWith('Failed to load resource'))
      violations.push(`${m.type()}: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) violations.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${server.url}${path}${hash}`, { waitUntil: prepare ? 'commit' : 'load' });
  return { page, requests };
}

/** What a reader sees of the notice: its headings' text, its height, its switches. */
function shown(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('privacy-notice')!;
    const root = host.shadowRoot!;
    return {
      headings: [...root.querySelectorAll('h1, h2, h3, h4')].map((h) => h.textContent!.trim()),
      height: Math.round(host.getBoundingClientRect().height),
      switches: root.querySelectorAll('input[role="switch"]').length,
      styled: getComputedStyle(root.querySelector('article')!).maxWidth !== 'none',
    };
  });
}

describe('render --dsd', () => {
  for (const [policy, ...args] of [
    ['d-home-smaart'],
    ['cr-smart-home'],
    ['softathome'],
    ['d-home-smaart', '--lang', 'fr'],
  ]) {
    it(`${policy} ${args.join(' ')}: painted without JavaScript, adopted without a render or a shift`, async () => {
      const path = await render(policy!, ...args);
      const off = await open(path, false);
      const before = await shown(off.page);
      assert.ok(before.headings.length > 5, `headings painted without script: ${before.headings.length}`);
      assert.ok(before.styled, 'the shadow stylesheet applies under the strict CSP');
      assert.deepEqual(off.requests, [path], 'no script, no policy fetched');

      // The script is held back until the nodes the browser painted are noted, and every layout shift is counted.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const on = await open(path, true, '', async (page) => {
        await page.route('**/dist/privacy-notice.js', async (route) => {
          await held;
          await route.continue();
        });
      });
      await on.page.waitForFunction(() => document.querySelector('privacy-notice')?.shadowRoot?.querySelector('h1'));
      await on.page.evaluate(() => {
        const w = window as unknown as { painted: Element[]; shifts: number };
        w.painted = [...document.querySelector('privacy-notice')!.shadowRoot!.querySelectorAll('h1, h2, h3, p')];
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      release();
      const outcome = await on.page.evaluate(async () => {
        const host = document.querySelector('privacy-notice') as HTMLElement & { ready: Promise<{ ok: boolean }> };
        await customElements.whenDefined('privacy-notice');
        return (await host.ready).ok;
      });
      assert.equal(outcome, true);
      const kept = await on.page.evaluate(() => {
        const w = window as unknown as { painted: Element[]; shifts: number };
        const now = [...document.querySelector('privacy-notice')!.shadowRoot!.querySelectorAll('h1, h2, h3, p')];
        return { same: now.length === w.painted.length && now.every((n, i) => n === w.painted[i]), shifts: w.shifts };
      });
      assert.ok(kept.same, 'every heading and paragraph is the node the browser painted');
      assert.equal(kept.shifts, 0, 'cumulative layout shift');
      assert.deepEqual(await shown(on.page), before, 'the same notice, the same height');
      assert.ok(!on.requests.some((r) => r.endsWith('.json')), `the policy is not fetched: ${on.requests.join(' ')}`);
      // axe is a script of its own: in a context without the page's CSP (trusted types), on the adopted notice.
      const context = await browser.newContext({ bypassCSP: true });
      const checked = await context.newPage();
      await checked.goto(`${server.url}${path}`);
      await checked.evaluate(
        () => (document.querySelector('privacy-notice') as unknown as { ready: Promise<unknown> }).ready,
      );
      assert.deepEqual(await axeViolations(checked), []);
      await context.close();
      assert.deepEqual(violations.splice(0), []);
    });
  }

  it('switches and copy links work once adopted; the reader saved choice shows after it', async () => {
    const path = await render('cr-smart-home');
    const { page } = await open(path, true);
    await page.evaluate(() => customElements.whenDefined('privacy-notice'));
    await page.evaluate(
      () => (document.querySelector('privacy-notice') as unknown as { ready: Promise<unknown> }).ready,
    );
    const toggle = page.locator('privacy-notice input[role="switch"]:not([disabled])').first();
    const was = await toggle.isChecked();
    const changed = page.evaluate(
      () =>
        new Promise((resolve) =>
          document
            .querySelector('privacy-notice')!
            .addEventListener('privacy-notice-consent-change', (e) => resolve((e as CustomEvent).detail.source)),
        ),
    );
    await toggle.click();
    assert.equal(await changed, 'user');
    assert.equal(await toggle.isChecked(), !was);
    await page.locator('privacy-notice [part~="copy-link"]').first().click();
    await page.waitForFunction(() =>
      document.querySelector('privacy-notice')!.shadowRoot!.querySelector('[part~="copy-result"]'),
    );

    // Reloaded: the markup shows the default, the element then the reader's saved choice.
    await page.reload();
    await page.evaluate(() => customElements.whenDefined('privacy-notice'));
    await page.evaluate(
      () =>
        (document.querySelector('privacy-notice') as unknown as { updateComplete: Promise<unknown> }).updateComplete,
    );
    await page.waitForFunction(
      (want) =>
        (
          document
            .querySelector('privacy-notice')!
            .shadowRoot!.querySelector('input[role="switch"]:not([disabled])') as HTMLInputElement
        ).checked === want,
      !was,
    );
    assert.deepEqual(violations.splice(0), []);
  });

  it('a deep link works before and after the script', async () => {
    const path = await render('d-home-smaart');
    for (const js of [false, true]) {
      const { page } = await open(path, js, '#right-erasure');
      await page.waitForTimeout(js ? 800 : 200);
      const top = await page.evaluate(() => {
        const target = document.querySelector('privacy-notice')!.shadowRoot!.getElementById('right-erasure')!;
        return Math.round(target.getBoundingClientRect().top);
      });
      assert.ok(top >= -10 && top < 200, `JavaScript ${js ? 'on' : 'off'}: #right-erasure is at the top (${top})`);
    }
  });
});
