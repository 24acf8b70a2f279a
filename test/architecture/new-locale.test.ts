// `npm run locale:new -- <tag>`: the start of a translation a translator fills in without code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/locales/en.js';

const root = new URL('../../', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-locale.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run locale:new', () => {
  it('writes <tag>.json with every English string and the language’s plural forms', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-locale-'));
    const file = join(dir, 'sr-Latn.json');
    try {
      const result = run('sr-Latn', '--dir', dir);
      assert.equal(result.status, 0, result.stderr);
      const strings = JSON.parse(readFileSync(file, 'utf8'));
      assert.deepEqual(Object.keys(strings), Object.keys(en));
      assert.equal(strings.notice.contents, en.notice.contents);
      // Serbian plurals are one, few and other.
      assert.deepEqual(
        Object.keys(strings.cookies)
          .filter((k) => k.startsWith('count_'))
          .sort(),
        ['count_few', 'count_one', 'count_other'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a tag that is not canonical, and a locale that exists already', () => {
    assert.equal(run('SR_latn').status, 2);
    const existing = run('ru');
    assert.equal(existing.status, 1);
    assert.match(existing.stderr, /ru\.json exists already/);
  });
});
