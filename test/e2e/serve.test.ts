// scripts/serve.mjs (what `npm start` runs): a request it cannot decode is refused, and the server keeps serving.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server: ChildProcess;
const port = 8990 + Math.floor(Math.random() * 9);

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

  it('answers GET /% with 400 and goes on serving', async () => {
    const bad = await fetch(`http://127.0.0.1:${port}/%`);
    assert.equal(bad.status, 400);
    const good = await fetch(`http://127.0.0.1:${port}/examples/policies/smarti.json`);
    assert.equal(good.status, 200);
    assert.equal(server.exitCode, null);
  });
});
