import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import isValid from '../../src/model/is-valid.generated.js';
import { validatePolicySoon } from '../../src/model/quick.js';
import { validatePolicy } from '../../src/model/index.js';
import ajvValidate from '../../src/model/validate.generated.js';
import { largePolicy } from '../templates/large-policy.js';
import { nearValidPolicy } from '../security/arbitraries/mutations.js';

// The elements decide "valid or not" with the small schemasafe check (is-valid.generated.js) and load ajv only to
// explain a refusal; node decides with the same check. Both are compiled from the one schema, so they must agree on
// every document: these tests look for a document where they do not.

const EXAMPLES = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];
const INVALID = [
  'bad-date',
  'bad-duration',
  'bad-email',
  'bad-language-tag',
  'cookie-unknown-category',
  'custom-right-without-title',
  'dangling-reference',
  'duplicate-id',
  'forbidden-key',
  'missing-controller',
  'newer-major-version',
  'string-instead-of-list',
  'unknown-field',
];

const json = async (path: string): Promise<Record<string, unknown>> => (await fetch(path)).json();

function agree(doc: unknown, what: string): void {
  const quick = isValid(doc);
  const ajv = ajvValidate(doc);
  if (quick !== ajv)
    throw new Error(
      `${what}: the quick check says ${quick}, ajv says ${ajv}${ajv ? '' : `: ${JSON.stringify(ajvValidate.errors?.slice(0, 3))}`}`,
    );
}

describe('the quick validity check agrees with ajv', () => {
  it('on the five reference policies and every invalid fixture', async () => {
    for (const name of EXAMPLES) {
      const doc = await json(`/examples/policies/${name}.json`);
      agree(doc, name);
      expect(isValid(doc), name).to.equal(true);
    }
    let refused = 0;
    for (const name of INVALID) {
      const doc = await json(`/test/fixtures/invalid/${name}.json`);
      agree(doc, name);
      if (!isValid(doc)) refused++;
    }
    // Some fixtures break rules beyond the schema (references, ids, versions): the schema itself refuses the rest.
    expect(refused).to.be.greaterThan(5);
  });

  it('on 400 generated near-valid documents (wrong types, missing and extra fields, bad values)', () => {
    let invalid = 0;
    fc.assert(
      fc.property(nearValidPolicy, ({ doc, mutations }) => {
        agree(doc, mutations.join('; '));
        if (!isValid(doc)) invalid++;
      }),
      { numRuns: 400, seed: 20261122 },
    );
    expect(invalid, 'the generator must produce documents the schema refuses').to.be.greaterThan(100);
  });

  describe('on formats', () => {
    const DATES = [
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '2024-04-31',
      '2024-12-31',
      '2024-13-01',
      '2024-00-10',
      '2024-1-01',
      '24-01-01',
      '2024-01-01T00:00:00Z',
      ' 2024-01-01',
      '２０２４-01-01',
      '2024-01-01\n',
    ];
    const EMAILS = [
      'dpo@example.com',
      'a.b+c@sub.example.org',
      'user@localhost',
      'user@[127.0.0.1]',
      '"quoted"@example.com',
      'a..b@example.com',
      '.a@example.com',
      'a@example..com',
      'a@-example.com',
      'a@example.com.',
      'üser@example.com',
      'user@exämple.com',
      'a b@example.com',
      'a@b',
      'a@b.c',
      'x@y.z\n',
    ];
    const URLS = [
      'https://example.com',
      'https://example.com/a b',
      'http://legacy.example/path?q=1#f',
      'mailto:dpo@example.com',
      'tel:+33123456789',
      'https://',
      'https:example.com',
      'https://exämple.com',
      'https://[::1]/',
      'https://example.com/%zz',
      'tel:',
      'mailto:',
    ];

    async function agreeOn(
      values: string[],
      arbitrary: fc.Arbitrary<string>,
      set: (doc: Record<string, any>, value: string) => void,
    ): Promise<void> {
      const base = await json('/examples/policies/smarti.json');
      const check = (value: string) => {
        const doc = structuredClone(base);
        set(doc, value);
        agree(doc, JSON.stringify(value));
      };
      values.forEach(check);
      fc.assert(fc.property(arbitrary, check), { numRuns: 300, seed: 7 });
    }

    const chars = (alphabet: string) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 24 });

    it('date', () => agreeOn(DATES, chars('0123456789-0123456789T:Z'), (doc, v) => (doc.effectiveDate = v)));
    it('email', () => agreeOn(EMAILS, chars('ab.@-_+"[]1 éx'), (doc, v) => ((doc.controller as any).email = v)));
    it('uri', () =>
      agreeOn(
        URLS,
        fc.oneof(
          chars('htps:/.ex%[]#?@ 1'),
          fc.webUrl().map((u) => u.replace(/^http:/, 'https:')),
        ),
        (doc, v) => ((doc.controller as any).website = v),
      ));
  });
});

describe('validatePolicySoon (the elements) and validatePolicy (node) give the same result', () => {
  it('for a valid policy, at once (no promise, nothing to load)', async () => {
    const doc = await json('/examples/policies/d-home-smaart.json');
    const soon = validatePolicySoon(doc);
    expect(soon).not.to.be.instanceOf(Promise);
    expect(soon).to.deep.equal(validatePolicy(doc));
  });

  it('for every invalid fixture, after loading the explanation', async () => {
    for (const name of INVALID) {
      const doc = await json(`/test/fixtures/invalid/${name}.json`);
      expect(await validatePolicySoon(doc), name).to.deep.equal(validatePolicy(doc));
    }
  });
});

describe('validatePolicySoon with a pause between steps', () => {
  it('checks an ordinary policy at once, never pausing', async () => {
    const doc = await json('/examples/policies/d-home-smaart.json');
    let pauses = 0;
    const soon = validatePolicySoon(doc, { pause: async () => void pauses++ });
    expect(soon).not.to.be.instanceOf(Promise);
    expect(pauses).to.equal(0);
  });

  it('checks a very large policy over several tasks, to the same result as in one go', async () => {
    const doc = await largePolicy({ cookies: 250, rights: 20 }); // 4,000 cookies
    let pauses = 0;
    const soon = validatePolicySoon(doc, {
      pause: () => new Promise<void>((resolve) => setTimeout(() => (pauses++, resolve()), 0)),
    });
    expect(soon).to.be.instanceOf(Promise);
    const result = await soon;
    expect(pauses, 'a pause after the guard and one after the schema').to.equal(2);
    expect(result.ok).to.equal(true);
    expect(result).to.deep.equal(validatePolicy(doc));
  });

  it('a very large broken policy still gets every explanation', async () => {
    const doc = await largePolicy({ cookies: 250, rights: 0 });
    (doc.cookies.items as Array<Record<string, unknown>>)[3999]!.category = 'nowhere';
    (doc.controller as Record<string, unknown>).email = 'not an address';
    const result = await validatePolicySoon(doc, {
      pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    });
    expect(result).to.deep.equal(validatePolicy(doc));
    expect(result.ok).to.equal(false);
  });
});
