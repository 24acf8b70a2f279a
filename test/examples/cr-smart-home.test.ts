// Fidelity of examples/policies/cr-smart-home.json to its source ../shared/policies/cr-smart-home.txt
// (CR Group Co., Ltd / CR Smart Home app, Cambodia).
// The source is a vendor template that was published with its instructions still in it ("Confirm: ...",
// "Please enter ...", "***@***.com"): those are part of the real document and must survive word for word, so that
// lint can report them. Expected lists are parsed out of the source text, so the test also proves the source was read
// right. Two sweeps cover everything: removing every string of the document from the source leaves only the words
// that became structure (nothing missing), and every string of the document is found in the source (nothing invented),
// with the few deliberate differences listed by name.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fold, includesPhrase, loadExample, loadSource, textOf } from './fidelity.js';

type Json = Record<string, any>;

const doc = loadExample('cr-smart-home') as Json;
const source = loadSource('cr-smart-home');
const docText = textOf(doc);

// ---- Parsing helpers -------------------------------------------------------------------------------------------------

/** The folded source strictly between two markers; the start must be unique, the end is its next occurrence. */
function between(start: string, end: string): string {
  const a = source.indexOf(start);
  assert.ok(a >= 0, `source marker not found: ${start}`);
  assert.equal(source.indexOf(start, a + start.length), -1, `source marker not unique: ${start}`);
  const b = source.indexOf(end, a + start.length);
  assert.ok(b >= 0, `source marker not found after "${start}": ${end}`);
  return source.slice(a + start.length, b).trim();
}

/** Items of an English enumeration: "a, b, and c". */
const enumeration = (text: string): string[] => text.split(/,\s*(?:and\s+)?/).map((s) => s.trim()).filter(Boolean);

/** Steps of an in-app path as the source writes it: "My - Setting - X", "My-Setting-X" or "Me &rt; Settings &rt; X". */
const steps = (path: string, separator: RegExp): string[] => path.split(separator).map((s) => s.trim()).filter(Boolean);
const HYPHEN = /\s*-\s*/;
// "&rt;" is how this source writes the "›" separator (a mangled "&gt;"/"›"): it separates steps like " - " does.
const ARROW = /\s*&rt;\s*/;

/** Every string of the document under `key`, in document order. */
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesOf(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value as Json).flatMap(([k, v]) => (k === key ? [v] : valuesOf(v, key)));
  }
  return [];
}

/** Keys whose values are ids, enums, dates, durations or paths rather than vendor text. */
const NOT_TEXT = new Set([
  'id', '$schema', 'schemaVersion', 'defaultLanguage', 'permission', 'platforms', 'kind', 'type', 'legalBases',
  'legalBasis', 'uses', 'safeguards', 'destinations', 'country', 'methods', 'source', 'dataCategories',
  'effectiveDate', 'lastUpdated', 'responseTime', 'include', 'inAppPath', 'path', 'examples', 'sensitiveKind',
]);

