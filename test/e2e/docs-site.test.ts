// Issue 19: docs/ published as a static site (scripts/docs-site.mjs): built here, then every link of every page is
// followed from index.html, each target answers and each #fragment names an element of its page; the pages are
// axe-clean; the privacy page shows the site's own notice without JavaScript and as the element with it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildSite } from '../../scripts/docs-site.mjs';
import { axeViolations, launch } from './browser.js';
import { serve, type Server } from './server.js';

describe('the documentation site', () => {
  const out = mkdtempSync(join(tmpdir(), 'pn-site-'));
  let server: Server;
  let browser: Browser;
  before(async () => {
    buildSite(out);
    server = await serve(() => ({}), out);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('answers every link of every page, from the home page on, and every #fragment names an element', async () => {
    const pages = new Map<string, string>();
    const broken: string[] = [];
    const queue = [`${server.url}/index.html`];
    const fragments: Array<[string, string, string]> = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (pages.has(url)) continue;
      const response = await fetch(url);
      if (!response.ok) {
        broken.push(`${url}: ${response.status}`);
        continue;
      }
      const text = await response.text();
      pages.set(url, text);
      if (!url.endsWith('.html')) continue;
      for (const [, link] of text.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (/^[a-z]+:/i.test(link!)) continue; // https:, mailto:
        const target = new URL(link!.replaceAll('&amp;', '&'), url);
        if (target.hash)
          fragments.push([url, target.href.replace(/#.*/, ''), decodeURIComponent(target.hash.slice(1))]);
        target.hash = '';
        if (target.pathname.endsWith('/')) target.pathname += 'index.html';
        queue.push(target.href);
      }
    }
    for (const [from, page, id] of fragments) {
      const text = pages.get(page) ?? pages.get(page.endsWith('/') ? `${page}index.html` : page) ?? '';
      if (!text.includes(`id="${id}"`)) broken.push(`${from}: #${id} is not in ${page}`);
    }
    assert.deepEqual(broken, []);
    assert.ok(pages.size > 40, `${pages.size} pages and files`);
    for (const doc of ['website', 'companion-apps', 'cli', 'security', 'elements'])
      assert.ok(pages.has(`${server.url}/docs/${doc}.html`), `docs/${doc}.md is published`);
  });

  for (const path of [
    'index.html',
    'docs/companion-apps.html',
    'examples/apps/index.html',
    'schemas/bridge.schema.json.html',
  ]) {
    it(`${path} is axe-clean`, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/${path}`);
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }

  it("the privacy page shows the site's own notice without JavaScript, and the element takes it over", async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(`${server.url}/privacy.html`);
    assert.equal(await still.locator('h1').first().textContent(), 'Privacy on this documentation site');
    await off.close();

    const page = await browser.newPage();
    await page.goto(`${server.url}/privacy.html`);
    await page.waitForFunction(() => document.querySelector('privacy-notice')?.readyState === 'complete');
    assert.equal(
      await page.evaluate(() => document.querySelector('privacy-notice')!.shadowRoot!.querySelector('h1')?.textContent),
      'Privacy on this documentation site',
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
});
