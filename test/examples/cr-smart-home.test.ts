// Fidelity of examples/policies/cr-smart-home.json to its source examples/policies/sources/cr-smart-home.txt
// (CR Group Co., Ltd / CR Smart Home app, Cambodia).
// The source is a vendor template that was published with its instructions still in it ("Confirm: ...",
// "Please enter ...", "***@***.com"): those are part of the real document and must survive word for word, so that
// lint can report them. Expected lists are parsed out of the source text, so the test also proves the source was read
// right. Two sweeps cover everything: removing every string of the document from the source leaves only the words
// that became structure (nothing missing), and every string of the document is found in the source (nothing invented),
// with the few deliberate differences listed by name. A third sweep reads the document in the order the notice shows it
// (section bodies, the items each section places, untitled continuations) and finds it in the source's order.
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

/** The folded source from a unique start marker (included) up to the next end marker (excluded). */
function paragraph(start: string, end: string): string {
  between(start, end);
  const a = source.indexOf(start);
  return source.slice(a, source.indexOf(end, a + start.length)).trim();
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
  'effectiveDate', 'lastUpdated', 'responseTime', 'include', 'part', 'ids', 'inAppPath', 'path', 'examples', 'sensitiveKind',
  'storeTypes', 'storePurposes', // ids for the app stores' labels, not words the notice shows
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

/** Every section at every level, in document order, with the titles of the titled sections above it. */
function allSections(): Array<{ section: Json; above: string[] }> {
  const walk = (list: Json[] | undefined, above: string[]): Array<{ section: Json; above: string[] }> =>
    (list ?? []).flatMap((section) => [{ section, above }, ...walk(section.sections, section.title === undefined ? above : [...above, section.title])]);
  return walk(doc.sections, []);
}
const sectionById = (id: string): Json => {
  const hit = allSections().find((s) => s.section.id === id);
  assert.ok(hit, `no section ${id}`);
  return hit.section;
};

/** What a section's include places: a whole part (ids undefined) or the items it names. */
const placements = (section: Json): Array<{ part: string; ids?: string[] }> =>
  (section.include ?? []).map((inc: string | Json) => (typeof inc === 'string' ? { part: inc } : { part: inc.part, ids: inc.ids }));

/**
 * A section without a title (the source has no heading there), continuing the one before it.
 * These carry the text the source has after a list, so it is shown after that list.
 */
function continuation(section: Json): Json {
  assert.equal(section.sections?.length, 1, `${section.id}: one continuation`);
  const next = section.sections[0];
  assert.equal(next.title, undefined, `${next.id} has no heading of its own`);
  return next;
}

// ---- Metadata and contacts ---------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function isoDate(day: string, month: string, year: string): string {
  const m = MONTHS.indexOf(month) + 1;
  assert.ok(m > 0, `month ${month}`);
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

describe('cr-smart-home: metadata and contacts', () => {
  it('has the title, the effective and updated dates of the source', () => {
    assert.ok(source.startsWith(doc.title + ' Effective Date:'), 'the source starts with the title');
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
    assert.ok(doc.summary.includes('please do not hesitate to contact us via:\n\nConfirm:crsmarthome1719@gmail.com'), 'the email follows the sentence that announces it');
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
    // A clause ends at . ; ? or :, or where the next bullet "·" of a list starts.
    const clauses = [...source.matchAll(/Confirm:?[^.;?:·]*[.;?:]?/g)].map((m) => m[0].replace(/;$/, '').trim());
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
    assert.ok(source.includes('if you do not provide such information, you may continue to use basic Services of the App'), 'the source says basic services work without them');
    for (const p of permissions) assert.equal(p.optional, true, p.id);
  });

  it('includes the permissions in "Information based on additional functions", after the placeholder and before the closing paragraph', () => {
    const section = sectionById('additional-functions');
    assert.equal(section.title, 'Information based on additional functions');
    assert.deepEqual(section.include, ['permissions']);
    assert.equal(
      fold(section.body),
      'Confirm: ' + between('Information based on additional functions: Confirm: ', ' 1)Additional functions based on location'),
    );
    assert.ok(section.body.startsWith('Confirm: the system permissions that allow in the your App\n\n'), 'the placeholder comes first');
    assert.ok(section.body.endsWith('These additional functions may include:'), 'the lead-in to the permissions comes last');
    // "Please note that if you turn on any permission..." closes the list in the source: it follows the permissions.
    const closing = continuation(section);
    assert.equal(closing.body, paragraph('Please note that if you turn on any permission', ' 2.Information We Collect Automatically'));
    assert.ok(!section.body.includes('Please note that if you turn on'), 'the closing paragraph is not ahead of the permissions');
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
    assert.ok(source.includes('Personal Sensitive Data includes personal biometric information, communication records and contents, health information, transaction information, and precise location information.'), 'the source names precise location as sensitive');
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

  it('keeps the provision statement in provisionRequirement, shown first in "What Personal Data do we collect"', () => {
    assert.equal(doc.provisionRequirement, between('What Personal Data do we collect ', ' 1.Information You Voluntarily'));
    const section = sectionById('personal-data-we-collect');
    assert.equal(section.body, undefined);
    assert.deepEqual(section.include, ['provision']);
  });

  // The headings of the three numbered subsections of the source, and where each starts.
  const headings = ['1.Information You Voluntarily Provide Us', '2.Information We Collect Automatically', '3.Smart Devices Related Information'];
  const starts = headings.map((h) => {
    assert.equal(source.split(h).length, 2, `heading once in the source: ${h}`);
    return source.indexOf(h);
  });
  /** Where the source lists a category: its own text, or (for one it only names) its label in the running text. */
  const firstMention = (c: Json): number => {
    const start = source.indexOf(headings[0]!);
    const at = c.description ? source.indexOf(fold(c.description.split('\n')[0]), start) : source.toLowerCase().indexOf(fold(c.label).toLowerCase(), start);
    assert.ok(at >= start, `${c.id} not found in "What Personal Data do we collect"`);
    return at;
  };

  it('shows each category, by id, in the numbered subsection of the source that lists it, in the order it lists them', () => {
    const placed: Array<{ id: string; section: Json; above: string[] }> = [];
    for (const { section, above } of allSections()) {
      for (const p of placements(section)) {
        if (p.part !== 'data-categories') continue;
        assert.ok(p.ids, `${section.id}: places categories one by one, not the whole part`);
        for (const id of p.ids) placed.push({ id, section, above: section.title === undefined ? above : [...above, section.title] });
      }
    }
    // every category exactly once, none left to be shown after the sections
    assert.deepEqual([...placed.map((x) => x.id)].sort(), ids(doc.dataCategories).sort());
    assert.equal(new Set(placed.map((x) => x.id)).size, placed.length);
    // in the order the source lists them
    const order = [...doc.dataCategories].sort((a: Json, b: Json) => firstMention(a) - firstMention(b)).map((c: Json) => c.id);
    assert.deepEqual(placed.map((x) => x.id), order);
    assert.deepEqual(ids(doc.dataCategories), order, 'declared in that order too');
    // under the heading whose text lists them
    for (const { id, above } of placed) {
      const c = byId(id);
      const at = firstMention(c);
      const heading = headings[starts.filter((start) => start < at).length - 1]!;
      assert.equal(above[0], 'What Personal Data do we collect', id);
      assert.equal(fold(above[1] ?? ''), heading, `${id} is listed under ${heading}`);
    }
    assert.deepEqual(placed.map((x) => x.section.id), [
      'information-you-provide', 'information-you-provide',
      'permissions-authorization', 'permissions-authorization', 'permissions-authorization', 'permissions-authorization',
      'information-collected-automatically', 'information-collected-automatically', 'information-collected-automatically',
      'smart-devices-related-information', 'smart-devices-related-information', 'smart-devices-related-information',
    ]);
  });

  it('shows the categories the permissions name after the permissions and their closing paragraph', () => {
    // They have no bullet of their own: the source names them inside the permissions' text.
    const named = doc.dataCategories.filter((c: Json) => !c.description).map((c: Json) => c.id);
    assert.deepEqual(named, ['location-information', 'photos-pictures-videos', 'voice-information', 'mobile-device-storage']);
    const fromPermissions = valuesOf(doc.permissions, 'dataCategories').flat() as string[];
    for (const id of named) assert.ok(fromPermissions.includes(id), `${id} is a permission's data`);
    const closing = continuation(sectionById('additional-functions'));
    assert.deepEqual(placements(closing), [{ part: 'data-categories', ids: named }]);
  });

  it('puts the closing paragraph of section 2 after its three categories', () => {
    const section = sectionById('information-collected-automatically');
    assert.equal(section.body, undefined);
    const closing = continuation(section);
    assert.equal(closing.id, 'device-and-log-information');
    assert.equal(closing.body, paragraph('Please note that we cannot identify', ' 3.Smart Devices Related Information'));
    assert.equal(closing.include, undefined);
  });

  it('keeps the health and camera placeholders of section 3 after its three categories, as the rest of its list', () => {
    const section = sectionById('smart-devices-related-information');
    assert.equal(section.title, '3.Smart Devices Related Information');
    assert.equal(section.body, undefined);
    const rest = continuation(section);
    assert.equal(rest.body.match(/^- Confirm: If the product involves sensitive personal information/gm)?.length, 2);
    // the list items, markers and all, are the source's two remaining bullets
    const tail = source.slice(source.indexOf('·Confirm: If the product involves'), source.indexOf(' Purposes and legal basis for processing'));
    assert.equal(fold(rest.body.replace(/^\s*- /gm, '·')), tail);
    assert.equal(rest.include, undefined);
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

  it('shows the purposes under their heading, then the closing paragraph, then the choices it announces', () => {
    const section = sectionById('purposes-and-legal-basis');
    assert.equal(section.body, between('Purposes and legal basis for processing Personal Data ', ' ·Provide You with Our Services'));
    assert.deepEqual(section.include, ['purposes']);
    const closing = continuation(section);
    assert.equal(closing.body, paragraph('If there is any change in the purposes', ' Who do we Share Personal Data with?'));
    // "...and choices you may have regarding your Personal Data." is followed by those choices.
    assert.deepEqual(closing.include, ['consents']);
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
    assert.ok(source.includes('You can check the "App Notification" in the App'), 'the source names the App Notification choice');
  });
});

// ---- Recipients ---------------------------------------------------------------------------------------------------

describe('cr-smart-home: who personal data is shared with', () => {
  const intro = between('Who do we Share Personal Data with? ', ' ·To our third-party');
  const bullets = between('the following recipients: Confirm the following details ·', ' Except for the third parties').split(/\s*·\s*/);
  const recipients: Json[] = doc.recipients;

  it('declares the five recipients of the source, in order, each with its bullet word for word', () => {
    assert.equal(bullets.length, 5);
    assert.deepEqual(ids(recipients), [
      'third-party-service-providers', 'customers-and-business-partners', 'subsidiaries-and-affiliates', 'reorganization-or-sale', 'legal-and-protective-disclosures',
    ]);
    recipients.slice(0, 4).forEach((r, i) => assert.equal(r.description, bullets[i], r.id));
    // The last bullet names no recipient: its lead-in is the label and its cases (a)-(e) the description.
    const last = recipients[4]!;
    assert.equal(fold(`${last.label} ${last.description.replace(/^- /gm, '')}`), bullets[4]);
    const cases = bullets[4]!.slice(bullets[4]!.indexOf('(a)')).split(/\s(?=\([b-e]\))/);
    assert.deepEqual(last.description.split('\n'), cases.map((c) => `- ${c}`));
    assert.equal(cases.length, 5);
  });

  it("labels each named recipient with the bullet's own words", () => {
    for (const r of recipients.slice(0, 4)) {
      const words = r.label[0].toLowerCase() + r.label.slice(1);
      assert.ok(r.description.startsWith(`To ${words} `), `${r.id}: "${r.label}" is how its bullet starts`);
    }
    assert.deepEqual(recipients.map((r) => r.label), [
      'Our third-party service providers', 'Our customers and other business partners', 'Subsidiaries or affiliates within our corporate family',
      'An affiliate or other third party',
      'As we believe in good faith that access to, or use, preservation, or disclosure of the information is reasonably necessary or appropriate to:',
    ]);
  });

  it('gives the role only where the bullet states it', () => {
    assert.deepEqual(recipients.map((r) => r.kind), ['processor', 'business-partner', 'group-company', 'acquirer', undefined]);
    assert.ok(bullets[0]!.endsWith('to enable them to provide services to us.'), 'the providers provide services to us');
    assert.ok(bullets[3]!.includes('in the event of any reorganization, merger, sale'), 'the bullet is about a reorganization or sale');
    for (const r of recipients) assert.equal(r.country ?? r.privacyPolicy, undefined, `${r.id}: the source gives no country or policy`);
  });

  it('shows them in "Who do we Share Personal Data with?" after the placeholder, with the closing sentence after them', () => {
    const section = sectionById('sharing');
    assert.equal(section.title, 'Who do we Share Personal Data with?');
    assert.equal(section.body, intro);
    assert.ok(section.body.endsWith('with the following recipients: Confirm the following details'), 'the placeholder stays where it stands');
    assert.deepEqual(section.include, ['recipients']);
    const closing = continuation(section);
    assert.equal(closing.body, paragraph('Except for the third parties', ' International Transfer of Information'));
  });

  it('keeps no prose copy of the recipients in any section', () => {
    const bodies = allSections().map(({ section }) => fold(section.body ?? ''));
    for (const unit of textUnits(recipients)) {
      for (const body of bodies) assert.ok(!body.includes(unit), `recipient text repeated in a section: ${unit}`);
    }
    for (const p of doc.purposes) assert.equal(p.recipients, undefined, `${p.id}: the source ties no recipient to a purpose`);
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
    assert.ok(source.includes('Withdrawal of consent Confirm the following details: We will exercise'), 'the placeholder stands after the heading in the source');
    // The paragraph after the seven approaches stays in the right's description (the schema has no place after a
    // right's channels), ahead of the lead-in to the approaches: the one text not in the source's order.
    assert.equal(w.description, [
      'Confirm the following details:',
      paragraph('When you withdraw your consent', ' About Deletion of the Account'),
      between('Withdrawal of consent Confirm the following details: ', ' 1)For privacy permissions'),
    ].join('\n\n'));
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

  it('shows all the rights, with what they share, in "Your Rights Relating to Your Personal Data"', () => {
    const section = sectionById('your-rights');
    assert.equal(section.body, undefined);
    assert.deepEqual(section.include, ['rights']);
    assert.equal(section.sections, undefined);
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
    assert.ok(source.includes('You do not have to pay a fee'), 'the source says there is no fee');
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

  it('shows the transfers, then the paragraph on further detail about the safeguards', () => {
    const section = sectionById('international-transfer');
    assert.equal(section.body, undefined);
    assert.deepEqual(section.include, ['transfers']);
    const closing = continuation(section);
    assert.equal(closing.body, paragraph('If you would like further detail', ' Your Rights Relating to Your'));
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
    assert.ok(source.includes("unless we first obtain permission from that child's parent or legal guardian"), 'the source asks for parental permission');
  });

  it('announces changes by email or in-app notice, before they take effect', () => {
    const c = doc.changeNotification;
    assert.ok(source.includes('we will notify you by email (send to the e-mail address specified in your account) or by means of a notice in the mobile applications prior to the change becoming effective'), 'the source gives email and in-app notice before the change');
    assert.deepEqual(c.methods, ['email', 'in-app']);
    assert.equal(c.advanceNotice, true);
  });
});

// ---- Structure: sections, parts and references ----------------------------------------------------------------------

describe('cr-smart-home: sections and references', () => {
  it("follows the source's headings, in order, and adds none", () => {
    const titles: string[] = allSections().map(({ section }) => section.title).filter((t) => t !== undefined);
    assert.equal(titles.length, 15);
    let at = 0;
    for (const title of titles) {
      const i = source.indexOf(fold(title), at);
      assert.ok(i >= at, `heading not found in order: ${title}`);
      at = i + 1;
    }
  });

  it('continues a section without a heading only where the source has text after a list', () => {
    const untitled = allSections().filter(({ section }) => section.title === undefined).map(({ section }) => section.id);
    assert.deepEqual(untitled, [
      'permissions-authorization', 'device-and-log-information', 'sensitive-smart-device-information', 'changes-of-purposes', 'other-third-parties', 'safeguards-detail',
    ]);
    // Each is the last subsection of a section that includes a list, so it follows that list.
    for (const { section } of allSections()) {
      for (const child of (section.sections ?? []).filter((c: Json) => c.title === undefined)) {
        assert.equal(section.sections.at(-1), child, `${child.id} is the last subsection of ${section.id}`);
        assert.ok(section.include?.length, `${section.id} includes a list`);
      }
    }
    assert.equal(doc.sections[0].title, 'Definition', 'the first section has a heading');
  });

  it('includes every structured part it has exactly once, and every data category by id', () => {
    const all = allSections().flatMap(({ section }) => placements(section));
    assert.deepEqual(all.filter((p) => !p.ids).map((p) => p.part).sort(), [
      'changes', 'children', 'consents', 'contacts', 'permissions', 'provision', 'purposes', 'recipients', 'retention', 'rights', 'transfers',
    ]);
    const byItem = all.filter((p) => p.ids);
    assert.deepEqual([...new Set(byItem.map((p) => p.part))], ['data-categories']);
    assert.deepEqual(byItem.flatMap((p) => p.ids!).sort(), ids(doc.dataCategories).sort());
  });

  it('declares every id once and refers only to declared ids', () => {
    const declared = {
      dataCategories: ids(doc.dataCategories),
      purposes: ids(doc.purposes),
      sources: ids(doc.sources),
      recipients: ids(doc.recipients),
    };
    for (const [name, list] of Object.entries({ ...declared, permissions: ids(doc.permissions), consentPurposes: ids(doc.consentPurposes), rights: ids(doc.rights) })) {
      assert.equal(new Set(list).size, list.length, `duplicate id in ${name}`);
    }
    const sectionIds: string[] = [];
    function walk(list: Json[] | undefined): void {
      for (const s of list ?? []) {
        sectionIds.push(s.id);
        walk(s.sections);
      }
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
    for (const ref of (valuesOf(doc, 'recipients').filter((v) => typeof (v as unknown[])[0] === 'string') as string[][]).flat()) {
      assert.ok(declared.recipients.includes(ref), `undeclared recipient ${ref}`);
    }
    for (const p of allSections().flatMap(({ section }) => placements(section))) {
      if (p.part === 'data-categories') for (const id of p.ids ?? []) assert.ok(declared.dataCategories.includes(id), `section places undeclared ${id}`);
    }
    assert.equal(declared.recipients.length, 5);
  });
});

// ---- Reading order ------------------------------------------------------------------------------------------------

/**
 * The document's text in the order the notice shows it: the summary, then for each section its title, its body, the
 * parts (or the items of a part, in the order given) it includes, then its subsections. Left out: the consent
 * switches (they restate the purposes' in-app paths) and, of what all rights share, all but the introduction (its
 * channels restate the introduction's placeholder; fees, response time and verification are settings).
 */
function readingOrder(): string[] {
  const pick = (list: Json[] | undefined, only?: string[]): Json[] =>
    only ? only.map((id) => (list ?? []).find((x) => x.id === id)!) : (list ?? []);
  const partText = (part: string, only?: string[]): unknown => {
    switch (part) {
      case 'provision': return doc.provisionRequirement;
      case 'data-categories': return pick(doc.dataCategories, only);
      case 'permissions': return pick(doc.permissions, only);
      case 'purposes': return pick(doc.purposes, only);
      case 'recipients': return pick(doc.recipients, only);
      case 'consents': return [];
      case 'transfers': return doc.internationalTransfers;
      case 'rights': return [doc.rightsExercise.introduction, pick(doc.rights, only)];
      case 'retention': return doc.retention;
      case 'children': return doc.children;
      case 'changes': return doc.changeNotification;
      case 'contacts': return { name: doc.controller.name, lines: doc.controller.address.lines, email: doc.controller.email };
      default: return assert.fail(`part ${part} has no reading rule`);
    }
  };
  const walk = (list: Json[] | undefined): string[] =>
    (list ?? []).flatMap((section) => [
      ...(section.title === undefined ? [] : [fold(section.title)]),
      ...textUnits(section.body ?? ''),
      ...placements(section).flatMap((p) => textUnits(partText(p.part, p.ids))),
      ...walk(section.sections),
    ]);
  return [...textUnits(doc.summary), ...walk(doc.sections)];
}

/**
 * The units of a reading that are out of the source's order: each unit is found in the source (by its first 50
 * characters, so that a unit whose in-app path became steps is found too) at or after the previous one if it can be,
 * else at its first occurrence; the longest run in increasing source order is in order, the rest is not. Units not in
 * the source word for word (labels made from running text) are skipped: "invents nothing" accounts for them.
 */
function outOfOrder(units: string[]): string[] {
  let cursor = 0;
  const found: Array<{ unit: string; at: number }> = [];
  for (const unit of units) {
    const key = unit.slice(0, 50);
    let at = source.indexOf(key, cursor);
    if (at < 0) at = source.indexOf(key);
    else cursor = at + 1;
    if (at >= 0) found.push({ unit, at });
  }
  // longest strictly increasing subsequence of positions
  const best = found.map(() => 1);
  const prev = found.map(() => -1);
  for (let i = 0; i < found.length; i++) {
    for (let j = 0; j < i; j++) {
      if (found[j]!.at < found[i]!.at && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
    }
  }
  const keep = new Set<number>();
  for (let i = best.indexOf(Math.max(...best)); i >= 0; i = prev[i]!) keep.add(i);
  return found.filter((_, i) => !keep.has(i)).map((f) => f.unit);
}

describe('cr-smart-home: reading order', () => {
  const units = readingOrder();

  it('reads in the order of the source: every list before the paragraph that closes it', () => {
    assert.ok(units.length > 150, `${units.length} units read`);
    // The one exception: the paragraph after the seven ways to withdraw consent, kept in that right's description
    // (a right has no field for text after its channels; see "lists the seven approaches to withdraw consent").
    assert.deepEqual(outOfOrder(units), [paragraph('When you withdraw your consent', ' About Deletion of the Account')]);
  });

  it('reads every closing paragraph right after the last item of its list', () => {
    const after = (paragraphStart: string): string => {
      const i = units.findIndex((u) => u.startsWith(paragraphStart));
      assert.ok(i > 0, `not read: ${paragraphStart}`);
      return units[i - 1]!;
    };
    assert.equal(after('Please note that if you turn on any permission'), doc.permissions.at(-1).purpose);
    assert.equal(after('Please note that we cannot identify'), doc.dataCategories.find((c: Json) => c.id === 'log-information').description);
    assert.equal(after('Confirm: If the product involves'), doc.dataCategories.find((c: Json) => c.id === 'information-reported-by-smart-devices').description);
    assert.ok(after('If there is any change in the purposes').startsWith('detect, prevent or otherwise address security, fraud or technical issues.'), 'the change paragraph follows the last purpose');
    assert.ok(after('Except for the third parties mentioned above').startsWith('(e)Perform risk management'), 'the closing sentence follows the last recipient');
    assert.equal(after('If you would like further detail on the safeguards'), doc.internationalTransfers.transfers.at(-1).description);
  });

  it('finds the old order out of order (the check can fail)', () => {
    // The paragraphs as a transcription that put them ahead of their lists would read.
    const moved = [...units];
    const i = moved.findIndex((u) => u.startsWith('Please note that if you turn on any permission'));
    const [closing] = moved.splice(i, 1);
    moved.splice(moved.indexOf('These additional functions may include:'), 0, closing!);
    assert.deepEqual(outOfOrder(moved), [closing, paragraph('When you withdraw your consent', ' About Deletion of the Account')]);
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
      'Our third-party service providers',
      'Our customers and other business partners',
      'Subsidiaries or affiliates within our corporate family',
      'An affiliate or other third party',
    ]);
    assert.deepEqual(notVerbatim.filter((u) => !lowerSource.includes(u.toLowerCase())), ['Third party account information']);
    assert.ok(lowerSource.includes('with a third party account, we will obtain from such third party your account information'), 'the source has third-party account information in running text');
  });

  it('reads the document text through the shared helper too', () => {
    assert.ok(docText.includes('Confirm: the system permissions that allow in the your App'), 'the placeholder is in the document text');
    assert.ok(!docText.includes('undefined'), 'no undefined in the document text');
  });
});