/** The document's vendor text as folded lines: Markdown list markers and escapes removed, one unit per line. */
function textUnits(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    if (NOT_TEXT.has(key) || (key === 'purpose' && /^[a-z0-9-]+$/.test(value))) return [];
    return value
      .split('\n')
      .map((line) => fold(line.replace(/^\s*- /, '').replace(/\\([*_`\\])/g, '$1')))
      .filter(Boolean);
  }
  if (Array.isArray(value)) return value.flatMap((v) => textUnits(v, key));
  if (value && typeof value === 'object') return Object.entries(value as Json).flatMap(([k, v]) => textUnits(v, k));
  return [];
}

/** A quoted in-app path in the source, with the parentheses around it when it is a parenthetical. */
const QUOTED_PATH = /\s*\(?\s*"(?:My|Me)\s*(?:-|&rt;)[^"]*"\s*\)?/g;

const ids = (list: Json[] | undefined): string[] => (list ?? []).map((x) => x.id);

// ---- Metadata and contacts ---------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function isoDate(day: string, month: string, year: string): string {
  const m = MONTHS.indexOf(month) + 1;
  assert.ok(m > 0, `month ${month}`);
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

describe('cr-smart-home: metadata and contacts', () => {
  it('has the title, the effective and updated dates of the source', () => {
    assert.ok(source.startsWith(doc.title + ' Effective Date:'));
    const effective = /Effective Date: (\d{1,2}) (\w+) (\d{4})/.exec(source)!;
    const updated = /Updated: (\d{1,2}) ([A-Za-z]+) ?(\d{4})/.exec(source)!; // the source writes "28 April2022"
    assert.equal(doc.effectiveDate, isoDate(effective[1]!, effective[2]!, effective[3]!));
    assert.equal(doc.lastUpdated, isoDate(updated[1]!, updated[2]!, updated[3]!));
    assert.equal(doc.effectiveDate, '2022-04-28');
    assert.equal(doc.version, undefined, 'the source has no version label');
  });

  it('covers the one product the source lists', () => {
    const product = between('(collectively, the "Products"): ·', ' Before you use');
    assert.deepEqual(doc.appliesTo.map((s: Json) => s.name), [product]);
    assert.equal(doc.appliesTo[0].kind, 'mobile-app');
  });

  it('names CR Group Co., Ltd with the postal address and email of "Contact Us"', () => {
    const contact = source.slice(source.indexOf('please contact us as follows:') + 'please contact us as follows:'.length).trim();
    const [, name, address, email] = /^(.*?) Postal Mailing Address: (.*?) Email: (\S+)$/.exec(contact)!;
    assert.equal(doc.controller.name, name);
    assert.deepEqual(doc.controller.address.lines, address!.split(/,\s*/));
    assert.equal(doc.controller.address.country, 'KH');
    assert.equal(doc.controller.email, email);
    assert.equal(email, 'Crgroup1719@gmail.com');
    assert.equal(doc.dpo, undefined);
    assert.equal(doc.supervisoryAuthorities, undefined);
  });

  it('keeps the other email of the introduction, with its "Confirm:" prefix, where the source gives it', () => {
    const intro = /contact us via: (\S+)/.exec(source)![1]!;
    assert.equal(intro, 'Confirm:crsmarthome1719@gmail.com');
    assert.ok(doc.summary.split('\n\n').includes(intro), 'its own paragraph of the summary');
    assert.ok(doc.summary.includes('please do not hesitate to contact us via:\n\nConfirm:crsmarthome1719@gmail.com'));
  });
});

// ---- Template placeholders -----------------------------------------------------------------------------------------

describe('cr-smart-home: template placeholders', () => {
  const raw = JSON.stringify(doc);
  const plain = textUnits(doc).join(' ');

  it('keeps every "Confirm" of the source, as many times as the source has it', () => {
    const inSource = source.match(/Confirm/g)!.length;
    assert.equal(inSource, 16);
    assert.equal(raw.match(/Confirm/g)!.length, inSource);
  });

  it('keeps each "Confirm" placeholder word for word up to the end of its clause', () => {
    // A clause ends at . ; ? or : (a bullet "·" inside it is list markup, not text).
    const clauses = [...source.matchAll(/Confirm:?[^.;?:]*[.;?:]?/g)].map((m) => m[0].replace(/;$/, '').replace(/\s*·\s*/g, ' '));
    assert.equal(clauses.length, 16);
    for (const clause of clauses) assert.ok(plain.includes(clause), `placeholder missing: ${clause}`);
  });

  it('keeps the other unfilled template text', () => {
    for (const placeholder of [
      'For example, Please enter information about the smart device report.',
      'by emailing Please enter your privacy email address.',
      'the Apple Health(or some other Health related platform, name it?)',
      'via the privacy office email address; ***@***.com, or via the route of Feedback imbedded in the App: Me&rt;Personal Center&rt;Account and Security&rt;, etc.',
      'or some other terms of user? Confirm.',
      'Confirm: the emailbox?',
    ]) {
      assert.ok(source.includes(placeholder), `not in source: ${placeholder}`);
      assert.ok(plain.includes(placeholder), `not in document: ${placeholder}`);
    }
    assert.equal(raw.match(/or some other terms of user\? Confirm\./g)!.length, 3);
    assert.equal(doc.rightsExercise.channels[0].note, '***@***.com');
  });
});

// ---- Permissions --------------------------------------------------------------------------------------------------

describe('cr-smart-home: the ten app permissions', () => {
  const region = between('These additional functions may include:', 'Please note that if you turn on any permission');
  const headings = [...region.matchAll(/(\d+)\)\s*(Additional (?:functions|services)[^:]*):/g)];
  const blocks = headings.map((h, i) => region.slice(h.index! + h[0].length, headings[i + 1]?.index ?? region.length).trim());
  const permissions: Json[] = doc.permissions;

  it('lists exactly the ten permissions of the source, in order, labelled as written', () => {
    assert.deepEqual(headings.map((h) => Number(h[1])), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(permissions.map((p) => p.label), headings.map((h) => h[2]));
    assert.deepEqual(ids(permissions), [
      'location', 'camera', 'photo-album', 'microphone', 'storage', 'notification', 'alert-window', 'bluetooth', 'homekit', 'healthkit',
    ]);
    assert.deepEqual(permissions.map((p) => p.permission), [
      'location', 'camera', 'photos', 'microphone', 'storage', 'notifications', 'overlay', 'bluetooth', 'homekit', 'healthkit',
    ]);
  });

  it('sets the platform only where the label states it', () => {
    for (const p of permissions) {
      const stated = /\((Android|iOS)\)$/.exec(p.label)?.[1];
      assert.deepEqual(p.platforms, stated ? [stated.toLowerCase()] : undefined, p.id);
    }
    assert.deepEqual(permissions.filter((p) => p.platforms).map((p) => p.id), ['storage', 'homekit', 'healthkit']);
  });

  it('switches each off with the in-app path of the source, split into its steps', () => {
    const expected = blocks.map((block) => {
      const quoted = [...block.matchAll(/"(My\s*-[^"]*)"/g)];
      assert.ok(quoted.length > 0, `no opt-out path in: ${block.slice(0, 60)}`);
      return steps(quoted.at(-1)![1]!, HYPHEN);
    });
    assert.deepEqual(permissions.map((p) => p.disable.inAppPath), expected);
    assert.deepEqual(expected[0], ['My', 'Setting', 'Privacy Right Setting', 'Switch on/off Location Information']);
    assert.deepEqual(expected[8], ['My', 'Settings', 'Privacy Settings', 'Turn off/on HomeKit permission']);
    for (const p of permissions) assert.equal(p.disable.osSettings, undefined, `${p.id}: the source gives only in-app paths`);
  });

  it("keeps each permission's own text in that permission, and nothing else there", () => {
    permissions.forEach((p, i) => {
      const block = blocks[i]!.replace(QUOTED_PATH, (m) => (m.trim().startsWith('(') ? '' : ' '));
      const own = textUnits({ purpose: p.purpose, note: p.disable.note });
      for (const unit of own) assert.ok(block.includes(unit), `${p.id}: not in its block: ${unit}`);
      const rest = own.reduce((text, unit) => text.split(unit).join(' '), block);
      assert.match(rest, /^\s*(You may opt-out the using of [\w ]+?(?: permission)?(?::| via)\s*\.?)?\s*$/, `${p.id}: left over: ${rest}`);
    });
    assert.equal(
      permissions[0]!.disable.note,
      'You may disable the collection and use of your location information by changing your mobile device settings, upon which we will cease to collect and use your location information.',
    );
  });

  it('marks every permission optional, as the source says the basic services work without them', () => {
    assert.ok(source.includes('if you do not provide such information, you may continue to use basic Services of the App'));
    for (const p of permissions) assert.equal(p.optional, true, p.id);
  });

  it('includes the permissions in "Information based on additional functions", after the placeholder', () => {
    const section = doc.sections[1].sections[0].sections[0];
    assert.equal(section.title, 'Information based on additional functions');
    assert.deepEqual(section.include, ['permissions']);
    assert.ok(section.body.startsWith('Confirm: the system permissions that allow in the your App\n\n'));
    assert.ok(section.body.endsWith('These additional functions may include:'));
  });
});

// ---- Data categories ----------------------------------------------------------------------------------------------

describe('cr-smart-home: personal data collected', () => {
  const byId = (id: string): Json => doc.dataCategories.find((c: Json) => c.id === id);

  it('has a category for each labelled bullet of "What Personal Data do we collect", in order', () => {
    const region = between('What Personal Data do we collect', 'Purposes and legal basis for processing Personal Data');
    const labels = [...region.matchAll(/·([A-Z][^:·]{3,90}?):/g)].map((m) => m[1]!).filter((l) => !l.startsWith('Confirm'));
    assert.deepEqual(labels, [
      'Registered Account Data', 'Mobile Device Information', 'Usage Data', 'Log Information',
      'Basic Information of Smart Devices', 'Information collected during the process of connecting to a Smart Device',
      'Information Reported by Smart Devices',
    ]);
    const docLabels: string[] = doc.dataCategories.map((c: Json) => c.label);
    assert.deepEqual(docLabels.filter((l) => labels.includes(l)), labels);
  });

  it('lists every data item the source names, in its words', () => {
    const further = between('we may further collect your ', ' into your account').split(/,\s*|\s+or\s+/);
    assert.deepEqual(byId('registered-account-data').examples, ['name', ...enumeration(between('contact details, such as your ', '. During')), ...further]);
    assert.deepEqual(byId('third-party-account-information').examples, enumeration(between('your account information (such as ', ', etc.)')));
    assert.deepEqual(byId('mobile-device-information').examples, [
      ...enumeration(between('we automatically collect mobile device information, such as ', '. Meanwhile')),
      between('Meanwhile, we will collect your ', '. In order to ensure'),
      'information about ' + between('we will collect information about ', ' you use.') + ' you use',
    ]);
    assert.deepEqual(byId('usage-data').examples, enumeration(between('usage data relating to ', '. ·Log')));
    assert.deepEqual(byId('log-information').examples, enumeration(between('uploaded, including your ', ', so that')));
    assert.deepEqual(byId('basic-smart-device-information').examples, enumeration(between('about your Smart Devices such as ', '. ·')));
    assert.deepEqual(byId('smart-device-connection-information').examples, enumeration(between('the basic information collected includes: ', ', etc.')));
    for (const example of valuesOf(doc.dataCategories, 'examples').flat() as string[]) {
      assert.ok(fold(source).includes(fold(example)), `example not in source: ${example}`);
    }
  });

  it('flags location as sensitive (the source names precise location as Personal Sensitive Data)', () => {
    assert.ok(source.includes('Personal Sensitive Data includes personal biometric information, communication records and contents, health information, transaction information, and precise location information.'));
    assert.deepEqual(doc.dataCategories.filter((c: Json) => c.sensitive).map((c: Json) => c.id), ['location-information']);
    assert.deepEqual(byId('location-information').sensitiveKind, ['precise-location']);
    assert.deepEqual(byId('location-information').examples, ['real-time and precise location', 'non-precise geo-location']);
  });

  it('attributes each category to the source heading it is listed under', () => {
    const sourceOf = Object.fromEntries(doc.dataCategories.map((c: Json) => [c.id, c.source]));
    assert.equal(sourceOf['registered-account-data'], 'information-you-provide');
    assert.equal(sourceOf['third-party-account-information'], 'third-party-account');
    for (const id of ['mobile-device-information', 'usage-data', 'log-information']) assert.equal(sourceOf[id], 'collected-automatically');
    for (const id of ['basic-smart-device-information', 'smart-device-connection-information', 'information-reported-by-smart-devices']) {
      assert.equal(sourceOf[id], 'smart-devices');
    }
    assert.deepEqual(doc.sources.map((s: Json) => s.kind), ['data-subject', 'third-party', 'observed', 'device']);
  });

  it('keeps the provision statement in provisionRequirement and the health and camera placeholders in section 3', () => {
    assert.equal(doc.provisionRequirement, between('What Personal Data do we collect ', ' 1.Information You Voluntarily'));
    const section3 = doc.sections[1].sections[2];
    assert.equal(section3.title, '3.Smart Devices Related Information');
    assert.equal(section3.body.match(/^- Confirm: If the product involves sensitive personal information/gm)?.length, 2);
  });
});

// ---- Purposes and consents ----------------------------------------------------------------------------------------

describe('cr-smart-home: purposes, legal bases and consents', () => {
  const region = between('are as follows:', 'If there is any change in the purposes');
  const purposes: Json[] = doc.purposes;

  it('has the six purposes of the source, in order', () => {
    const labels = [...region.matchAll(/·([A-Z][A-Za-z -]+?)[:.]\s/g)].map((m) => m[1]);
    assert.deepEqual(purposes.map((p) => p.label), labels);
    assert.equal(labels.length, 6);
  });

  it("gives each purpose the source's legal-basis sentence, placeholder included, and the matching basis", () => {
    const sentences = [...region.matchAll(/The legal basis for (?:this|such) processing is .*?(?:Confirm\.|consent\.)/g)].map((m) => m[0]);
    assert.equal(sentences.length, 5);
    assert.deepEqual(purposes.slice(0, 5).map((p) => p.legalBasisNote), sentences);
    assert.deepEqual(purposes.map((p) => p.legalBases), [['contract'], ['contract'], ['contract'], ['consent'], ['consent'], undefined]);
    assert.equal(purposes[5]!.legalBasisNote, undefined, 'Legal Compliance states no basis');
  });

  it('references the data the source names for each purpose', () => {
    const smartDevice = ['basic-smart-device-information', 'smart-device-connection-information', 'information-reported-by-smart-devices'];
    assert.deepEqual(purposes[0]!.dataCategories, ['registered-account-data', 'mobile-device-information', 'usage-data', 'location-information', ...smartDevice]);
    assert.deepEqual(purposes[1]!.dataCategories, ['mobile-device-information', 'usage-data', 'location-information', ...smartDevice]);
    assert.deepEqual(purposes[4]!.dataCategories, ['registered-account-data', 'usage-data', 'mobile-device-information']);
    for (const i of [2, 3, 5]) assert.equal(purposes[i]!.dataCategories, undefined, `${purposes[i]!.id} names no category`);
  });

  it('keeps the four Legal Compliance cases as a list', () => {
    const cases = between('reasonably necessary to: ·', ' If there is any change').split(/\s*·\s*/);
    assert.equal(cases.length, 4);
    for (const c of cases) assert.ok(purposes[5]!.description.includes(`- ${c}`), c);
  });

  it('offers the in-app choices of the source: App Notification, Data Analysis, Personalization', () => {
    const quoted = [...region.matchAll(/"([^"]*&rt;[^"]*)"/g)].map((m) => steps(m[1]!, ARROW));
    assert.equal(quoted.length, 3);
    const consents: Json[] = doc.consentPurposes;
    assert.deepEqual(ids(consents), ['app-notification', 'data-analysis', 'personalization']);
    assert.deepEqual(consents.map((c) => c.inAppPath), quoted);
    assert.deepEqual(quoted[0], ['Me', 'Message Center', 'Setting', 'Notification Setting']);
    assert.deepEqual(quoted[1], ['My', 'Settings', 'Privacy Settings', 'Data Analysis']);
    assert.deepEqual(quoted[2], ['Me', 'Settings', 'Privacy Settings', 'Personalization']);
    assert.deepEqual(consents.map((c) => c.purpose), ['non-marketing-communication', 'data-analysis', 'marketing-communication-and-personalization']);
    assert.deepEqual(consents.map((c) => c.legalBasis), ['contract', 'consent', 'consent']);
    for (const c of consents) assert.equal(c.default, undefined, `${c.id}: the source states no default`);
    assert.ok(source.includes('You can check the "App Notification" in the App'));
  });
});

// ---- Rights -------------------------------------------------------------------------------------------------------

describe('cr-smart-home: rights', () => {
  const rights: Json[] = doc.rights;
  const right = (id: string): Json => rights.find((r) => r.id === id)!;
  const list = between('You may: ·', ' Withdrawal of consent');
  const bullets = list.split(/\s*·\s*/);

  it('has the rights of the source, in order', () => {
    assert.equal(bullets.length, 6);
    assert.deepEqual(ids(rights), ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'account-deletion']);
    // Each bullet is the right, then ": " and how to exercise it; objection (the last) gives no way of its own.
    assert.deepEqual(rights.slice(0, 6).map((r) => r.description), bullets.map((b, i) => (i < 5 ? b.slice(0, b.indexOf(': ')) : b)));
  });

  it('gives each right the in-app paths of the source, split into steps', () => {
    const quoted = [...list.matchAll(/"(My-[^"]*)"/g)].map((m) => steps(m[1]!, HYPHEN));
    const inApp = rights.slice(0, 5).flatMap((r) => r.channels.filter((c: Json) => c.type === 'in-app').map((c: Json) => c.path));
    assert.deepEqual(inApp, quoted);
    assert.deepEqual(right('access').channels.map((c: Json) => c.path), [['My', 'Setting', 'Privacy Settings', 'Personal Data Export']]);
    assert.deepEqual(right('rectification').channels.map((c: Json) => [c.label, c.path]), [
      ['Modify your account number (email address or phone number)', ['My', 'Setting', 'Account and Security', 'Change your Account']],
      ['Modify the nickname and/or time zone', ['My', 'Personal Information']],
    ]);
    assert.deepEqual(right('erasure').channels[0].path, ['My', 'Setting', 'Account and Security', 'Delete Account']);
    assert.equal(right('erasure').channels[0].note, between('Security-Delete Account", ', ' ·Request restrictions'));
  });

  it('keeps the "Confirm: the emailbox?" placeholder as the email channel of restriction and portability', () => {
    for (const id of ['restriction', 'portability']) {
      assert.deepEqual(right(id).channels.map((c: Json) => [c.type, c.label, c.path ?? c.note]), [
        ['in-app', 'Please send over your request through', ['My', 'FAQ & Feedback']],
        ['other', 'or send over the email request to', 'Confirm: the emailbox?'],
      ]);
    }
    assert.equal(list.match(/Please send over your request through "My-FAQ & Feedback", or send over the email request to Confirm: the emailbox\?/g)?.length, 2);
  });

  it('leaves objection to the common channels, as the source gives it none', () => {
    assert.equal(right('objection').channels, undefined);
    assert.equal(right('objection').description, bullets[5]);
  });

  it('lists the seven approaches to withdraw consent, with their paths', () => {
    const w = right('withdraw-consent');
    assert.equal(w.title, 'Withdrawal of consent');
    assert.ok(source.includes('Withdrawal of consent Confirm the following details: We will exercise'));
    assert.ok(w.description.startsWith('Confirm the following details:\n\n'));
    const approaches = between('through the following approaches: ', ' When you withdraw your consent').split(/\s*\d\)\s*/).filter(Boolean);
    assert.equal(approaches.length, 7);
    assert.equal(w.channels.length, 7);
    approaches.forEach((approach, i) => {
      const channel: Json = w.channels[i];
      const text = approach.replace(/;$/, '');
      const quoted = /"([^"]*&rt;[^"]*)"/.exec(text);
      if (quoted) {
        assert.equal(channel.type, 'in-app', `approach ${i + 1}`);
        assert.deepEqual(channel.path, steps(quoted[1]!, ARROW));
        assert.equal([channel.label, channel.note].filter(Boolean).join(' '), fold(text.replace(quoted[0], ' ')));
      } else {
        assert.equal(channel.type, 'other', `approach ${i + 1}`);
        assert.equal(channel.note, text);
      }
    });
    assert.deepEqual(w.channels.filter((c: Json) => c.path).map((c: Json) => c.path), [
      ['Me', 'Message Center', 'Notification Settings'],
      ['Me', 'Settings', 'Privacy Settings'],
      ['Me', 'Settings', 'Privacy Settings', 'Personalization'],
    ]);
  });

  it('has account deletion with its own path', () => {
    const [, quoted, after] = /About Deletion of the Account: You can find the Delete function through "([^"]*)" (\(Deactivate Account\))/.exec(source)!;
    const d = right('account-deletion');
    assert.equal(d.title, 'About Deletion of the Account');
    assert.deepEqual(d.channels.map((c: Json) => [c.label, c.path, c.note]), [['You can find the Delete function through', steps(quoted!, ARROW), after]]);
    assert.deepEqual(d.channels[0].path, ['Me', 'Settings', 'Account and Security', 'Delete Account']);
  });

  it('applies 30 days, no fee, identity verification and the placeholder channels to every right', () => {
    const re = doc.rightsExercise;
    const days = /we will aim to respond you within (\d+) days/.exec(source)![1];
    assert.equal(re.responseTime, `P${days}D`);
    assert.ok(source.includes('You do not have to pay a fee'));
    assert.deepEqual(re.fees, { free: true });
    assert.equal(re.verification, 'Please note that we may ask you to verify your identity before taking further action on your request, for security purposes.');
    const feedback = /via the route of Feedback imbedded in the App: (Me&rt;[^,]*)/.exec(source)![1]!;
    assert.deepEqual(re.channels, [
      { type: 'other', label: 'via the privacy office email address', note: '***@***.com' },
      { type: 'in-app', label: 'via the route of Feedback imbedded in the App', path: steps(feedback, ARROW) },
    ]);
    assert.deepEqual(re.channels[1].path, ['Me', 'Personal Center', 'Account and Security']);
    for (const r of rights) assert.equal(r.responseTime ?? r.fees ?? r.verification, undefined, `${r.id} states nothing of its own`);
  });

  it('writes no path step with a separator left in it', () => {
    const paths = [...valuesOf(doc, 'path'), ...valuesOf(doc, 'inAppPath')] as string[][];
    // permissions 10, consents 3, rightsExercise 1, access 1, rectification 2, erasure 1, restriction 1,
    // portability 1, withdraw-consent 3, account-deletion 1
    assert.equal(paths.length, 24);
    for (const path of paths) {
      for (const step of path) assert.match(step, /^[A-Za-z][A-Za-z/& ]*[A-Za-z]$/, `step ${JSON.stringify(step)} of ${path.join(' › ')}`);
    }
  });
});

// ---- Transfers, retention, children, changes ----------------------------------------------------------------------

describe('cr-smart-home: transfers, retention, children and changes', () => {
  it('relies on the EU SCCs with the source link, and keeps the Confirm line as the second approach', () => {
    const t = doc.internationalTransfers;
    const url = /see (https:\/\/\S+?)\.?\s·/.exec(source)![1];
    assert.equal(t.transfers[0].moreInformation, url);
    assert.deepEqual(t.transfers[0].safeguards, ['standard-contractual-clauses']);
    assert.equal(t.transfers[0].description, 'Agreement on the basis of approved EU standard contractual clauses per GDPR Art. 46.');
    assert.equal(t.transfers[1].description, 'Confirm: Please add ' + between('·Confirm: Please add', ' If you would like'));
    assert.equal(t.transfers[1].safeguards, undefined, 'the placeholder names no safeguard');
    assert.equal(t.storageLocations, undefined);
  });

  it('has the two retention criteria of the source', () => {
    const rules = doc.retention.rules;
    assert.deepEqual(ids(rules), ['products-and-services', 'removal-request']);
    assert.equal(rules[0].retention.criterion, between('destruct your Personal Data. ·', ';'));
    assert.ok(rules[1].retention.criterion.startsWith(between('terms of use?; ·', ' When we are unable')));
    for (const rule of rules) assert.equal(rule.retention.duration, undefined, 'the source gives no duration');
  });

  it('sets the minimum age of 13 with parental permission', () => {
    assert.match(source, /under the age of thirteen \(13\)/);
    assert.equal(doc.children.minimumAge, 13);
    assert.equal(doc.children.parentalConsent, true);
    assert.ok(source.includes("unless we first obtain permission from that child's parent or legal guardian"));
  });

  it('announces changes by email or in-app notice, before they take effect', () => {
    const c = doc.changeNotification;
    assert.ok(source.includes('we will notify you by email (send to the e-mail address specified in your account) or by means of a notice in the mobile applications prior to the change becoming effective'));
    assert.deepEqual(c.methods, ['email', 'in-app']);
    assert.equal(c.advanceNotice, true);
  });
});

// ---- Structure: sections, parts and references ----------------------------------------------------------------------

describe('cr-smart-home: sections and references', () => {
  it("follows the source's headings, in order", () => {
    const titles: string[] = [];
    function walk(list: Json[] | undefined): void {
      for (const s of list ?? []) titles.push(s.title), walk(s.sections);
    }
    walk(doc.sections);
    assert.equal(titles.length, 15);
    let at = 0;
    for (const title of titles) {
      const i = source.indexOf(fold(title), at);
      assert.ok(i >= at, `heading not found in order: ${title}`);
      at = i + 1;
    }
  });

  it('includes every structured part it has exactly once', () => {
    const included = (valuesOf(doc.sections, 'include') as string[][]).flat();
    assert.deepEqual([...included].sort(), [
      'changes', 'children', 'consents', 'contacts', 'data-categories', 'permissions', 'provision', 'purposes', 'retention', 'rights', 'transfers',
    ]);
  });

  it('declares every id once and refers only to declared ids', () => {
    const declared = {
      dataCategories: ids(doc.dataCategories),
      purposes: ids(doc.purposes),
      sources: ids(doc.sources),
    };
    for (const [name, list] of Object.entries({ ...declared, permissions: ids(doc.permissions), consentPurposes: ids(doc.consentPurposes), rights: ids(doc.rights) })) {
      assert.equal(new Set(list).size, list.length, `duplicate id in ${name}`);
    }
    const sectionIds: string[] = [];
    function walk(list: Json[] | undefined): void {
      for (const s of list ?? []) sectionIds.push(s.id), walk(s.sections);
    }
    walk(doc.sections);
    assert.equal(new Set(sectionIds).size, sectionIds.length);
    for (const ref of (valuesOf(doc, 'dataCategories').filter((v) => typeof (v as unknown[])[0] === 'string') as string[][]).flat()) {
      assert.ok(declared.dataCategories.includes(ref), `undeclared data category ${ref}`);
    }
    for (const c of doc.dataCategories) assert.ok(declared.sources.includes(c.source), `undeclared source ${c.source}`);
    for (const c of doc.consentPurposes) assert.ok(declared.purposes.includes(c.purpose), `undeclared purpose ${c.purpose}`);
    // The source ties third-party login data and log information to no purpose or permission by name.
    const used = valuesOf([doc.purposes, doc.permissions], 'dataCategories').flat();
    assert.deepEqual(declared.dataCategories.filter((id) => !used.includes(id)), ['third-party-account-information', 'log-information']);
    assert.equal(doc.recipients, undefined, 'recipients are kept in the sharing section (no "recipients" part to show them)');
  });
});

// ---- Word for word ------------------------------------------------------------------------------------------------

describe('cr-smart-home: word for word', () => {
  it('keeps distinctive sentences from every part of the source', () => {
    for (const phrase of [
      'CR Smart Homeand subsidiaries ("we", "us", "our", "CR Smart Home") are committed to protecting your privacy.',
      'If you have any question r regarding this Policy, please do not hesitate to contact us via:',
      'Apps refers to those mobile applications developed byCR Smart Homethat provide end users remote control to Smart Devices',
      'Based on your consent, when you enable the geo-fence feature, your location information will be generated and shared with Google Maps services.',
      'we will process data with the "Home" App that comes with the iOS system through HomeKit.',
      'Once you turn off any permission, we will take it as canceling the authorization, and we will no longer continue to collect Personal Data based on the corresponding permissions, and the related functions may be terminated.',
      'In order to ensure the security of the operating environment or to provide services, we will collect information about the installed mobile applications and other software you use.',
      'Unless we have obtained your consent or unless otherwise provided by data protection laws and regulations, we will aggregate or desensitize such information..',
      'you may not able to opt-out because it is highly relate to your functionalities and quality of using our product and service',
      '(c) Protect our operation and business systems;',
      'Except for the third parties mentioned above, we only disclose your Personal Data to other third parties with your consent.',
      'CR Smart Homewill comply with applicable data localization requirements in corresponding jurisdictions with respect to storage of data.',
      'By using product with the "Try Now" mode, and not enable certain location setting for particular smart scene, we will not collect any Personal Data about you',
      'As for data communication, communication using security algorithms and transmission encryption protocols and commercial level information encryption transmission based on dynamic keys are supported.',
      'When we are unable to do so for technical reasons, we will ensure that appropriate measures are put in place to prevent any further such use of your Personal Data.',
      'If we become aware that we have collected Personal Data from any child without permission from that child\'s parent or legal guardian, we will take steps to remove that information..',
      'We encourage you to periodically review this page for the latest information on our privacy practices.',
    ]) {
      assert.ok(source.includes(phrase), `not in source: ${phrase}`);
      assert.ok(includesPhrase(doc, phrase), `not in document: ${phrase}`);
    }
  });

  it('leaves out nothing: removing the document\'s text from the source leaves only what became structure', () => {
    const units = [...new Set(textUnits(doc).concat(doc.controller.email, valuesOf(doc, 'moreInformation') as string[]))].sort((a, b) => b.length - a.length);
    const remove = (text: string) => units.reduce((t, u) => t.split(u).join(' | '), text);
    // Paths became arrays of steps (checked above); a parenthetical path goes with its parentheses.
    const residual = remove(remove(source).replace(QUOTED_PATH, (m) => (m.trim().startsWith('(') ? '' : ' | ')));
    const chunks = residual.split('|').map((c) => c.trim()).filter((c) => !/^[\s.,;:·()\d"-]*$/.test(c));
    assert.deepEqual(chunks, [
      'Effective Date: 28 April 2022 Updated: 28 April2022', // effectiveDate, lastUpdated
      'You may opt-out the using of camera permission:', // permissions[].disable.inAppPath
      'You may opt-out the using of photo album permission:',
      'You may opt-out the using of microphone permission:',
      'You may opt-out the using of storage permission:',
      'You may opt-out the using of App notifications:',
      'You may opt-out the using of alert window information:',
      'You may opt-out the using of Bluetooth via',
      'You may opt-out the using of HomeKit permission via',
      'You may opt-out the using of HealthKit permission via',
      'For more information, see', // transfers[0].moreInformation
      'You do not have to pay a fee and we will aim to respond you within 30 days.', // rightsExercise.fees, responseTime
      'Postal Mailing Address:', // controller.address
      'Email:', // controller.email
    ]);
  });

  it('invents nothing: every string of the document is in the source', () => {
    const lowerSource = source.toLowerCase();
    const notVerbatim = textUnits(doc).filter((u) => !source.includes(u) && !source.replace(QUOTED_PATH, '').includes(u));
    // Labels the source has only in running text, lower-case; and one label put together from its words.
    assert.deepEqual(notVerbatim, [
      'Third party account',
      'Third party account information',
      'Location information',
      'Photos/pictures/videos',
      'Voice information',
      "Mobile device's storage",
    ]);
    assert.deepEqual(notVerbatim.filter((u) => !lowerSource.includes(u.toLowerCase())), ['Third party account information']);
    assert.ok(lowerSource.includes('with a third party account, we will obtain from such third party your account information'));
  });

  it('reads the document text through the shared helper too', () => {
    assert.ok(docText.includes('Confirm: the system permissions that allow in the your App'));
    assert.ok(!docText.includes('undefined'));
  });
});
