// The bridge protocol's JSON Schema (schemas/bridge.schema.json) against what the page sends and what it accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { readIncoming } from '../../src/bridge/incoming.js';
import { helloChoices, pageMessage } from '../../src/bridge/protocol.js';
import { defaultChoices } from '../../src/consent/state.js';
import { validatePolicy } from '../../src/model/index.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/bridge.schema.json', root), 'utf8'));
const ajv = new Ajv2020({ strict: true, strictTypes: false });
ajv.addSchema(schema);
const pageSchema = ajv.getSchema(`${schema.$id}#/$defs/PageMessage`)!;

describe('bridge protocol schema', () => {
  it('describes every message the page sends', () => {
    const result = validatePolicy(JSON.parse(readFileSync(new URL('test/fixtures/valid/consent.json', root), 'utf8')));
    assert.ok(result.ok);
    const policy = result.policy;
    const messages = [
      pageMessage({
        type: 'hello',
        policy: { id: policy.id, version: '2.0' },
        permissions: policy.permissions.map((p) => ({
          id: p.id,
          permission: p.permission,
          ...(p.platforms ? { platforms: p.platforms } : {}),
        })),
        choices: helloChoices(defaultChoices(policy, true)),
      }),
      pageMessage({
        type: 'set-permission',
        requestId: 'camera-1',
        id: 'camera',
        permission: 'camera',
        granted: false,
      }),
      pageMessage({ type: 'consent-change', id: 'marketing', kind: 'purpose', granted: false, source: 'user' }),
    ];
    for (const message of messages)
      assert.ok(pageSchema(message), `${message.type}: ${JSON.stringify(pageSchema.errors)}`);
    assert.equal(readIncoming(messages[1]).ok, false); // a page message is no app message
  });

  it('accepts the app messages of the docs, as objects or JSON text, and every message there fits the schema', () => {
    const section = readFileSync(new URL('docs/companion-apps.md', root), 'utf8');
    const examples = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));
    assert.deepEqual(
      examples.map((m) => m.type),
      ['hello', 'permission-state', 'set-permission', 'permission-result', 'consent-change'],
    );
    const whole = ajv.getSchema(schema.$id)!;
    for (const message of examples) assert.ok(whole(message), `${message.type}: ${JSON.stringify(whole.errors)}`);
    for (const message of examples.filter((m) => m.type.startsWith('permission-'))) {
      assert.deepEqual(readIncoming(message), { ok: true, message });
      assert.deepEqual(readIncoming(JSON.stringify(message)), { ok: true, message });
    }
  });

  it('says what is wrong with a message of the wrong shape or version', () => {
    const bad = readIncoming({
      bridge: 'privacy-notice',
      version: 1,
      type: 'permission-result',
      requestId: 'x',
      id: 'Camera!',
      state: 'denied',
    });
    assert.equal(bad.ok, false);
    assert.match(
      !bad.ok ? bad.message : '',
      /"permission-result" bridge message does not match the protocol \(\/id must match pattern/,
    );
    const old = readIncoming({ bridge: 'privacy-notice', version: 0, type: 'permission-state', permissions: [] });
    assert.deepEqual(old.ok ? undefined : old.code, 'bridge-wrong-version');
    assert.deepEqual(readIncoming({ hello: 'world' }).ok ? undefined : 'foreign', 'foreign');
  });
});
