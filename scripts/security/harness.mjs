// Opens the security suite's harness (test/security/harness.ts, bundled with esbuild) in Debian's headless Chromium
// through playwright-core, on a loopback server that serves the built bundle, the reference policies, the schema
// and the test fixtures. Every request the page makes is recorded outside the page. `npm run build` must have run.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SERVED = ['/dist/', '/examples/policies/', '/schemas/', '/test/fixtures/', '/test/security/pages/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
// The plain page has no CSP on purpose: a payload that managed to run must run, and call the sentinel.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>security harness</title>
<script src="/test/fixtures/sentinel.js"></script>
<script type="module" src="/dist/privacy-notice.js"></script>
<script type="module" src="/__harness__.js"></script></head><body></body></html>`;

async function bundleHarness() {
  const result = await build({
    entryPoints: [join(root, 'test/security/harness.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
  });
  return result.outputFiles[0].text;
}

function serve(harness) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const send = (status, type, body) =>
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/') return send(200, TYPES['.html'], PAGE);
    if (path === '/__harness__.js') return send(200, TYPES['.js'], harness);
    if (!SERVED.some((prefix) => path.startsWith(prefix))) return send(404, 'text/plain', 'not served');
    try {
      send(200, TYPES[extname(path)] ?? 'application/octet-stream', await readFile(join(root, path)));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * The harness page, ready: `call(name, ...args)` runs `pnHarness[name](...args)` in it; `requests()` returns every
 * request since the harness loaded; `close()` stops browser and server.
 */
export async function openHarness() {
  const server = await serve(await bundleHarness());
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage();
  const recorded = [];
  const errors = [];
  page.on('request', (r) => recorded.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('pnTakeRequests', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100)); // let request events already sent arrive
    return recorded.splice(0);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.pnHarness && customElements.get('privacy-notice'));
  recorded.splice(0); // the page's own files
  return {
    origin,
    // The same server under another name: another site, for frames that must be cross-site (bridge spoofing).
    otherSite: origin.replace('127.0.0.1', 'localhost'),
    errors,
    call: (name, ...args) => page.evaluate(([n, a]) => window.pnHarness[n](...a), [name, args]),
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
