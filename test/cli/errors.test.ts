// Issue 19: the errors a new user meets first, each with the message that helps them on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validatePolicy } from '../../src/model/index.js';
import { MINIMAL } from '../reader.js';

const base = { ...MINIMAL, id: 'first-hour' };

/** The problems of `doc` as "pointer message" lines. */
function problems(doc: Record<string, unknown>): string[] {
  const result = validatePolicy({ ...base, ...doc });
  assert.equal(result.ok, false);
  return result.ok ? [] : result.errors.map((e) => `${e.pointer} ${e.message}`);
}

describe('errors a new user meets', () => {
  it('a Duration of the wrong type says what a duration looks like, not what text is', () => {
    const found = problems({
      cookies: {
        categories: [{ id: 'stats', kind: 'analytics', label: 'Statistics' }],
        items: [{ name: '_ga', category: 'stats', purpose: 'Counts visits', duration: 30 }],
      },
    });
    assert.deepEqual(found, [
      '/cookies/items/0/duration `cookies.items[0].duration` must be an ISO 8601 duration such as "P30D", "session", or {"amount": 15, "unit": "business-day"}.',
    ]);
  });

  it('an e-mail channel with neither `email` nor `contact` gets one error that offers both', () => {
    assert.deepEqual(problems({ rights: [{ id: 'access', channels: [{ type: 'email' }] }] }), [
      '/rights/0/channels/0 `rights[0].channels[0]` needs `email` or `contact`.',
    ]);
  });

  it('an unknown field gets the nearest field of its object', () => {
    assert.deepEqual(problems({ purposes: [{ id: 'billing', label: 'Billing', legalBasis: 'contract' }] }), [
      '/purposes/0/legalBasis `purposes[0].legalBasis` is not a field the schema knows. Did you mean "legalBases"?',
    ]);
    // Nothing near: no guess.
    assert.deepEqual(problems({ controller: { name: 'Example Ltd', fax: '+33 1 23 45 67 89' } }), [
      '/controller/fax `controller.fax` is not a field the schema knows.',
    ]);
  });

  it('an unknown enum value gets the value meant, by spelling or by the word authors use, and the whole list', () => {
    const [gps] = problems({ permissions: [{ id: 'gps', permission: 'gps', label: 'GPS', purpose: 'Maps' }] });
    assert.match(gps!, /Did you mean "location"\?$/);
    assert.match(gps!, /"speech-recognition", "tracking" or "other"\./); // the list is not cut short
    assert.doesNotMatch(gps!, /more\)/);
    const [basis] = problems({ purposes: [{ id: 'billing', label: 'Billing', legalBases: ['contracts'] }] });
    assert.match(basis!, /must be a legal basis .* Did you mean "contract"\?$/);
  });
});
