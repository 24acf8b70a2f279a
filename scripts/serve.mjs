// Serves the repository over HTTP for the examples: http://localhost:8000/ redirects to /examples/, so that every
// relative link of examples/index.html resolves where it points. A folder without an index.html is listed.
// Pages are sent with a strict Content-Security-Policy, the one the library promises to work under.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};
// Pre-rendered notices (render --dsd, privacy-notice/ssr) carry their stylesheet inline: its hash is allowed, nothing else.
const { styleSrc } = await import('../dist/lib/ssr/index.js').catch(() => ({ styleSrc: () => '' }));
const CSP = `default-src 'self'; script-src 'self'; style-src 'self' ${styleSrc()}; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let decoded;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return send(response, 400, 'Bad request: the path is not valid percent-encoding'); // GET /% must not stop the server
  }
  const path = normalize(decoded);
  if (path === sep || path === '/') return redirect(response, '/examples/');
  if (path === '/examples/prerendered.html') return prerendered(response, url.searchParams);
  const file = join(root, path);
  if (!file.startsWith(root) || path.split(sep).includes('node_modules')) return send(response, 404, 'Not found');
  try {
    const info = await stat(file);
    // A folder's relative links only resolve from its own URL with a trailing slash.
    if (info.isDirectory() && !url.pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
    const target = info.isDirectory() ? join(file, 'index.html') : file;
    if (info.isDirectory() && !(await stat(target).catch(() => null))) return listing(response, file, decoded);
    await stat(target);
    response.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
    });
    createReadStream(target).pipe(response);
  } catch {
    send(response, 404, `Not found: ${path}`);
  }
});

function redirect(response, location) {
  response.writeHead(302, { location, 'content-type': 'text/plain; charset=utf-8' });
  response.end(`See ${location}`);
}

const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A folder without an index.html (examples/policies/): a plain list of its files, each a link. */
async function listing(response, folder, path) {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();
  const items = names.map(
    (name) => `<li><a href="./${escape(encodeURIComponent(name).replace(/%2F$/, '/'))}">${escape(name)}</a></li>`,
  );
  sendPage(
    response,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escape(path)}</title><h1>${escape(path)}</h1><ul>${items.join('')}</ul></html>`,
  );
}

const POLICIES = ['cr-smart-home', 'd-home-smaart', 'smartbt', 'smarti', 'softathome'];

/**
 * /examples/prerendered.html?name=POLICY[&lang=TAG]: a reference policy rendered on the server for each request, as
 * a server-rendered site would (renderToString of privacy-notice/ssr): the notice is painted before any script runs,
 * and the element adopts it when privacy-notice.js loads.
 */
async function prerendered(response, params) {
  const name = POLICIES.includes(params.get('name')) ? params.get('name') : 'd-home-smaart';
  const lang = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(params.get('lang') ?? '') ? params.get('lang') : undefined;
  try {
    const { renderToString } = await import('../dist/lib/ssr/index.js');
    const { readFile } = await import('node:fs/promises');
    const policy = await readFile(join(root, 'examples/policies', `${name}.json`), 'utf8');
    const notice = await renderToString(policy, { headingLevel: 1, languageSwitcher: true, ...(lang ? { lang } : {}) });
    sendPage(
      response,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(name)}, pre-rendered</title><link rel="stylesheet" href="examples.css"><script type="module" src="../dist/privacy-notice.js"></script></head><body><main>${notice}</main></body></html>`,
    );
  } catch (error) {
    send(response, 500, `Could not pre-render ${name} (run npm run build first): ${error}`);
  }
}

/** A page the server makes itself, with the headers of every page it serves. */
function sendPage(response, html) {
  response.writeHead(200, {
    'content-type': TYPES['.html'],
    'cache-control': 'no-store',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
  });
  response.end(html);
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

// PORT=0 takes a free port: the URL printed is the one it got.
server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(
    `privacy-notice examples: http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/  (Ctrl+C to stop)`,
  );
});
