// App Store and Google Play labels out of (and into) the policy: the mapping, export, import, check and round trips,
// on the reference policies and on real label files of public apps (test/fixtures/labels/SOURCES.md).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';
import { appleLabel, parseAppleLabel, type AppleUsage } from '../../src/labels/apple.js';
import { checkApple, checkPlay } from '../../src/labels/check.js';
import { parseCsv } from '../../src/labels/csv.js';
import { draftFromApple, draftFromPlay, TO_REVIEW } from '../../src/labels/draft.js';
import { dpvDocument } from '../../src/labels/dpv.js';
import { labelFacts } from '../../src/labels/facts.js';
import { parsePlayCsv, playCsv, playLabel, playTemplate, type PlayLabel } from '../../src/labels/play.js';
import { APPLE_DATA_TYPES, APPLE_PURPOSES, DATA_TYPES, PLAY_HEADER, PURPOSES } from '../../src/labels/vocabulary.js';
import { lintPolicy } from '../../src/lint/index.js';
import type { NormalizedPolicy } from '../../src/model/index.js';
import { normalized, REFERENCE } from '../reader.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/labels/${name}`, import.meta.url), 'utf8');
const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../examples/policies/${name}.json`, import.meta.url), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('../../schemas/privacy-policy.schema.json', import.meta.url), 'utf8'));

const APPLE_FILES = [
  'mifos-mobile.app_privacy_details.json',
  'monujo.app_privacy_details.json',
  'hidethenotch.app_privacy_details.json',
];
const PLAY_FILES = ['medical-procedure-guide.data_safety.csv'];

/** fastlane's form of a label: entries by category, purposes and protections sorted. */
const canonical = (label: AppleUsage[]) =>
  label
    .map((e) => ({
      ...e,
      ...(e.purposes ? { purposes: [...e.purposes].sort() } : {}),
      data_protections: [...e.data_protections].sort(),
    }))
    .sort((a, b) => String(a.category).localeCompare(String(b.category)));

const playOf = (policy: NormalizedPolicy) => playLabel(labelFacts(policy)).label;

/** The CLI with `input` on standard input, in a child process (standard input is read once per process). */
function cliWithStdin(input: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url)), ...args],
    {
      input,
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** CLI output, as the bin prints it. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('the mapping (src/labels/mapping.json)', () => {
  it('names only ids the stores define, and the schema offers exactly its terms', () => {
    const playIds = new Set(playTemplate().map(([, r]) => r));
    for (const [id, term] of Object.entries(DATA_TYPES)) {
      assert.ok(term.apple in APPLE_DATA_TYPES, `${id}: ${term.apple}`);
      if (term.play) assert.ok(playIds.has(term.play), `${id}: ${term.play}`);
    }
    for (const [id, term] of Object.entries(PURPOSES)) {
      assert.ok(term.apple in APPLE_PURPOSES, `${id}: ${term.apple}`);
      if (term.play) assert.ok(playIds.has(term.play), `${id}: ${term.play}`);
    }
    assert.deepEqual(schema.$defs.StoreDataType.enum, Object.keys(DATA_TYPES));
    assert.deepEqual(schema.$defs.StorePurpose.enum, Object.keys(PURPOSES));
    // Every Apple data type and purpose is reachable from some store-neutral term, so every label can be imported.
    for (const id of Object.keys(APPLE_DATA_TYPES))
      assert.ok(
        Object.values(DATA_TYPES).some((t) => t.apple === id),
        id,
      );
    for (const id of Object.keys(APPLE_PURPOSES))
      assert.ok(
        Object.values(PURPOSES).some((t) => t.apple === id),
        id,
      );
  });

  it('keeps documents of schema 1.0 valid (the new fields are optional)', () => {
    for (const name of REFERENCE) {
      const doc = example(name);
      for (const c of doc.dataCategories ?? []) delete c.storeTypes;
      for (const p of doc.purposes ?? []) delete p.storePurposes;
      delete doc.dataSecurity;
      doc.schemaVersion = '1.0.0';
      assert.doesNotThrow(() => normalized(doc), name);
    }
  });
});

describe('privacy-notice export --format apple', () => {
  it("declares a companion app's data with the purposes of the processing that uses it", async () => {
    const label = appleLabel(labelFacts(normalized(example('cr-smart-home'))));
    const email = label.find((e) => e.category === 'EMAIL_ADDRESS');
    // registered-account-data serves "provide services" and "marketing communication and personalization".
    assert.deepEqual(email, {
      category: 'EMAIL_ADDRESS',
      purposes: ['APP_FUNCTIONALITY', 'DEVELOPERS_ADVERTISING', 'PRODUCT_PERSONALIZATION'],
      data_protections: ['DATA_LINKED_TO_YOU'],
    });
    assert.deepEqual(
      label.map((e) => e.category),
      [...label.map((e) => e.category)].sort(),
      'sorted by category, as fastlane writes it',
    );
    const { code, stdout } = await cli('export', '--format', 'apple', 'examples/policies/cr-smart-home.json');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), label);
  });

  it('says DATA_NOT_COLLECTED only when the policy says no data leaves the device', () => {
    const doc = example('smarti');
    for (const c of doc.dataCategories) c.onDeviceOnly = true;
    assert.deepEqual(appleLabel(labelFacts(normalized(doc))), [{ data_protections: ['DATA_NOT_COLLECTED'] }]);
  });

  it('lists what it cannot map, with the place to fix it, and exits 1', async () => {
    // smartbt lists its data in prose: no data category to declare. It must not become "not collected".
    const { code, stdout, stderr } = await cli('export', '--format', 'apple', 'examples/policies/smartbt.json');
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout), []);
    assert.match(stderr, /smartbt\.json: \/dataCategories: warning: the policy declares no data categories/);
    assert.match(stderr, /\/purposes\/0: warning: purpose "Account Creation, Purchase.*" has no store purpose/);
    assert.match(stderr, /the apple label is written but incomplete \(7 gaps above\)/);
  });

  it('leaves out data no purpose explains, which App Store Connect would refuse, and lists it', () => {
    const doc = example('smarti');
    for (const p of doc.purposes) delete p.storePurposes;
    const facts = labelFacts(normalized(doc));
    const label = appleLabel(facts);
    assert.deepEqual(label, []);
    assert.doesNotThrow(() => parseAppleLabel(JSON.stringify(label)));
    assert.equal(facts.notes.filter((n) => n.message.includes('has no store purpose')).length, doc.purposes.length);
  });

  it('takes store terms from DPV and fideslang ids and from consent choices when none are given', () => {
    const doc = example('smarti');
    delete doc.dataCategories[3].storeTypes;
    doc.dataCategories[3].fideslang = 'user.contact.email.work';
    delete doc.purposes[4].storePurposes;
    doc.purposes[4].dpv = 'dpv:DirectMarketing';
    const facts = labelFacts(normalized(doc));
    const email = facts.types.find((t) => t.type === 'email-address');
    assert.deepEqual(email?.categories, ['email-address']);
    assert.ok(email?.purposes.includes('developer-advertising'));
  });
});

describe('privacy-notice export --format play', () => {
  it("writes the Console's CSV: its header, every row of the form, the policy's answers", async () => {
    // cr-smart-home names its business partners but no purpose whose data they receive: listed, not guessed.
    const unlinked = await cli('export', '--format', 'play', 'examples/policies/cr-smart-home.json');
    assert.equal(unlinked.code, 1);
    assert.match(
      unlinked.stderr,
      /\/recipients\/1: warning: recipient "Our customers and other business partners" \(business-partner\) is named by no purpose/,
    );
    // Once the author says marketing data goes to them, the form says it is shared, for that purpose.
    const doc = example('cr-smart-home');
    doc.purposes[4].recipients = ['customers-and-business-partners'];
    const input = JSON.stringify(doc);
    const { code, stdout } = await cliWithStdin(input, 'export', '--format', 'play', '-');
    assert.equal(code, 0);
    const [header, ...rows] = parseCsv(stdout);
    assert.deepEqual(header, PLAY_HEADER);
    assert.equal(rows.length, playTemplate().length);
    const value = (q: string, r = '') => rows.find(([a, b]) => a === q && b === r)?.[2];
    assert.equal(value('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA'), 'true');
    assert.equal(value('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT'), 'true');
    assert.equal(value('PSL_SUPPORT_DATA_DELETION_BY_USER', 'DATA_DELETION_YES'), 'true');
    assert.equal(value('PSL_DATA_TYPES_PERSONAL', 'PSL_EMAIL'), 'true');
    assert.equal(value('PSL_DATA_TYPES_HEALTH_AND_FITNESS', 'PSL_HEALTH'), '');
    const usage = (part: string, r = '') => value(`PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:${part}`, r);
    assert.equal(usage('PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_COLLECTED'), 'true');
    // "Our customers and other business partners" (kind business-partner) receive data: shared, in Play's terms.
    assert.equal(usage('PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_SHARED'), 'true');
    assert.equal(usage('PSL_DATA_USAGE_EPHEMERAL'), 'false');
    assert.equal(usage('DATA_USAGE_USER_CONTROL', 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED'), 'true');
    assert.equal(usage('DATA_USAGE_COLLECTION_PURPOSE', 'PSL_ADVERTISING'), 'true');
    assert.equal(usage('DATA_USAGE_SHARING_PURPOSE', 'PSL_ADVERTISING'), 'true');
    assert.equal(usage('DATA_USAGE_SHARING_PURPOSE', 'PSL_APP_FUNCTIONALITY'), '');
    // Every question the form requires is answered for every declared type.
    for (const [q, r, v, requirement] of rows) if (requirement === 'REQUIRED') assert.notEqual(v, '', `${q} ${r}`);
    for (const [id] of playOf(normalized(doc)).types) {
      const q = `PSL_DATA_USAGE_RESPONSES:${id}:`;
      assert.ok(
        rows.some(([a, , v]) => a === `${q}PSL_DATA_USAGE_EPHEMERAL` && v !== ''),
        id,
      );
      assert.ok(
        rows.some(([a, , v]) => a === `${q}DATA_USAGE_USER_CONTROL` && v === 'true'),
        id,
      );
      assert.ok(
        rows.some(([a, , v]) => a === `${q}DATA_USAGE_COLLECTION_PURPOSE` && v === 'true'),
        id,
      );
    }
  });

  it('asks for what Play needs and the policy does not say', async () => {
    const { code, stderr } = await cli('export', '--format', 'play', 'examples/policies/d-home-smaart.json');
    assert.equal(code, 1);
    assert.match(stderr, /\/dataSecurity: warning: Play asks whether all data is encrypted in transit/);
  });
});

describe('privacy-notice export --format dpv', () => {
  it('writes JSON-LD with the GDPR articles DPV names for legal bases and rights', async () => {
    const { code, stdout } = await cli('export', '--format', 'dpv', 'examples/policies/smarti.json');
    assert.equal(code, 0);
    const doc = JSON.parse(stdout);
    assert.equal(doc['@context'].dpv, 'https://w3id.org/dpv#');
    const graph = doc['@graph'] as Array<Record<string, any>>;
    const notice = graph.find((n) => n['@type'] === 'dpv:PrivacyNotice')!;
    assert.deepEqual(
      notice['dpv:hasRight'].map((r: { '@id': string }) => r['@id']),
      ['eu-gdpr:A15', 'eu-gdpr:A16', 'eu-gdpr:A17', 'eu-gdpr:A18', 'eu-gdpr:A21', 'eu-gdpr:A20', 'eu-gdpr:A77'],
    );
    const service = graph.find((n) => n['@id'].endsWith('#purpose-service-provision'))!;
    assert.deepEqual(service['dpv:hasLegalBasis'], [{ '@id': 'eu-gdpr:A6-1-b' }]);
    assert.equal(service['dpv:hasPurpose']['rdfs:label']['@value'], 'Provision of services/contractual agreements');
    assert.equal(graph.filter((n) => n['@type']?.includes?.('dpv:PersonalData')).length, 4);
  });

  it('keeps every reference policy valid JSON-LD-shaped output with one process per purpose', () => {
    for (const name of REFERENCE) {
      const policy = normalized(example(name));
      const graph = dpvDocument(policy)['@graph'] as Array<Record<string, unknown>>;
      assert.equal(graph.filter((n) => n['@type'] === 'dpv:Process').length, policy.purposes.length, name);
    }
  });
});

describe('privacy-notice import', () => {
  for (const file of APPLE_FILES)
    it(`drafts a valid policy from ${file}, every text to review, and back to the same label`, () => {
      const label = parseAppleLabel(fixture(file));
      const { policy: draft } = draftFromApple(label);
      const policy = normalized(draft);
      const findings = lintPolicy(policy).filter((f) => f.rule === 'placeholder');
      assert.ok(findings.length >= label.length, 'each drafted text is a lint finding until edited');
      assert.ok(JSON.stringify(draft).includes(TO_REVIEW));
      assert.deepEqual(appleLabel(labelFacts(policy)), canonical(label));
    });

  for (const file of PLAY_FILES)
    it(`drafts a valid policy from ${file} and back to the same answers`, () => {
      const label = parsePlayCsv(fixture(file));
      assert.equal(label.types.get('PSL_NAME')?.shared, true, 'the older "both collected and shared" answer is read');
      const { policy: draft, notes } = draftFromPlay(label);
      assert.deepEqual(notes, []);
      const again = playOf(normalized(draft));
      assert.deepEqual(again, label);
      // And the CSV the draft exports reads back as the same label.
      assert.deepEqual(parsePlayCsv(playCsv(again)), label);
    });

  it('lists what a label says that the policy cannot hold', () => {
    const label: PlayLabel = {
      collects: true,
      deletion: 'DATA_DELETION_NO_AUTO_DELETED',
      types: new Map([
        [
          'PSL_EMAIL',
          {
            collected: false,
            shared: true,
            ephemeral: false,
            optional: false,
            collectionPurposes: [],
            sharingPurposes: ['PSL_ANALYTICS'],
          },
        ],
      ]),
    };
    const { notes } = draftFromPlay(label);
    assert.deepEqual(
      notes.map((n) => n.message),
      [
        'PSL_EMAIL: the form says shared but not collected; the policy says collected and shared.',
        'PSL_EMAIL: shared for Analytics but not collected for it; the policy says collected for it too.',
        'the form says data is deleted automatically within 90 days; write that in a retention rule.',
      ],
    );
  });

  it('says what and where when a file is not the store format', async () => {
    const bad = await cli('import', '--format', 'play', 'test/fixtures/labels/mifos-mobile.app_privacy_details.json');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /line 1: the header must be "Question ID \(machine readable\),/);
    assert.throws(
      () =>
        parseAppleLabel(
          '[{"category":"EMAIL","purposes":["APP_FUNCTIONALITY"],"data_protections":["DATA_LINKED_TO_YOU"]}]',
        ),
      /\/0\/category: "EMAIL" is not an App Store data type/,
    );
    assert.throws(
      () => parsePlayCsv(`${PLAY_HEADER.join(',')}\nPSL_DATA_TYPES_PERSONAL,PSL_MAIL,true,,`),
      /line 2: "PSL_DATA_TYPES_PERSONAL" \/ "PSL_MAIL" is not a question/,
    );
  });
});

describe('round trips: policy -> label -> import -> label', () => {
  for (const name of REFERENCE)
    it(`${name}: lossless for every mapped field`, () => {
      const policy = normalized(example(name));
      const apple = appleLabel(labelFacts(policy));
      if (apple.length) assert.deepEqual(appleLabel(labelFacts(normalized(draftFromApple(apple).policy))), apple);
      const play = playOf(policy);
      const { policy: draft, notes } = draftFromPlay(play);
      const back = playOf(normalized(draft));
      // Purposes a type is shared for but not collected for cannot be said apart by a policy: listed, not dropped.
      if (notes.length === 0) assert.deepEqual(back, play);
      else for (const n of notes) assert.match(n.message, /not collected for it|shared without a purpose/);
    });
});

describe('privacy-notice check', () => {
  const run2 = (label: AppleUsage[]) =>
    checkApple(normalized(example('cr-smart-home')), labelFacts(normalized(example('cr-smart-home'))), label);

  it('finds nothing when the labels were made from the policy', async () => {
    for (const name of REFERENCE) {
      const policy = normalized(example(name));
      const facts = labelFacts(policy);
      assert.deepEqual(checkApple(policy, facts, appleLabel(facts)), [], name);
      assert.deepEqual(checkPlay(policy, facts, playLabel(facts).label), [], name);
    }
  });

  it('names both sides of each mismatch', () => {
    const label = appleLabel(labelFacts(normalized(example('cr-smart-home'))))
      .filter((e) => e.category !== 'AUDIO')
      .map((e) =>
        e.category === 'EMAIL_ADDRESS'
          ? { ...e, purposes: ['APP_FUNCTIONALITY'] }
          : e.category === 'DEVICE_ID'
            ? { ...e, data_protections: ['DATA_NOT_LINKED_TO_YOU', 'DATA_USED_TO_TRACK_YOU'] }
            : e,
      );
    label.push({ category: 'HEALTH', purposes: ['ANALYTICS'], data_protections: ['DATA_LINKED_TO_YOU'] });
    const messages = run2(label).map((m) => `${m.pointer} ${m.message}`);
    assert.deepEqual(messages, [
      '/dataCategories/6 DEVICE_ID (Identifiers): the App Store label says not linked to the person; the policy says linked (linkedToIdentity is not false).',
      '/dataCategories/6 DEVICE_ID (Identifiers): the App Store label says used to track; the policy says not used for tracking.',
      '/dataCategories/6 DEVICE_ID (Identifiers): the App Store label says used to track, but the policy names no third-party advertising purpose for it and no third party it is shared with.',
      '/dataCategories/0 EMAIL_ADDRESS (Contact Info): the App Store label gives the purposes APP_FUNCTIONALITY; the policy (data categories registered-account-data) gives APP_FUNCTIONALITY, DEVELOPERS_ADVERTISING, PRODUCT_PERSONALIZATION.',
      '/dataCategories the App Store label declares HEALTH (Health & Fitness); no data category of the policy maps to it (add a "storeTypes" entry that maps to HEALTH, or remove it from the label).',
      '/dataCategories/4 the policy collects AUDIO (User Content: data categories voice-information) for ANALYTICS, APP_FUNCTIONALITY; the App Store label does not declare it.',
    ]);
  });

  it('holds tracking to the purposes and recipients that make it so', () => {
    const doc = example('smarti');
    doc.dataCategories[3].usedForTracking = true;
    const policy = normalized(doc);
    const facts = labelFacts(policy);
    const found = checkApple(policy, facts, appleLabel(facts));
    assert.deepEqual(
      found.map((m) => m.message),
      [
        'EMAIL_ADDRESS (Contact Info): the App Store label says used to track, but the policy names no third-party advertising purpose for it and no third party it is shared with.',
      ],
    );
  });

  it('compares every Play answer', () => {
    const policy = normalized(example('cr-smart-home'));
    const facts = labelFacts(policy);
    const label = playLabel(facts).label;
    const types = new Map(label.types);
    types.set('PSL_EMAIL', { ...types.get('PSL_EMAIL')!, optional: true, ephemeral: true });
    types.delete('PSL_AUDIO');
    const found = checkPlay(policy, facts, { ...label, encryptedInTransit: false, types }).map((m) => m.message);
    assert.deepEqual(found, [
      'PSL_EMAIL (Personal info / Email address): the Data safety form says optional; the policy says required (dataCategories[].optional).',
      'PSL_EMAIL (Personal info / Email address): the Data safety form says processed ephemerally; the policy says stored (dataCategories[].ephemeral).',
      'the policy collects PSL_AUDIO (Audio files / Voice or sound recordings: data categories voice-information) for Analytics, Developer communications, Fraud prevention, security, and compliance; the Data safety form does not declare it.',
      'the Data safety form says data is not encrypted in transit; the policy says it is (dataSecurity.encryptedInTransit).',
    ]);
  });

  it('exits 1 on a mismatch with one line per finding, 0 when they agree', async () => {
    const agree = await cli(
      'check',
      '--apple',
      'test/fixtures/labels/hidethenotch.app_privacy_details.json',
      'examples/policies/smarti.json',
    );
    assert.equal(agree.code, 1);
    assert.match(
      agree.stdout,
      /smarti\.json: \/dataCategories: test\/fixtures\/labels\/hidethenotch\.app_privacy_details\.json: the App Store label declares CRASH_DATA/,
    );
    assert.match(agree.stdout, /smarti\.json: \/dataCategories\/3: .*the policy collects EMAIL_ADDRESS/);
    assert.match(agree.stderr, /mismatches between the policy and its store labels/);
    const usage = await cli('check', 'examples/policies/smarti.json');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /check needs --apple FILE, --play FILE or both/);
  });

  it('is a lint rule when the label files are given', async () => {
    const label = 'test/fixtures/labels/hidethenotch.app_privacy_details.json';
    const { code, stdout } = await cli('lint', '--format', 'json', '--apple', label, 'examples/policies/smarti.json');
    assert.equal(code, 1);
    const findings = JSON.parse(stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'store-label');
    assert.equal(findings.length, 5);
    assert.deepEqual(
      { ...findings[0], hint: undefined },
      {
        rule: 'store-label',
        severity: 'error',
        pointer: '/dataCategories',
        line: 97,
        column: 3,
        message: `${label}: the App Store label declares CRASH_DATA (Diagnostics); no data category of the policy maps to it (add a "storeTypes" entry that maps to CRASH_DATA, or remove it from the label).`,
        hint: undefined,
      },
    );
    const plain = await cli('lint', '--format', 'json', 'examples/policies/smarti.json');
    assert.ok(!JSON.parse(plain.stdout).files[0].findings.some((f: { rule: string }) => f.rule === 'store-label'));
  });
});
