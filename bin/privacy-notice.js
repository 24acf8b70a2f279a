#!/usr/bin/env node
// The command-line entry point; the code lives in dist/cli.js (built from src/cli/ by `npm run build`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('privacy-notice: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
await import(cli.href);
