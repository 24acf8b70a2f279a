// A real HTTP server on 127.0.0.1 that serves the reference policies the ways real servers fail: error statuses,
// no answer at all, the wrong content type, broken JSON, an HTML error page, a redirect to another origin, a slow
// answer, a reset connection. Two listeners give two origins, so a redirect can cross from one to the other.
// Every answer allows any origin (CORS), as a CDN serving a public policy would, so only the fault itself can fail.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

const POLICIES = new URL('../../examples/policies/', import.meta.url);

async function policy(name) {
  return readFile(new URL(`${String(name).replace(/[^a-z0-9-]/g, '')}.json`, POLICIES), 'utf8');
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Routes: path -> (query, response, context) handler. `file` names a reference policy (default smarti). */
const ROUTES = {
  '/policy': async (q, res) => send(res, 200, 'application/json', await policy(q.get('file') ?? 'smarti')),
  '/status': (q, res) => send(res, Number(q.get('code') ?? 500), 'application/json', '{"error":"failure"}'),
  '/not-found': (q, res) => send(res, 404, 'text/html', '<!doctype html><title>404</title><h1>Not found</h1>'),
  '/hang': () => undefined, // headers never come: only the client's timeout ends it
  '/slow': async (q, res) => {
    await wait(Number(q.get('ms') ?? 1000));
    if (!res.destroyed) send(res, 200, 'application/json', await policy(q.get('file') ?? 'smarti'));
  },
  '/wrong-type': async (q, res) => send(res, 200, 'text/plain', await policy(q.get('file') ?? 'smarti')),
  '/invalid-json': (q, res) =>
    send(res, 200, 'application/json', '{"schemaVersion": "1.0.0", "id": "cut-off", "title": '),
  '/html-error': (q, res) =>
    send(
      res,
      200,
      'text/html; charset=utf-8',
      '<!doctype html><title>Error</title><h1>Service unavailable</h1><script>parent.__pnSentinel && parent.__pnSentinel()</script>',
    ),
  '/html-as-json': (q, res) => send(res, 502, 'application/json', '<!doctype html><h1>502 Bad Gateway</h1>'),
  '/redirect': (q, res, ctx) => {
    const target = `${q.get('to') === 'same' ? ctx.origin : ctx.otherOrigin}/policy?file=${q.get('file') ?? 'smarti'}`;
    res.writeHead(302, { location: target, 'access-control-allow-origin': '*' }).end();
  },
  '/reset': (q, res) => res.socket.destroy(),
  '/reset-midway': async (q, res) => {
    const body = await policy(q.get('file') ?? 'softathome');
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'access-control-allow-origin': '*',
    });
    res.write(body.slice(0, 2000));
    await wait(50);
    res.socket.destroy();
  },
  // A body with no end in sight (up to 64 MB, written only as fast as the client reads): `/sent?key=` tells how
  // much of it the client made the server send before it hung up.
  '/endless': async (q, res, ctx) => {
    const key = q.get('key') ?? '';
    const chunk = Buffer.alloc(64 * 1024, 'a');
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    let sent = 0;
    res.write('{"title": "');
    while (sent < 64 * 1024 * 1024 && !res.destroyed) {
      sent += chunk.length;
      ctx.sent.set(key, sent);
      if (!res.write(chunk)) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)));
    }
    res.end('"}');
  },
  '/sent': (q, res, ctx) =>
    send(res, 200, 'application/json', JSON.stringify({ bytes: ctx.sent.get(q.get('key')) ?? 0 })),
  // Headers at once, then one byte every 100 ms: a body that never finishes.
  '/trickle': async (q, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    for (let i = 0; i < 600 && !res.destroyed; i++) {
      res.write(' ');
      await wait(100);
    }
    res.end('{}');
  },
  '/flaky': async (q, res, ctx) => {
    const key = q.get('key') ?? '';
    ctx.hits.set(key, (ctx.hits.get(key) ?? 0) + 1);
    if (ctx.hits.get(key) === 1) return send(res, 503, 'application/json', '{"error":"try later"}');
    send(res, 200, 'application/json', await policy(q.get('file') ?? 'smarti'));
  },
};

function send(res, status, type, body) {
  res
    .writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' })
    .end(body);
}

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Starts both listeners; resolves to `{ origin, otherOrigin, close() }`. */
export async function startFaultServer() {
  const ctx = { origin: '', otherOrigin: '', hits: new Map(), sent: new Map() };
  const sockets = new Set();
  const handler = async (req, res) => {
    const url = new URL(req.url, ctx.origin);
    const route = ROUTES[url.pathname];
    if (!route) return send(res, 404, 'text/plain', 'no such route');
    try {
      await route(url.searchParams, res, ctx);
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'text/plain', String(error));
    }
  };
  const servers = [await listen(handler), await listen(handler)];
  for (const server of servers) {
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }
  [ctx.origin, ctx.otherOrigin] = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
  return {
    origin: ctx.origin,
    otherOrigin: ctx.otherOrigin,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}
