// Issue 15: `privacy-notice diff` compares two versions of one policy by ids. Every row of the rule table (RULES in
// src/model/diff.ts, documented in docs/consent.md) has a case here that it classifies as consent-relevant, next to
// a near miss that stays informational; then the three output formats and the exit statuses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { diffPolicies, durationDays, RULES, type PolicyChange } from '../../src/model/diff.js';
import type { PrivacyPolicyDocument } from '../../src/model/index.js';
import { normalized } from '../reader.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/privacy-notice.js');
const dir = mkdtempSync(join(tmpdir(), 'pn-diff-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Version 1 of a shop's policy: a purpose on contract, one on consent behind a switch, cookies of two kinds. */
const V1 = {
  schemaVersion: '1.1.0',
  id: 'shop',
  defaultLanguage: 'en',
  title: 'Privacy policy',
  version: '1',
  controller: { name: 'Shop Ltd', email: 'privacy@shop.example' },
  sections: [{ id: 'intro', title: 'About this policy', body: 'We keep your data safe and tell you how.' }],
  dataCategories: [
    { id: 'contact', label: 'Contact details' },
    { id: 'usage', label: 'Usage data' },
    { id: 'location', label: 'Location' },
  ],
  recipients: [
    { id: 'host', label: 'Hosting provider', kind: 'processor' },
    { id: 'ads', label: 'Ad network', kind: 'controller' },
  ],
  purposes: [
    { id: 'orders', label: 'Orders', legalBases: ['contract'], dataCategories: ['contact'], recipients: ['host'] },
    {
      id: 'analytics',
      label: 'Analytics',
      legalBases: ['consent'],
      dataCategories: ['usage'],
      recipients: ['host'],
      retention: { duration: 'P6M' },
    },
  ],
  retention: { rules: [{ id: 'usage-logs', purposes: ['analytics'], retention: { duration: 'P30D' } }] },
  internationalTransfers: {
    transfers: [
      { id: 'to-us', destinations: ['US'], recipients: ['host'], safeguards: ['standard-contractual-clauses'] },
    ],
  },
  consentPurposes: [{ id: 'analytics-choice', label: 'Analytics', purpose: 'analytics', uses: ['analytics'] }],
  cookies: {
    categories: [
      { id: 'needed', kind: 'strictly-necessary', label: 'Necessary' },
      { id: 'stats', kind: 'analytics', label: 'Statistics' },
    ],
    items: [
      { name: 'session', category: 'needed', purpose: 'Keeps you signed in', duration: 'session', party: 'first' },
      { name: '_stats', category: 'stats', purpose: 'Counts visits', duration: 'P1M', party: 'first' },
    ],
  },
  rights: [{ id: 'access' }, { id: 'erasure' }],
};

type Doc = Record<string, any>;
const edit = (change: (doc: Doc) => void): Doc => {
  const doc = structuredClone(V1) as Doc;
  change(doc);
  return doc;
};
const changes = (next: Doc): PolicyChange[] =>
  diffPolicies(normalized(V1).document, normalized(next).document as PrivacyPolicyDocument);

/** For each rule: an edit it classifies as consent-relevant, and a near miss that stays informational. */
const CASES: Record<string, { relevant: (d: Doc) => void; informational: (d: Doc) => void }> = {
  'consent-purpose-added': {
    relevant: (d) => d.consentPurposes.push({ id: 'offers', label: 'Offers', uses: ['marketing'] }),
    informational: (d) => d.consentPurposes.splice(0, 1),
  },
  'consent-uses-sale-sharing-advertising': {
    relevant: (d) => d.consentPurposes[0].uses.push('targeted-advertising'),
    informational: (d) => d.consentPurposes[0].uses.push('research'),
  },
  'purpose-on-consent-added': {
    relevant: (d) => d.purposes.push({ id: 'newsletter', label: 'Newsletter', legalBases: ['consent'] }),
    informational: (d) => d.purposes.push({ id: 'tax', label: 'Tax', legalBases: ['legal-obligation'] }),
  },
  'purpose-now-on-consent': {
    relevant: (d) => (d.purposes[0].legalBases = ['consent']),
    informational: (d) => (d.purposes[0].legalBases = ['contract', 'legal-obligation']),
  },
  'consent-purpose-new-recipients': {
    relevant: (d) => d.purposes[1].recipients.push('ads'),
    informational: (d) => d.purposes[0].recipients.push('ads'),
  },
  'consent-purpose-new-data': {
    relevant: (d) => d.purposes[1].dataCategories.push('location'),
    informational: (d) => d.purposes[0].dataCategories.push('location'),
  },
  'consent-data-now-sensitive': {
    relevant: (d) => (d.dataCategories[1].sensitive = true),
    informational: (d) => (d.dataCategories[0].sensitive = true),
  },
  'consent-purpose-new-transfers': {
    relevant: (d) => d.internationalTransfers.transfers[0].destinations.push('IN'),
    informational: (d) => (d.internationalTransfers.transfers[0].safeguards = ['adequacy-decision']),
  },
  'consent-purpose-longer-retention': {
    relevant: (d) => (d.purposes[1].retention = { duration: 'P2Y' }),
    informational: (d) => (d.purposes[1].retention = { duration: 'P3M' }),
  },
  'cookie-category-added': {
    relevant: (d) => d.cookies.categories.push({ id: 'ads', kind: 'marketing', label: 'Advertising' }),
    informational: (d) => d.cookies.categories.push({ id: 'security', kind: 'strictly-necessary', label: 'Security' }),
  },
  'cookie-added': {
    relevant: (d) => d.cookies.items.push({ name: '_pixel', category: 'stats', purpose: 'Measures ads' }),
    informational: (d) => d.cookies.items.push({ name: 'csrf', category: 'needed', purpose: 'Stops forged forms' }),
  },
  'cookie-longer': {
    relevant: (d) => (d.cookies.items[1].duration = 'P13M'),
    informational: (d) => (d.cookies.items[0].duration = 'P1D'),
  },
  'cookie-now-third-party': {
    relevant: (d) => (d.cookies.items[1].party = 'third'),
    informational: (d) => (d.cookies.items[0].party = 'third'),
  },
  'cookie-moved-to-non-essential': {
    relevant: (d) => (d.cookies.items[0].category = 'stats'),
    informational: (d) => (d.cookies.items[1].category = 'needed'),
  },
};

describe('privacy-notice diff: the rule table', () => {
  it('has a case for every rule', () => {
    assert.deepEqual(RULES.map((r) => r.id).sort(), Object.keys(CASES).sort());
  });

  it('is the table docs/consent.md shows', () => {
    const docs = readFileSync(join(root, 'docs/consent.md'), 'utf8');
    for (const rule of RULES)
      assert.ok(docs.includes(`| \`${rule.id}\` | ${rule.says} |`), `docs/consent.md has ${rule.id}`);
  });

  for (const rule of RULES) {
    it(`${rule.id}: ${rule.says}`, () => {
      const relevant = changes(edit(CASES[rule.id]!.relevant));
      assert.ok(
        relevant.some((c) => c.consentRelevant && c.rule === rule.id),
        `classified by ${rule.id}: ${JSON.stringify(relevant)}`,
      );
      const informational = changes(edit(CASES[rule.id]!.informational));
      assert.ok(informational.length > 0, 'the near miss is a change');
      assert.deepEqual(
        informational.filter((c) => c.consentRelevant),
        [],
        'the near miss is informational',
      );
    });
  }

  it('finds items by id wherever they moved, and names the field that changed', () => {
    const next = edit((d) => {
      d.purposes.reverse();
      d.purposes[0].label = 'Audience measurement';
      d.controller.email = 'dpo@shop.example';
      d.version = '2';
    });
    assert.deepEqual(
      changes(next).map(({ kind, path, id, field, before, after }) => ({ kind, path, id, field, before, after })),
      [
        {
          kind: 'field-changed',
          path: '/controller/email',
          id: undefined,
          field: 'controller.email',
          before: 'privacy@shop.example',
          after: 'dpo@shop.example',
        },
        {
          kind: 'purpose-changed',
          path: '/purposes/0/label',
          id: 'analytics',
          field: 'label',
          before: 'Analytics',
          after: 'Audience measurement',
        },
      ],
    );
  });

  it('compares subsections and rights as items, and removed items by where they were', () => {
    const next = edit((d) => {
      d.sections[0].sections = [{ id: 'scope', title: 'Scope', body: 'This policy covers the shop.' }];
      d.rights.splice(1, 1);
    });
    assert.deepEqual(
      changes(next).map((c) => [c.kind, c.path, c.consentRelevant]),
      [
        ['section-added', '/sections/0/sections/0', false],
        ['right-removed', '/rights/1', false],
      ],
    );
  });

  it('reads durations in every form the schema allows', () => {
    assert.equal(durationDays('P1Y'), 365.25);
    assert.equal(durationDays('PT12H'), 0.5);
    assert.equal(durationDays('session'), 0);
    assert.equal(durationDays({ amount: 10, unit: 'business-day' }), 14);
    assert.equal(durationDays('until deleted'), undefined);
  });
});

describe('privacy-notice diff: the command', () => {
  const write = (name: string, doc: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc, null, 2));
    return file;
  };
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, 'diff', ...args], { encoding: 'utf8' });
  const v1 = write('v1.json', V1);
  const v2 = write(
    'v2.json',
    edit((d) => {
      d.version = '2';
      d.sections[0].body = 'We keep your data safe and tell you plainly how.';
    }),
  );
  const v3 = write(
    'v3.json',
    edit((d) => {
      d.version = '3';
      d.cookies.items.push({ name: '_pixel', category: 'stats', purpose: 'Measures ads' });
    }),
  );

  it('exits 0 without a change, 1 for informational changes, 2 for consent-relevant ones', () => {
    assert.equal(cli(v1, write('same.json', JSON.parse(readFileSync(v1, 'utf8')))).status, 0);
    const informational = cli(v1, v2);
    assert.equal(informational.status, 1, informational.stderr);
    assert.match(informational.stdout, /shop: 1 → 2: 1 change, 0 consent-relevant/);
    assert.match(
      informational.stdout,
      /section "intro" body: We keep your data safe and tell you \{\+plainly \+\}how\./,
    );
    const relevant = cli(v1, v3);
    assert.equal(relevant.status, 2);
    assert.match(
      relevant.stdout,
      /\+ cookie "_pixel" added {2}\[consent-relevant: cookie-added\] {2}\/cookies\/items\/2/,
    );
  });

  it('writes JSON that the changes schema describes, and Markdown for a changelog', async () => {
    const json = JSON.parse(cli(v1, v3, '--format', 'json').stdout);
    const { validator } = await import('@exodus/schemasafe');
    const schema = JSON.parse(readFileSync(join(root, 'schemas/policy-changes.schema.json'), 'utf8'));
    const valid = validator(schema, { includeErrors: true });
    assert.ok(valid(json), JSON.stringify(valid.errors));
    assert.equal(json.consentRelevant, true);
    assert.equal(json.from.version, '1');
    assert.match(json.to.policyHash, /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(json.changes[0], {
      kind: 'cookie-added',
      item: 'cookie',
      id: '_pixel',
      path: '/cookies/items/2',
      after: { name: '_pixel', category: 'stats', purpose: 'Measures ads' },
      consentRelevant: true,
      rule: 'cookie-added',
    });
    const markdown = cli(v1, v2, '--format', 'markdown').stdout;
    assert.match(
      markdown,
      /^## Privacy policy shop: 1 → 2\n\nNo consent-relevant change: readers keep their choices\./,
    );
    assert.match(
      markdown,
      /### Informational\n\n- section "intro" body: We keep your data safe and tell you \*\*plainly \*\*how\./,
    );
  });

  it('colours the text on request, and refuses two different policies or an invalid one (exit 3)', () => {
    assert.ok(
      cli(v1, v3, '--color').stdout.includes('\u001b[1m[consent-relevant: cookie-added]\u001b[0m'),
      'the classification in bold',
    );
    const other = cli(v1, write('other.json', { ...V1, id: 'other' }));
    assert.equal(other.status, 3);
    assert.match(other.stderr, /not compared: it is another policy \("other"\) than .*v1\.json \("shop"\)/);
    const invalid = cli(v1, join(root, 'test/fixtures/invalid/bad-email.json'));
    assert.equal(invalid.status, 3);
    assert.match(invalid.stderr, /bad-email\.json: not compared: the policy is invalid\./);
    assert.equal(cli(v1).status, 3);
  });
});
