// The script-tag build loads some of its code as chunks when a policy needs them (docs/performance.md, "Size"). A page
// that goes offline after loading privacy-notice.js still shows the notice when a chunk cannot be loaded: here the
// consent code of a policy with a consent purpose fails once, which the page learns from one diagnostic, not a loop.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserAndServer } from './browser.js';

const shared = browserAndServer();

describe('a chunk that cannot be loaded', () => {
  it('a policy with choices is shown without its switches, with one consent-unavailable diagnostic', async () => {
    const page = await shared.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const asked: string[] = [];
    await page.route('**/dist/consent-session-*.js', (route) => {
      asked.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.addInitScript(() => {
      const w = window as unknown as { diagnostics: string[] };
      w.diagnostics = [];
      document.addEventListener('privacy-notice-diagnostic', (e) =>
        w.diagnostics.push((e as CustomEvent<{ code: string }>).detail.code),
      );
    });
    await page.goto(`${shared.server.url}/examples/policy.html?name=smarti`);
    await page.waitForFunction(() => document.querySelector('privacy-notice')?.readyState === 'complete');
    await page.waitForTimeout(500); // a retry loop would show here
    const shown = await page.evaluate(() => {
      const el = document.querySelector('privacy-notice') as HTMLElement & { getConsent(): unknown };
      const root = el.shadowRoot!;
      return {
        headings: root.querySelectorAll('h2').length,
        switches: root.querySelectorAll('input[role="switch"]').length,
        consent: el.getConsent(),
        diagnostics: (window as unknown as { diagnostics: string[] }).diagnostics,
      };
    });
    assert.ok(shown.headings > 3, `the notice is shown (${shown.headings} sections)`);
    assert.equal(shown.switches, 0);
    assert.equal(shown.consent, null);
    assert.deepEqual(
      shown.diagnostics.filter((code) => code === 'consent-unavailable'),
      ['consent-unavailable'],
    );
    assert.equal(asked.length, 1, 'asked for once');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
