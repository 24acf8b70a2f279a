// scripts/serve.mjs (what `npm start` runs): the URL it prints works, and so does every link of the page it opens
// and every file those pages load; a request it cannot decode is refused, and the server keeps serving.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startExamplesServer } from '../../scripts/examples-server.mjs';

let server: Awaited<ReturnType<typeof startExamplesServer>>;

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
    server = await startExamplesServer(); // on a free port: the URL it prints is the one to open
  });
  after(() => server.close());

  it('opens the examples at the printed URL, and every link there and every file its pages load answers 200', async () => {
    const start = await fetch(`${server.url}/`);
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
    const bad = await fetch(`${server.url}/%`);
    assert.equal(bad.status, 400);
    const good = await fetch(`${server.url}/examples/policies/smarti.json`);
    assert.equal(good.status, 200);
    assert.equal(server.process.exitCode, null);
  });
});
