// `privacy-notice render` output of every reference policy, opened in Chromium with JavaScript disabled: the table
// of contents and deep links work natively, print is black on white with link targets written out, and axe finds
// nothing, in light and dark.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from './browser.js';
import { root } from './server.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CASES: Array<{ policy: string; lang?: string }> = [
  { policy: 'cr-smart-home' },
  { policy: 'd-home-smaart' },
  { policy: 'd-home-smaart', lang: 'fr' },
  { policy: 'smartbt' },
  { policy: 'smarti' },
  { policy: 'softathome' },
];
const dir = mkdtempSync(join(tmpdir(), 'pn-static-'));
const run = promisify(execFile);

/** The built command, as a docs site's build would run it. */
async function renderPage({ policy, lang }: (typeof CASES)[number]): Promise<string> {
  const output = join(dir, `${policy}${lang ? `.${lang}` : ''}.html`);
  const args = [
    join(root, 'bin/privacy-notice.js'),
    'render',
    join(root, 'examples/policies', `${policy}.json`),
    '-o',
    output,
    ...(lang ? ['--lang', lang] : []),
  ];
  await run(process.execPath, args, { cwd: root });
  return pathToFileURL(output).href;
}

async function openPage(browser: Browser, url: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * axe's findings for the page at `url`. axe is a script, and a page with JavaScript disabled runs none; the static
 * page has no script of its own, so the same file in a context that allows script has the same DOM (checked) and
 * the same rendering, and axe runs there.
 */
async function axeViolations(
  browser: Browser,
  url: string,
  options: BrowserContextOptions,
  withoutScript: string,
): Promise<AxeViolation[]> {
  const page = await openPage(browser, url, { ...options, javaScriptEnabled: true });
  assert.equal(await page.content(), withoutScript, 'the page is the same with and without JavaScript');
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations.map(({ id, help, nodes }) => ({
      id,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
  await page.context().close();
  return violations;
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id}: ${v.help}\n  ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    )
    .join('\n');
}

describe('static HTML with JavaScript disabled', () => {
  let browser: Browser;
  const urls = new Map<(typeof CASES)[number], string>();
  before(async () => {
    browser = await launch();
    const rendered = await Promise.all(CASES.map(renderPage));
    CASES.forEach((c, i) => urls.set(c, rendered[i]!));
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a fragment keeps its look in a host page that styles headings, text, lists and links its own way', async () => {
    const { stdout: fragment } = await run(
      process.execPath,
      [join(root, 'bin/privacy-notice.js'), 'render', join(root, 'examples/policies/softathome.json'), '--fragment'],
      { cwd: root, maxBuffer: 32 * 1024 * 1024 },
    );
    const HOST = `<style>
      h1, h2, h3, h4 { color: red; text-transform: uppercase; margin: 3em 0; font-family: serif; letter-spacing: 4px; }
      p { text-indent: 4em; line-height: 3; } ul, ol { list-style: square; padding: 0; margin: 2em; }
      li { margin-block: 1em; } a { color: orange; text-decoration: none; font-weight: bold; }
      table, td, th { border: 3px dashed red; padding: 1em; } div { padding: 7px; }
    </style>`;
    const PROPERTIES = [
      'color',
      'text-transform',
      'margin-top',
      'font-family',
      'letter-spacing',
      'text-indent',
      'line-height',
      'list-style-type',
      'padding-left',
      'text-decoration-line',
      'font-weight',
      'border-top-style',
    ];
    const looks = async (head: string) => {
      const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
      await page.setContent(
        `<!doctype html><html lang="en"><head>${head}</head><body><main>${fragment}</main></body></html>`,
      );
      const seen = await page.evaluate((properties) => {
        const root = document.querySelector('.privacy-notice-static')!;
        return ['h2', 'h3', 'p', 'ul', 'li', 'a', 'table', 'td', 'th'].map((tag) => {
          const el = root.querySelector(tag);
          if (!el) return `${tag}: none`;
          const style = getComputedStyle(el);
          return `${tag}: ${properties.map((p) => `${p}=${style.getPropertyValue(p)}`).join(' ')}`;
        });
      }, PROPERTIES);
      await page.close();
      return seen;
    };
    assert.deepEqual(await looks(HOST), await looks(''));
  });

  it('--embed: a page that loads privacy-notice.js shows the element from the inline policy, without fetching; without JavaScript, the static notice', async () => {
    const { stdout: fragment } = await run(
      process.execPath,
      [
        join(root, 'bin/privacy-notice.js'),
        'render',
        join(root, 'examples/policies/smarti.json'),
        '--fragment',
        '--embed',
      ],
      { cwd: root },
    );
    const site = 'http://docs.test';
    const pages: Record<string, [type: string, body: string]> = {
      '/privacy.html': [
        'text/html',
        `<!doctype html><html lang="en"><head><title>Privacy</title><script type="module" src="/privacy-notice.js"></script></head><body><main>${fragment}</main></body></html>`,
      ],
      '/noscript.html': [
        'text/html',
        `<!doctype html><html lang="en"><head><title>Privacy</title><script type="module" src="/privacy-notice.js"></script></head><body><main><privacy-notice src="/smarti.json"></privacy-notice><noscript>${fragment}</noscript></main></body></html>`,
      ],
      '/privacy-notice.js': ['text/javascript', readFileSync(join(root, 'dist/privacy-notice.js'), 'utf8')],
      '/smarti.json': ['application/json', readFileSync(join(root, 'examples/policies/smarti.json'), 'utf8')],
    };
    const title = JSON.parse(pages['/smarti.json']![1]).title;
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const requested: string[] = [];
      await context.route(`${site}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        requested.push(path);
        // The chunks the script loads for this policy (marked, for its Markdown with markup) come from dist/ too.
        const chunk = /^\/[\w.-]+\.js$/.test(path) && existsSync(join(root, 'dist', path));
        const [contentType, body] =
          pages[path] ??
          (chunk ? ['text/javascript', readFileSync(join(root, 'dist', path), 'utf8')] : ['text/plain', '']);
        return route.fulfill({ status: pages[path] || chunk ? 200 : 404, contentType, body });
      });
      const page = await context.newPage();
      await page.goto(`${site}/privacy.html`);
      const staticTitle = page.locator('privacy-notice > .notice h2').first();
      if (javaScriptEnabled) {
        const shadowTitle = await page.waitForFunction(
          () => document.querySelector('privacy-notice')!.shadowRoot?.querySelector('[part~="title"]')?.textContent,
        );
        assert.equal((await shadowTitle.jsonValue())?.trim(), title);
        assert.equal(await staticTitle.isVisible(), false, 'the static copy is not shown once the element runs');
        assert.deepEqual(requested.slice(0, 2), ['/privacy.html', '/privacy-notice.js']);
        assert.deepEqual(
          requested.filter((path) => !path.endsWith('.js')),
          ['/privacy.html'],
          'the policy is not fetched again',
        );
      } else {
        assert.equal(await staticTitle.isVisible(), true);
        assert.equal((await staticTitle.textContent())?.trim(), title);
        await page.goto(`${site}/noscript.html`);
        await page.locator('a[href="#right-access"]').first().click();
        assert.equal(new URL(page.url()).hash, '#right-access', 'the <noscript> copy is navigable');
        assert.equal(await page.locator(':target').getAttribute('id'), 'right-access');
      }
      await context.close();
    }
  });

  for (const testCase of CASES) {
    const name = `${testCase.policy}${testCase.lang ? ` (${testCase.lang})` : ''}`;

    it(`${name}: every table-of-contents link reaches its target natively`, async () => {
      const page = await openPage(browser, urls.get(testCase)!, {
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 800 },
      });
      assert.equal(await page.locator('script').count(), 0, 'the page has no script');
      const links = page.locator('nav.toc a');
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
      assert.ok(hrefs.length >= 5, `contents links: ${hrefs.length}`);
      assert.ok(
        hrefs.some((h) => h.startsWith('#right-')),
        'the rights are in the table of contents',
      );
      for (const [i, href] of hrefs.entries()) {
        await links.nth(i).click();
        assert.equal(new URL(page.url()).hash, href);
        const target = page.locator(':target');
        assert.equal(await target.getAttribute('id'), href.slice(1), `${href} is the :target`);
        const box = (await target.boundingBox())!;
        assert.ok(box.y >= 0 && box.y < 800, `${href} is scrolled into view (top at ${box.y})`);
      }
      await page.context().close();
    });

    it(`${name}: a deep link opened from outside lands on the right`, async () => {
      const last = JSON.parse(
        readFileSync(join(root, 'examples/policies', `${testCase.policy}.json`), 'utf8'),
      ).rights.at(-1).id;
      const page = await openPage(browser, `${urls.get(testCase)!}#right-${last}`, {
        javaScriptEnabled: false,
        viewport: { width: 390, height: 700 },
      });
      const box = (await page.locator(`[id="right-${last}"]`).boundingBox())!;
      assert.ok(box.y >= 0 && box.y < 700, `#right-${last} is in view (top at ${box.y})`);
      assert.ok(await page.evaluate(() => window.scrollY > 0), 'the page scrolled to it');
      await page.context().close();
    });

    it(`${name}: prints black on white, with the address of each outside link written out`, async () => {
      const page = await openPage(browser, urls.get(testCase)!, { javaScriptEnabled: false, colorScheme: 'dark' });
      const look = () =>
        page.evaluate(() => {
          const link = document.querySelector('a[href^="https:"], a[href^="mailto:"]');
          const notice = getComputedStyle(document.body);
          return {
            color: notice.color,
            background: notice.backgroundColor,
            after: link ? getComputedStyle(link, '::after').content : '',
            href: link?.getAttribute('href'),
          };
        });
      assert.notEqual((await look()).color, 'rgb(0, 0, 0)', 'dark on screen');
      await page.emulateMedia({ media: 'print' });
      const printed = await look();
      assert.deepEqual([printed.color, printed.background], ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      if (printed.href)
        assert.ok(printed.after.includes(printed.href), `printed link shows ${printed.href}: ${printed.after}`);
      await page.context().close();
    });

    for (const [scheme, width] of [
      ['light', 1280],
      ['dark', 360],
    ] as const) {
      it(`${name}: passes axe in ${scheme} mode at ${width} px`, async () => {
        const options: BrowserContextOptions = { colorScheme: scheme, viewport: { width, height: 800 } };
        const withoutScript = await openPage(browser, urls.get(testCase)!, { ...options, javaScriptEnabled: false });
        const content = await withoutScript.content();
        await withoutScript.context().close();
        const violations = await axeViolations(browser, urls.get(testCase)!, options, content);
        assert.deepEqual(violations, [], describeViolations(violations));
      });
    }
  }
});
