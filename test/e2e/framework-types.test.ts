// privacy-notice/react and privacy-notice/vue (issue 19): test/types/react-usage.tsx, an app's page written with the
// five elements, and test/types/vue-usage.ts, the props Vue templates give them, type-check against src/react.ts and
// src/vue.ts with React 19's and Vue 3's own types, and each mistake they mark @ts-expect-error is caught.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './server.js';

describe('privacy-notice/react and privacy-notice/vue', () => {
  it('type the elements for JSX and Vue templates: attributes, the policy document, refs and events', () => {
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'test/types'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });
});
