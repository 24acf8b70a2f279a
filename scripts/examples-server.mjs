// scripts/serve.mjs as a child process on a free port (PORT=0), for the tests and scripts that open the examples:
// several can run at once without choosing ports that may be taken.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Starts the examples server; resolves to its base URL (`http://127.0.0.1:PORT`) and a way to stop it. */
export function startExamplesServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited (${code}) before it listened`)));
    server.stdout.once('data', (chunk) => {
      const url = /http:\/\/[^/\s]+/.exec(String(chunk))?.[0];
      if (!url) return reject(new Error(`scripts/serve.mjs printed no URL: ${chunk}`));
      server.removeAllListeners('exit');
      resolve({ url, process: server, close: () => void server.kill() });
    });
  });
}
