// examples/playground.html in Debian's headless Chromium, served by scripts/serve.mjs with the strict CSP the library
// promises to work under. Needs `npm run build` (dist/privacy-notice.js and dist/lint.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startExamplesServer } from '../../scripts/examples-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: Awaited<ReturnType<typeof startExamplesServer>> | undefined;
let browser: Browser;
let base: string;

async function openPlayground(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base}/examples/playground.html${query}`);
  await page.waitForFunction(() => document.getElementById('status')!.textContent !== '');
  await noticeTitle(page, /./);
  return page;
}

/** Waits until the notice's title matches, and returns it. */
async function noticeTitle(page: Page, expected: RegExp): Promise<string> {
  const handle = await page.waitForFunction((source) => {
    const title = document.querySelector('privacy-notice')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
    return title && new RegExp(source).test(title) ? title : undefined;
  }, expected.source);
  return (await handle.jsonValue()) as string;
}

const items = (page: Page) => page.locator('#findings li button').allTextContents();
const cursorLine = (page: Page) => page.evaluate(() => {
  const source = document.getElementById('source') as HTMLTextAreaElement;
  return source.value.slice(0, source.selectionStart).split('\n').length;
});

describe('the policy playground', () => {
  before(async () => {
    server = await startExamplesServer();
    base = server.url;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('lists the lint findings with their lines, as the CLI reports them, under the strict CSP', async () => {
    const page = await openPlayground('?name=smarti');
    assert.equal(await noticeTitle(page, /Privacy policy/), 'Privacy policy');
    const listed = await items(page);
    const expected = readFileSync(`${root}test/lint/expected/smarti.txt`, 'utf8').split('\n').filter((l) => l.startsWith('examples/'));
    assert.equal(listed.length, expected.length);
    assert.ok(listed.some((t) => t.startsWith('Line 203, column 3') && t.includes('error [right-missing]') && t.includes('"withdraw-consent"')), listed.join('\n'));
    assert.match(await page.locator('#status').textContent() ?? '', /^Valid policy; lint: 3 errors, 9 warnings\.$/);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
    await page.close();
  });

  it('updates the notice as the author types, and keeps the last good notice while the JSON is broken', async () => {
    const page = await openPlayground('?name=smarti');
    const source = page.locator('#source');
    const text = await source.inputValue();
    await source.fill(text.replace('"title": "Privacy policy"', '"title": "Privacy policy (draft)"'));
    assert.equal(await noticeTitle(page, /draft/), 'Privacy policy (draft)');

    const broken = (await source.inputValue()).replace('"id": "smarti",', '"id": "smarti"');
    await source.fill(broken);
    await page.waitForFunction(() => document.getElementById('status')!.dataset.valid === 'false');
    const line = broken.slice(0, broken.indexOf('"defaultLanguage"')).split('\n').length;
    assert.deepEqual(await items(page), [`Line ${line}, column 3 error [validate/json-syntax] Not valid JSON at line ${line}, column 3: a comma is missing.`]);
    assert.match(await page.locator('#status').textContent() ?? '', /not valid \(1 error, 0 warnings\.\) The notice shows the last valid version\./);
    assert.equal(await noticeTitle(page, /draft/), 'Privacy policy (draft)');

    await source.fill(broken.replace('"id": "smarti"', '"id": "smarti",').replace('"schemaVersion": "1.0.0"', '"schemaVersion": "1.0.0",\n  "effectiveDate": "yesterday"'));
    await page.waitForFunction(() => document.querySelector('#findings li button')?.textContent?.includes('effectiveDate'));
    const [first] = await items(page);
    assert.match(first!, /^Line 4, column 3 error \[validate\/format\] `effectiveDate` is not a valid date/);
    assert.equal(await noticeTitle(page, /draft/), 'Privacy policy (draft)');
    await page.close();
  });

  it('puts the cursor on the line of a finding when it is clicked', async () => {
    const page = await openPlayground('?name=cr-smart-home');
    const button = page.locator('#findings li button', { hasText: 'error [transfer-safeguards]' });
    const place = /^Line (\d+), column (\d+)/.exec((await button.textContent())!)!;
    await button.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'source');
    assert.equal(await cursorLine(page), Number(place[1]));
    assert.equal(await page.locator('#cursor').textContent(), `Line ${place[1]}, column ${place[2]}`);
    const lineText = await page.evaluate((n) => (document.getElementById('source') as HTMLTextAreaElement).value.split('\n')[n - 1], Number(place[1]));
    assert.match(lineText!, /^\s*\{$/, 'the transfer object opens on that line');
    await page.close();
  });

  it('switches the notice between the policy’s languages', async () => {
    const page = await openPlayground('?name=d-home-smaart');
    assert.deepEqual(await page.locator('#lang option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)), ['en', 'fr']);
    const english = await noticeTitle(page, /Privacy Policy/);
    await page.selectOption('#lang', 'fr');
    const french = await noticeTitle(page, /confidentialité/);
    assert.notEqual(french, english);
    assert.equal(await page.locator('privacy-notice').getAttribute('lang'), 'fr');
    await page.close();
  });

  it('downloads the policy JSON as edited', async () => {
    const page = await openPlayground('?name=smarti');
    await page.locator('#source').fill((await page.locator('#source').inputValue()).replace('SMARTi AS', 'SMARTi AS (edited)'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    assert.equal(download.suggestedFilename(), 'smarti.json');
    const saved = readFileSync((await download.path())!, 'utf8');
    assert.equal(saved, await page.locator('#source').inputValue());
    assert.match(saved, /SMARTi AS \(edited\)/);
    await page.close();
  });

  it('downloads the static page `privacy-notice render` would write, made in the page in the language shown', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/examples/playground.html?name=d-home-smaart`);
    await page.locator('#download-html').waitFor({ state: 'visible' });
    await page.selectOption('#lang', 'fr');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
    assert.equal(download.suggestedFilename(), 'd-home-smaart.fr.html');
    const html = readFileSync((await download.path())!, 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="fr" dir="ltr"><head><meta charset="utf-8">/);
    assert.match(html, /<title>Politique de confidentialité de D-Home Smaart<\/title>/);
    assert.match(html, /<body class="privacy-notice-static"><main>/);
    assert.match(html, /<a href="#right-access" dir="auto">/);
    assert.doesNotMatch(html, /<script|<button/);
    await context.close();
  });

  it('passes axe, the notice inside it included', async () => {
    const page = await openPlayground('?name=cr-smart-home');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run(document);
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, []);
    await page.close();
  });
});
