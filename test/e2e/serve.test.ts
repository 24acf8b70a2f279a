// scripts/serve.mjs (what `npm start` runs): the URL it prints works, and so does every link of the page it opens
// and every file those pages load; a request it cannot decode is refused, and the server keeps serving.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server: ChildProcess;
const port = 8990 + Math.floor(Math.random() * 9);

/** Every same-site address a page's `href` and `src` attributes name (without fragments), resolved against `base`. */
function targets(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const [, value] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = new URL(value!.replace(/&amp;/g, '&'), base);
    url.hash = '';
    if (url.origin === new URL(base).origin) found.add(url.href);
  }
  return [...found];
}

describe('scripts/serve.mjs', () => {
  before(async () => {
    server = spawn(process.execPath, ['scripts/serve.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => server.stdout!.once('data', resolve));
  });
  after(() => void server.kill());

  it('opens the examples at the printed URL, and every link there and every file its pages load answers 200', async () => {
    const start = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(start.status, 200);
    assert.equal(new URL(start.url).pathname, '/examples/');
    const index = await start.text();
    assert.match(index, /<h1/);
    const links = targets(index, start.url);
    assert.ok(links.length >= 10, `only ${links.length} links`);
    const broken: string[] = [];
    const pages = new Set<string>();
    for (const link of links) {
      const response = await fetch(link);
      if (response.status !== 200) broken.push(`${link}: ${response.status}`);
      else if (response.headers.get('content-type')?.startsWith('text/html')) pages.add(response.url);
    }
    for (const page of pages) {
      for (const file of targets(await (await fetch(page)).text(), page)) {
        const response = await fetch(file);
        if (response.status !== 200) broken.push(`${file} (from ${page}): ${response.status}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('answers GET /% with 400 and goes on serving', async () => {
    const bad = await fetch(`http://127.0.0.1:${port}/%`);
    assert.equal(bad.status, 400);
    const good = await fetch(`http://127.0.0.1:${port}/examples/policies/smarti.json`);
    assert.equal(good.status, 200);
    assert.equal(server.exitCode, null);
  });
});
