// Browser tests: every test/**/*.test.ts except the node-only folders, in Debian's headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { axTreePlugin } from './test/ax-plugin.mjs';
import { faultServerPlugin, requestRecorderPlugin } from './test/security/wtr-plugins.mjs';

/**
 * /__policy__?file=PATH&delay=MS&status=CODE&type=CONTENT-TYPE serves a repository file the way a misbehaving
 * server might: late, with an error status, or with the wrong content type. Used by the loading tests.
 */
function policyServer() {
  return async (context, next) => {
    if (context.path !== '/__policy__') return next();
    const { file = '', delay = '0', status = '200', type = 'application/json' } = context.query;
    await new Promise((resolve) => setTimeout(resolve, Number(delay)));
    const { readFile } = await import('node:fs/promises');
    context.status = Number(status);
    context.type = type;
    context.body =
      file && !file.includes('..') ? await readFile(new URL(file, import.meta.url), 'utf8').catch(() => '') : '';
  };
}

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  files: [
    'test/**/*.test.ts',
    '!test/cli/**',
    '!test/examples/**',
    '!test/interop/**',
    '!test/static/**',
    '!test/e2e/**',
    '!test/docs/**',
    '!test/view/**',
    '!test/architecture/**',
    '!test/labels/**',
  ],
  // lit's production build: the dev build's "Lit is in dev mode" warning would be logged by every test file.
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // A policy that cannot be shown is reported on the console for the site's developers; the tests provoke many.
  filterBrowserLogs: ({ type, args }) =>
    !(type === 'error' && typeof args[0] === 'string' && args[0].startsWith('privacy-notice: the policy')),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [policyServer()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    requestRecorderPlugin(),
    faultServerPlugin(),
    axTreePlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
};
