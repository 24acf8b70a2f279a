// privacy-notice/react (issue 19): test/types/react-usage.tsx, an app's page written with the five elements, type-checks
// against src/react.ts with React 19's own types, and each mistake it marks @ts-expect-error is caught.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './server.js';

describe('privacy-notice/react', () => {
  it('types the elements for JSX: props, the policy document, refs and events', () => {
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'test/types'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });
});
