// Consent receipts against the Kantara Consent Receipt 1.1 JSON Schema in test/interop/kantara/ (a copy of
// ../shared/interop/kantara, see SOURCE.txt), run in node where ajv runs, for the consent fixture and every
// reference policy that offers consent choices.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { consentReceipt } from '../../src/consent/receipt.js';
import { defaultChoices } from '../../src/consent/state.js';
import type { ConsentChoice } from '../../src/consent/types.js';
import { validatePolicy, type NormalizedPolicy } from '../../src/model/index.js';

const root = new URL('../../', import.meta.url);
const kantara = new URL('test/interop/kantara/', root);
const schemaText = readFileSync(new URL('kantara-consent-receipt-v1_1-schema.json', kantara), 'utf8');

/**
 * The schema is draft-04 and carries comments. It uses no keyword whose meaning changed after draft-04 (checked
 * below), so ajv's default draft validates it as written once the comments and the `$schema` line are gone.
 */
function kantaraValidator() {
  const { $schema, ...schema } = parse(schemaText);
  assert.equal($schema, 'http://json-schema.org/draft-04/schema#');
  assert.doesNotMatch(JSON.stringify(schema), /"id"\s*:\s*"|"exclusive(Minimum|Maximum)"\s*:\s*(true|false)/);
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}
const validate = kantaraValidator();
const errorsOf = (receipt: unknown) =>
  validate(receipt) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);

function policyOf(file: URL): NormalizedPolicy {
  const result = validatePolicy(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.policy;
}

const OPTIONS = {
  policyUrl: 'https://acme.example/privacy.json',
  collectionMethod: 'privacy-notice switches on a web page',
  language: 'en',
  now: 1_700_000_000_000,
};

describe('Kantara consent receipts', () => {
  it('the validator accepts the specification’s own example and rejects a receipt missing a required field', () => {
    const example = JSON.parse(readFileSync(new URL('kantara-consent-receipt-v1_1-example.json', kantara), 'utf8'));
    assert.deepEqual(errorsOf(example), []);
    const { piiPrincipalId: _, ...broken } = example;
    assert.deepEqual(errorsOf(broken), [" must have required property 'piiPrincipalId'"]);
  });

  it('records what the reader agreed to, each consent given explicitly, with the controller and sensitive data', () => {
    const policy = policyOf(new URL('test/fixtures/valid/consent.json', root));
    const at = 1_700_000_123_000;
    const choices = defaultChoices(policy, false).map((c): ConsentChoice =>
      c.id === 'analytics'
        ? { ...c, granted: false, source: 'user', at }
        : c.id === 'newsletter'
          ? { ...c, granted: true, source: 'user', at }
          : c,
    );
    const receipt = consentReceipt(policy, choices, { ...OPTIONS, principalId: 'user-42', receiptId: 'r-1' });
    assert.deepEqual(errorsOf(receipt), []);
    assert.equal(receipt.version, 'KI-CR-v1.1.0');
    assert.equal(receipt.jurisdiction, 'FR');
    assert.equal(receipt.consentTimestamp, 1_700_000_123);
    assert.equal(receipt.piiPrincipalId, 'user-42');
    assert.deepEqual(receipt.piiControllers[0], {
      piiController: 'ACME Home SAS',
      contact: 'Jeanne Martin',
      address: { streetAddress: '1 rue de la Paix, 75002 Paris', addressCountry: 'FR' },
      email: 'dpo@acme.example',
      phone: '+33 1 23 45 67 89',
    });
    const purposes = receipt.services[0]!.purposes;
    assert.deepEqual(
      purposes.map((p) => [p.purpose, p.consentType]),
      [
        ['Personalised advertising', 'IMPLICIT'],
        ['Newsletter', 'EXPLICIT'],
        ['Strictly necessary', 'N/A'],
      ],
    );
    assert.deepEqual(purposes[0], {
      purpose: 'Personalised advertising',
      purposeCategory: ['7 - Marketing Third Parties', '9 - Sharing for Marketing'],
      consentType: 'IMPLICIT',
      piiCategory: ['Usage data', 'Precise location'],
      primaryPurpose: false,
      termination: 'When consent is withdrawn',
      thirdPartyDisclosure: true,
      thirdPartyName: 'Advertising partners',
    });
    assert.equal(receipt.sensitive, true);
    assert.deepEqual(receipt.spiCat, ['Precise location']);
  });

  for (const name of ['cr-smart-home', 'smarti', 'd-home-smaart']) {
    it(`is valid for ${name} with everything accepted, and with everything refused`, () => {
      const policy = policyOf(new URL(`examples/policies/${name}.json`, root));
      const all = (granted: boolean) =>
        defaultChoices(policy, false).map((c) => (c.locked ? c : { ...c, granted, source: 'user' as const, at: 1 }));
      const accepted = consentReceipt(policy, all(true), OPTIONS);
      assert.deepEqual(errorsOf(accepted), []);
      assert.equal(
        accepted.services[0]!.purposes.length,
        policy.consentPurposes.length + policy.cookieCategories.length,
      );
      const refused = consentReceipt(policy, all(false), OPTIONS);
      assert.deepEqual(errorsOf(refused), []);
      assert.equal(refused.services[0]!.purposes.length, policy.cookieCategories.filter((c) => c.alwaysOn).length);
    });
  }
});
