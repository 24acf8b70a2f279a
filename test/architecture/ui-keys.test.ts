// Every UI string is used: a key no code asks for is a sentence translators keep up in 41 languages for nothing.
// A key counts as used when the code names it ('group.key'), or when the code builds keys of its group from data
// (`legalBasis.${basis}`), whose keys are the values of the schema's enums (checked by the locale tests).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/locales/en.js';

const src = new URL('../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('UI strings', () => {
  it('has no key the code never asks for', () => {
    const code = files(src)
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const built = new Set([...code.matchAll(/[`'](\w+)\.\$\{/g)].map((m) => m[1]));
    const unused = Object.entries(en).flatMap(([group, keys]) =>
      built.has(group)
        ? []
        : Object.keys(keys)
            .map((key) => `${group}.${key.replace(/_(?:zero|one|two|few|many|other)$/, '')}`)
            .filter((key) => !code.includes(`'${key}'`) && !code.includes(`\`${key}\``)),
    );
    assert.deepEqual([...new Set(unused)], []);
  });
});
