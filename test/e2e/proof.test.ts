// Issue 15, proof of what was shown: the SHA-256 of a policy's canonical form (RFC 8785) is the same from the command
// line and from the element in Chromium (getConsent, the consent events, the saved record, the receipt);
// `verify-receipt` accepts the element's receipt for that policy file and refuses it for a file changed by one
// character; whitespace and key order change nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { canonicalPolicy } from '../../src/model/hash.js';
import { launch } from './browser.js';
import { root, serve, type Server } from './server.js';

const bin = join(root, 'bin/privacy-notice.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const POLICY = join(root, 'examples/policies/cr-smart-home.json');

/** The same object with its keys in reverse order, all the way down. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  return value;
}

describe('proof of what the reader was shown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pn-proof-'));
  let server: Server;
  let browser: Browser;
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('canonicalizes as RFC 8785 says: sorted keys, shortest numbers, no whitespace', () => {
    assert.equal(
      canonicalPolicy({ b: [1e21, 0.5, -0, 1.0], a: 'é\u2028', c: { z: null, y: true } }),
      '{"a":"é\u2028","b":[1e+21,0.5,0,1],"c":{"y":true,"z":null}}',
    );
  });

  it('canonicalizes a lone surrogate (valid JSON, no RFC 8785 form) as U+FFFD instead of failing', () => {
    assert.equal(
      canonicalPolicy({ a: 'x\ud800', 'k\udc00': ['\ud83d\ude00'] }),
      '{"a":"x\ufffd","k\ufffd":["\ud83d\ude00"]}',
    );
  });

  it('hash: one value for one text, however it is formatted; another for one character changed', () => {
    const doc = JSON.parse(readFileSync(POLICY, 'utf8'));
    writeFileSync(join(dir, 'minified.json'), JSON.stringify(reversed(doc)));
    const changed = structuredClone(doc);
    changed.title = `${changed.title}.`;
    writeFileSync(join(dir, 'changed.json'), JSON.stringify(changed, null, 2));
    const run = cli('hash', POLICY, join(dir, 'minified.json'), join(dir, 'changed.json'));
    assert.equal(run.status, 0, run.stderr);
    const [original, minified, other] = run.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('  ')[0]!);
    assert.match(original!, /^sha256:[0-9a-f]{64}$/);
    assert.equal(minified, original);
    assert.notEqual(other, original);
    const invalid = cli('hash', join(root, 'test/fixtures/invalid/bad-email.json'));
    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /bad-email\.json: not hashed: the policy is invalid\./);
  });

  it('the element records that hash everywhere, and verify-receipt checks its receipt against the policy file', async () => {
    const expected = cli('hash', POLICY).stdout.split('  ')[0]!;
    const page = await browser.newPage();
    await page.goto(`${server.url}/test/e2e/fixtures/blank.html`);
    const seen = await page.evaluate(async () => {
      const el = document.createElement('privacy-choices') as HTMLElement & {
        getConsent(): { policyHash: string };
        getConsentReceipt(): { policyHash: string; libraryVersion: string; language: string };
        setConsent(id: string, on: boolean): boolean;
      };
      const changes: Array<{ policyHash: string }> = [];
      el.addEventListener('privacy-notice-consent-change', (e) => changes.push((e as CustomEvent).detail));
      const ready = new Promise((resolve) => el.addEventListener('privacy-notice-consent-ready', resolve));
      el.setAttribute('src', '/examples/policies/cr-smart-home.json');
      await customElements.whenDefined('privacy-choices');
      document.querySelector('main')!.append(el);
      await ready;
      el.setConsent('data-analysis', true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const record = Object.entries(localStorage).find(([key]) => key.startsWith('privacy-notice:consent:'))?.[1];
      return {
        snapshot: el.getConsent().policyHash,
        events: [...new Set(changes.map((c) => c.policyHash))],
        record: JSON.parse(record ?? '{}').policyHash,
        receipt: el.getConsentReceipt(),
      };
    });
    assert.equal(seen.snapshot, expected);
    assert.deepEqual(seen.events, [expected]);
    assert.equal(seen.record, expected);
    assert.equal(seen.receipt.policyHash, expected);
    assert.equal(seen.receipt.language, 'en');
    assert.match(seen.receipt.libraryVersion, /^\d+\.\d+\.\d+/);
    await page.close();

    writeFileSync(join(dir, 'receipt.json'), JSON.stringify(seen.receipt));
    const verified = cli('verify-receipt', join(dir, 'receipt.json'), POLICY);
    assert.equal(verified.status, 0, verified.stderr);
    assert.match(verified.stdout, /verified: made for .*cr-smart-home\.json/);

    const doc = JSON.parse(readFileSync(POLICY, 'utf8'));
    doc.controller.name = `${doc.controller.name.en ?? doc.controller.name}x`;
    writeFileSync(join(dir, 'one-character.json'), JSON.stringify(doc, null, 2));
    const refused = cli('verify-receipt', join(dir, 'receipt.json'), join(dir, 'one-character.json'));
    assert.equal(refused.status, 1);
    assert.match(
      refused.stderr,
      /not verified: the receipt was made for the policy sha256:[0-9a-f]{64}, and .* is sha256:/,
    );

    writeFileSync(join(dir, 'no-hash.json'), JSON.stringify({ ...seen.receipt, policyHash: undefined }));
    const old = cli('verify-receipt', join(dir, 'no-hash.json'), POLICY);
    assert.equal(old.status, 1);
    assert.match(old.stderr, /the receipt has no policyHash/);
  });
});
