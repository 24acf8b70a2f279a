// Writes test/lint/expected/<name>.txt: what `privacy-notice lint` prints for each reference policy. test/cli/lint.test.ts
// compares the command's output with these files, so a change to a rule shows up as a diff to review, finding by
// finding, before it is committed. Needs `npm run build` first.
//
//   node scripts/lint-expected.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REFERENCE_POLICIES = ['cr-smart-home', 'd-home-smaart', 'smartbt', 'smarti', 'softathome'];
const root = fileURLToPath(new URL('../', import.meta.url));

/** The lint command's stdout and exit status for one reference policy, run from the repository root. */
export function lintReference(name) {
  const result = spawnSync(process.execPath, ['bin/privacy-notice.js', 'lint', `examples/policies/${name}.json`], {
    cwd: root,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(new URL('../test/lint/expected/', import.meta.url), { recursive: true });
  for (const name of REFERENCE_POLICIES) {
    const { stdout, stderr } = lintReference(name);
    writeFileSync(new URL(`../test/lint/expected/${name}.txt`, import.meta.url), stdout);
    process.stdout.write(`${name}: ${stderr.trim()}\n`);
  }
}
