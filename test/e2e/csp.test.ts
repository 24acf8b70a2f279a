// dist/privacy-notice.js on a plain page served with the strict Content-Security-Policy the README promises, in
// Debian's Chromium: the notices render and the browser reports no violation at all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.js';
import { serve, type Server } from './server.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/** The Trusted Types policy the library creates: lit's, for its templates (Markdown is a tree: nothing else parses HTML). */
const LIBRARY_POLICIES = 'trusted-types lit-html';

type Probe = Window & { violations: string[] };

/** Opens the page with `csp` as a response header; every violation (and uncaught error) is recorded from the start. */
async function open(
  browser: Browser,
  server: Server,
  csp: string,
): Promise<{ page: Page; violations: () => Promise<string[]>; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Injected by the browser before any script of the page, so it sees violations the page itself could not report.
  await page.addInitScript(() => {
    (window as unknown as Probe).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as Probe).violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim(),
      );
    });
  });
  await page.goto(`${server.url}/test/e2e/fixtures/strict-csp.html?csp=${encodeURIComponent(csp)}`);
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as Probe).violations) };
}

/** Text of the first heading in an element's shadow root, once it has one. */
async function shadowHeading(page: Page, id: string): Promise<string> {
  const handle = await page.waitForFunction(
    (id) => document.getElementById(id)?.shadowRoot?.querySelector('h1, h2, h3')?.textContent?.trim(),
    id,
    { timeout: 15000 },
  );
  return (await handle.jsonValue()) as string;
}

describe('dist/privacy-notice.js under a strict CSP with Trusted Types', () => {
  let browser: Browser;
  let server: Server;
  before(async () => {
    browser = await launch();
    // The page's policy arrives as a response header, as a real server would send it (a <meta> cannot carry every directive).
    server = await serve((url) =>
      url.pathname.endsWith('.html') ? { 'content-security-policy': url.searchParams.get('csp') ?? STRICT } : {},
    );
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders reference policies, a right list and an error panel with zero securitypolicyviolation events', async () => {
    const { page, violations, errors } = await open(browser, server, `${STRICT}; ${LIBRARY_POLICIES}`);
    assert.equal(await shadowHeading(page, 'softathome'), 'Privacy policy');
    assert.match(await shadowHeading(page, 'dhome'), /^Politique de confidentialité/);
    await page.waitForFunction(() =>
      document.getElementById('rights')?.shadowRoot?.querySelector('#rights-right-access'),
    );
    await page.waitForFunction(() => document.getElementById('broken')?.shadowRoot?.querySelector('[role="alert"]'));
    // The broken policy's explanation (ajv and the messages) is a chunk of its own, loaded under the same policy.
    const alert = await page.evaluate(() =>
      document.getElementById('broken')!.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' '),
    );
    assert.match(
      alert,
      /rights\[0\]\.channels\[0\]\.email is not an email address\. at \/rights\/0\/channels\/0\/email/,
      alert,
    );
    assert.doesNotMatch(alert, /could not be loaded/, alert);

    // Markdown is drawn from its tree and every template goes through lit-html's policy.
    const shown = await page.evaluate(() => {
      const root = document.getElementById('softathome')!.shadowRoot!;
      return {
        paragraphs: root.querySelectorAll('.md p').length,
        tables: root.querySelectorAll('table').length,
        rights: root.querySelectorAll('[id^="right-"]').length,
      };
    });
    assert.ok(shown.paragraphs > 10, `markdown paragraphs rendered: ${shown.paragraphs}`);
    assert.ok(shown.tables >= 1, 'the processing table is rendered');
    assert.ok(shown.rights >= 6, `rights rendered: ${shown.rights}`);

    // A deep link after load re-renders nothing but moves focus inside the shadow root: still no violation.
    await page.evaluate(() => (location.hash = '#right-erasure'));
    await page.waitForFunction(
      () => document.getElementById('softathome')!.shadowRoot!.activeElement?.id === 'right-erasure',
    );
    // Changing the language draws every Markdown block again.
    await page.evaluate(() => document.getElementById('dhome')!.setAttribute('lang', 'en'));
    await page.waitForFunction(
      () =>
        document.getElementById('dhome')!.shadowRoot!.querySelector('h2')!.textContent!.trim() ===
        'D-Home Smaart Privacy Policy',
    );

    await page.waitForTimeout(200); // violation events are dispatched asynchronously
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('when the explanation chunk cannot load, good policies still show and a broken one says so, without throwing', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/dist/explain-*.js', (route) => route.abort());
    await page.goto(
      `${server.url}/test/e2e/fixtures/strict-csp.html?csp=${encodeURIComponent(`${STRICT}; ${LIBRARY_POLICIES}`)}`,
    );
    assert.equal(await shadowHeading(page, 'softathome'), 'Privacy policy');
    const alert = await page.waitForFunction(() =>
      document.getElementById('broken')?.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' '),
    );
    assert.match(
      (await alert.jsonValue()) as string,
      /The policy does not follow the policy schema; the details could not be loaded/,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the probe does see violations: without the lit-html policy name, lit is refused', async () => {
    const { page, violations } = await open(browser, server, `${STRICT}; trusted-types other`);
    await page.waitForFunction(() => (window as unknown as Probe).violations.length > 0, undefined, { timeout: 5000 });
    assert.ok(
      (await violations()).some((v) => v.startsWith('trusted-types')),
      (await violations()).join('\n'),
    );
    await page.close();
  });
});
