// dist/browser/: only what a web page needs, to upload as it is. dist/privacy-notice.js and the files it loads
// (each UI locale once, the explainer of broken policies), found by following their relative imports, without
// source maps. dist/ itself also holds the bundler build, the command, the playground's builds and their maps.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const out = new URL('browser/', dist);
const ENTRY = 'privacy-notice.js';
/** A relative import of a sibling module, static or dynamic, as the build writes them. */
const IMPORT = /(?:from\s*|import\s*\(\s*|import\s*)(["'`])\.\/([\w.-]+\.js)\1/g;

export async function browserDist() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const copied = new Set();
  const queue = [ENTRY];
  while (queue.length) {
    const name = queue.shift();
    if (copied.has(name)) continue;
    copied.add(name);
    const code = await readFile(new URL(name, dist), 'utf8');
    for (const [, , file] of code.matchAll(IMPORT)) queue.push(file);
    await writeFile(new URL(name, out), code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  }
  return [...copied].sort();
}

const files = await browserDist();
console.log(`dist/browser/: ${files.length} files (${ENTRY} and what it loads), no source maps`);
