// dist/browser/ (issue 19): the files a site owner uploads. Only the runtime: the script, each UI locale once and
// the explainer of broken policies, no source maps; and a page that has nothing else of the build works, in French
// and for a broken policy, loading every script it needs from that folder.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { browserAndServer } from './browser.js';
import { root } from './server.js';

const folder = join(root, 'dist/browser');

describe('dist/browser/', () => {
  const shared = browserAndServer();

  it('holds the script and what it loads, each locale once, nothing else and no source maps', () => {
    const files = readdirSync(folder);
    assert.ok(files.includes('privacy-notice.js'));
    assert.deepEqual(
      files.filter((f) => !f.endsWith('.js') || /^(static|lint|cli)\b/.test(f)),
      [],
    );
    const tags = files
      .filter((f) => f !== 'privacy-notice.js' && !f.startsWith('explain-'))
      .map((f) => f.replace(/-[\w-]{8}\.js$/, '')); // the tag without the build's 8-character hash
    assert.equal(new Set(tags).size, tags.length, 'one file per locale');
    assert.ok(tags.length >= 39, `${tags.length} locales`);
    for (const file of files) {
      const code = readFileSync(join(folder, file), 'utf8');
      assert.doesNotMatch(code, /sourceMappingURL/, file);
      for (const [, name] of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g))
        assert.ok(files.includes(name!), `${file} loads ${name}, which is not in dist/browser/`);
    }
  });

  it('is all a page needs: a French notice and a broken policy explained, every script from dist/browser/', async () => {
    const page = await shared.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().endsWith('.js') || r.url().endsWith('.map'))
        scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${shared.server.url}/test/e2e/fixtures/browser-dist.html`);
    const title = await page.waitForFunction(
      () => document.getElementById('dhome')?.shadowRoot?.querySelector('h2')?.textContent?.trim(),
      undefined,
      { timeout: 15000 },
    );
    assert.match(String(await title.jsonValue()), /^Politique de confidentialité/);
    const alert = await page.waitForFunction(
      () => document.getElementById('broken')?.shadowRoot?.querySelector('[role="alert"]')?.textContent,
      undefined,
      { timeout: 15000 },
    );
    assert.match(String(await alert.jsonValue()), /is not an email address/);
    assert.ok(
      scripts.some((s) => /\/fr-[\w-]+\.js$/.test(s)),
      scripts.join(' '),
    );
    assert.deepEqual(
      scripts.filter((s) => !s.startsWith('/dist/browser/') || s.endsWith('.map')),
      [],
    );
    await page.close();
  });
});
