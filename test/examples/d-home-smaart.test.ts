// Fidelity of examples/policies/d-home-smaart.json to its source examples/policies/sources/d-home-smaart.txt
// (D-Home Smaart SAS, France), and of its French translation to its English text.
// Expected lists (data categories and their items, section titles, purposes, cookies, opt-out links, date) are parsed
// out of the source text, so the test also proves the source was read right. The reading order of the document (titles,
// bodies and the items each section places) is checked against the order of the source. Two sweeps cover the rest:
// every paragraph of the source is found in the document (nothing missing) and every English string of the document is
// found in the source (nothing invented), with the few deliberate differences named below.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allSections, fold, includesPhrase, loadExample, loadSource, rightById, sectionById, textOf } from './fidelity.js';

type Json = Record<string, any>;

const doc = loadExample('d-home-smaart') as Json;
const source = loadSource('d-home-smaart');
const rawSource = readFileSync(new URL('../../examples/policies/sources/d-home-smaart.txt', import.meta.url), 'utf8');
const rawLines = rawSource.split(/\r?\n/);

const EMAIL = 'gdpr@d-homesmart.com';

/**
 * Headings the source does not have. None: where the source has no heading, the section has no title and continues the
 * one before it.
 */
const ADDED_TITLES: string[] = [];

/** Sections without a title: source text that follows the previous heading's text with no heading of its own. */
const UNTITLED = ['consent', 'sale-and-disclosure', 'online-store', 'third-party-service-providers', 'changes', 'rights-and-contact'];

/**
 * The five data lists of the source, as data categories. The schema requires a label and the source names none, so each
 * label is made of the words of the list's own heading or lead-in, plus the word "data" (checked below).
 */
const CATEGORIES: [id: string, label: string][] = [
  ['registration-data', 'Registration data'],
  ['usage-data', 'Data collected during use'],
  ['service-improvement-data', 'Service improvement data'],
  ['subscription-data', 'Subscription data'],
  ['marketing-data', 'Marketing data'],
];
const CATEGORY_LABELS = CATEGORIES.map(([, label]) => label);

/** Language maps whose French is rightly the English: proper names, the legal form, address lines. */
const SAME_IN_BOTH = [
  'D-Home Smaart SAS',
  'D-Home Smaart',
  'SAS',
  'TV Finder',
  'Smaart Live',
  'Smaart Access',
  'Smaart Config',
  'Smaart Install',
  '8, av Edouard Herriot MARIGNY LE CHATEL',
  '10350 FRANCE',
  '10350 - FRANCE',
  'Facebook',
  'Google',
  'Bing',
];

// ---- Helpers ---------------------------------------------------------------------------------------------------------

/** The folded source text strictly between two unique markers. */
function between(start: string, end: string): string {
  const a = source.indexOf(start);
  assert.ok(a >= 0, `source marker not found: ${start}`);
  assert.equal(source.indexOf(start, a + 1), -1, `source marker not unique: ${start}`);
  const b = source.indexOf(end, a + start.length);
  assert.ok(b >= 0, `source marker not found after "${start}": ${end}`);
  return source.slice(a + start.length, b).trim();
}

/** The folded source text from a unique start marker (included) to the next end marker (excluded). */
function from(start: string, end: string): string {
  return `${start} ${between(start, end)}`;
}

/** Words only: lower case, every run of non-letters/digits one space. Compares text whatever its punctuation. */
function words(text: string): string {
  return ` ${fold(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function isLanguageMap(value: unknown): value is Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  // { id: 'access' } has the shape of a map whose only language is Indonesian: ids are never text.
  if ('id' in value) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(k) && typeof v === 'string');
}

/** Every language map in the document, with its JSON path. */
function languageMaps(value: unknown = doc, path = ''): [string, Record<string, string>][] {
  if (isLanguageMap(value)) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => languageMaps(v, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => languageMaps(v, `${path}/${k}`));
  return [];
}

/** Every plain string in the document outside language maps, with its JSON path. */
function plainStrings(value: unknown = doc, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (isLanguageMap(value)) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => plainStrings(v, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => plainStrings(v, `${path}/${k}`));
  return [];
}

const sectionsDeep = allSections;
const section = (id: string): Json => sectionById(doc, id);
const right = (id: string): Json => rightById(doc, id);

/** Bullet items of a Markdown string, in order, grouped by list (a blank line followed by a non-item ends a list). */
function markdownLists(markdown: string): string[][] {
  const lists: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const item = /^- (.*)$/.exec(line)?.[1];
    if (item !== undefined) (current ??= lists[lists.push([]) - 1]).push(item);
    else if (line.trim()) current = undefined;
  }
  return lists;
}

interface SourceList {
  items: string[];
  /** The line just before the list, which introduces it. */
  leadIn: string;
  /** The last "SECTION n" heading above the list. */
  heading: string;
}

/** The source's bullet lists: runs of lines indented by four (no-break) spaces, blank lines in between allowed. */
function sourceLists(): SourceList[] {
  const lists: SourceList[] = [];
  let current: SourceList | undefined;
  let heading = '';
  let lastLine = '';
  for (const line of rawLines) {
    if (/^\s{4,}\S/.test(line)) {
      if (!current) lists.push((current = { items: [], leadIn: lastLine, heading }));
      current.items.push(fold(line));
    } else if (line.trim()) {
      current = undefined;
      lastLine = fold(line);
      if (/^SECTION \d+/.test(line)) heading = lastLine;
    }
  }
  return lists;
}

/** Whether a raw source line is a heading: "SECTION n ..." or a short numbered title such as "1. Children’s privacy". */
function isHeadingLine(line: string): boolean {
  return /^SECTION \d+/.test(line.trim()) || /^\s*\d+\.\s+[^.:]{1,45}\??\s*$/.test(line);
}

/** A section's inclusions as [part, ids or undefined for the whole part]. */
function inclusions(s: Json): [string, string[] | undefined][] {
  return (s.include ?? []).map((inc: string | Json) => (typeof inc === 'string' ? [inc, undefined] : [inc.part, inc.ids]));
}

/** Every section in reading order with the top-level heading it falls under (an untitled section continues the one above). */
function sectionsWithHeadings(): [Json, string][] {
  const out: [Json, string][] = [];
  let heading = '';
  for (const top of doc.sections as Json[]) {
    if (top.title) heading = top.title.en;
    for (const s of sectionsDeep([top])) out.push([s, heading]);
  }
  return out;
}

/** The section that places an item of a part (by id, or the whole part), or undefined. */
function placedIn(part: string, id?: string): Json[] {
  return sectionsDeep(doc.sections).filter((s) =>
    inclusions(s).some(([p, ids]) => p === part && (ids === undefined || (id !== undefined && ids.includes(id)))),
  );
}

/** The item texts a placement shows, in order (the first text of each, enough to find it in the source). */
function placementTexts(part: string, ids: string[] | undefined): string[] {
  const pick = (list: Json[] = []) => list.filter((x) => ids === undefined || ids.includes(x.id));
  switch (part) {
    case 'data-categories': return pick(doc.dataCategories).map((c) => c.description.en);
    case 'permissions': return pick(doc.permissions).map((p) => `${p.label.en}: ${p.purpose.en}`);
    case 'purposes': return pick(doc.purposes).map((p) => p.description.en);
    case 'rights': {
      // The shared introduction goes with the rights it introduces: here the placement holding the first right
      // (access), which is where the source's last paragraph names them.
      const intro = ids === undefined || ids.includes(doc.rights[0].id);
      return [...(intro ? [doc.rightsExercise.introduction.en] : []), ...pick(doc.rights).filter((r) => r.description).map((r) => r.description.en)];
    }
    case 'children': return [doc.children.description.en];
    case 'transfers': return [doc.internationalTransfers.description.en];
    case 'retention': return [doc.retention.description.en, ...doc.retention.rules.map((r: Json) => r.retention.criterion.en)];
    case 'cookies': return [doc.cookies.description.en, ...doc.cookies.items.map((c: Json) => c.purpose.en)];
    case 'changes': return [doc.changeNotification.description.en];
    // The officer's postal lines after the company name (the source writes "D-Home Smaart SAS: Re: ...").
    case 'contacts': return doc.contacts.map((c: Json) => c.address.lines.slice(1).map((l: Json) => l.en).join(' '));
    default: throw new Error(`no texts for part ${part}`);
  }
}

/** The document as read: for every section its title, body and what it places, in order, as English texts. */
function readingOrder(): [where: string, text: string][] {
  const out: [string, string][] = [];
  for (const s of sectionsDeep(doc.sections)) {
    if (s.title) out.push([`${s.id} title`, s.title.en]);
    if (s.body) out.push([`${s.id} body`, s.body.en]);
    for (const [part, ids] of inclusions(s)) for (const text of placementTexts(part, ids)) out.push([`${s.id} ${part}`, text]);
  }
  return out;
}

/** The source's strictly necessary cookies: "NAME: purpose." (one line, MAGE-CACHE-SESSID, has no colon). */
const listed = [
  ...between('List of strictly necessary cookies used on our websites:', ' We reserve the right').matchAll(
    /([A-Z][A-Z0-9_-]*[A-Z0-9]):? (.+?\.)(?= [A-Z][A-Z0-9_-]*[A-Z0-9]:? |$)/g,
  ),
].map((m) => ({ name: m[1], purpose: m[2] }));

/** The source's paragraphs: blocks separated by blank lines, folded. */
const sourceParagraphs = rawSource
  .split(/\r?\n\s*\r?\n/)
  .map(fold)
  .filter(Boolean);

// ---- Tests -----------------------------------------------------------------------------------------------------------

describe('d-home-smaart example: identity, dates, laws, apps', () => {
  it('is the D-Home Smaart policy in English and French', () => {
    assert.equal(doc.$schema, '../../schemas/privacy-policy.schema.json');
    assert.equal(doc.id, 'd-home-smaart');
    assert.equal(doc.defaultLanguage, 'en');
    assert.deepEqual(doc.languages, ['en', 'fr']);
    assert.equal(doc.title.en, source.slice(0, source.indexOf(':')));
  });

  it('has the source date as lastUpdated, and no date or version the source does not give', () => {
    const m = /Updated: (\w+) (\d{1,2})(?:st|nd|rd|th), (\d{4})/.exec(source);
    assert.ok(m);
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    assert.equal(doc.lastUpdated, `${m[3]}-${String(months.indexOf(m[1]) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`);
    assert.equal(doc.lastUpdated, '2022-10-22');
    assert.equal(doc.effectiveDate, undefined);
    assert.equal(doc.version, undefined);
  });

  it('names the controller, its address and its privacy email as the source does', () => {
    assert.equal(doc.controller.name.en, 'D-Home Smaart SAS');
    assert.ok(source.includes(`access to ${doc.controller.name.en} services`));
    assert.ok(source.includes(`referred to as ' ${doc.controller.tradingName.en}'`));
    assert.equal(doc.controller.legalForm.en, 'SAS');
    assert.equal(doc.controller.email, EMAIL);
    assert.equal(doc.controller.address.country, 'FR');
    const address = doc.controller.address.lines.map((l: Json) => l.en).join(' ');
    assert.ok(source.includes(`D-Home Smaart - ${address}.`), address);
    assert.equal(doc.dpo, undefined, 'the source names no DPO');
    assert.equal(doc.supervisoryAuthorities, undefined, 'the source names no supervisory authority');
  });

  it('follows the GDPR and the CCPA, the two laws the source names', () => {
    assert.deepEqual(doc.laws.map((l: Json) => l.id), ['gdpr', 'ccpa']);
    assert.ok(source.includes('European Union General Data Protection Regulation ("GDPR")'));
    assert.ok(source.includes('California Consumer Privacy Act ("CCPA")'));
    assert.equal(doc.laws[0].name.en, 'European Union General Data Protection Regulation (GDPR)');
    assert.equal(doc.laws[1].name.en, 'California Consumer Privacy Act (CCPA)');
  });

  it('lists the mobile apps of the location notes in appliesTo', () => {
    const notes = between('Tablets):', 'SECTION 4.');
    const apps = [
      ...[...notes.matchAll(/(?:^|\. )([A-Z][\w ]+?) mobile application:/g)].map((m) => m[1]),
      ...(/(Smaart Live[^:]*) mobile applications:/.exec(notes)?.[1].split(', ') ?? []),
    ];
    assert.deepEqual(apps, ['TV Finder', 'Smaart Live', 'Smaart Access', 'Smaart Config', 'Smaart Install']);
    const mobileApps = doc.appliesTo.filter((s: Json) => s.kind === 'mobile-app').map((s: Json) => s.name.en);
    assert.deepEqual(mobileApps, apps);
    assert.deepEqual(
      doc.appliesTo.filter((s: Json) => s.kind !== 'mobile-app').map((s: Json) => [s.kind, s.name.en]),
      [
        ['service', 'D-Home Smaart SAS services'],
        ['online-shop', 'Online shops'],
        ['website', 'Website'],
      ],
    );
  });
});

describe('d-home-smaart example: reading order and section titles', () => {
  it('keeps every numbered SECTION title exactly as written, in order', () => {
    const expected = rawLines.filter((l) => /^SECTION \d+/.test(l)).map(fold);
    assert.equal(expected.length, 8);
    const titles = sectionsDeep(doc.sections)
      .filter((s) => s.title)
      .map((s) => s.title.en)
      .filter((t: string) => t.startsWith('SECTION'));
    assert.deepEqual(titles, expected);
  });

  it('keeps the unnumbered headings of the source as written', () => {
    assert.equal(section('childrens-privacy').title.en, 'Children’s privacy');
    assert.ok(rawLines.some((l) => l.trim() === '1. Children’s privacy'));
    assert.equal(right('withdraw-consent').title.en, 'How do I withdraw my consent?');
    assert.ok(rawLines.some((l) => l.trim() === '1. How do I withdraw my consent?'));
  });

  it('has every heading of the source, and adds none', () => {
    const titles = [
      ...sectionsDeep(doc.sections).filter((s) => s.title).map((s) => fold(s.title.en)),
      ...doc.rights.filter((r: Json) => r.title && !r.custom).map((r: Json) => fold(r.title.en)),
    ];
    const added = titles.filter((t) => !rawLines.some((l) => fold(l).replace(/^\d+\.\s+/, '') === t));
    assert.deepEqual(added, ADDED_TITLES);
    assert.deepEqual(ADDED_TITLES, []);
    // Headings outside SECTION 13's list of cookie uses (which cookies.description keeps as its own numbered list).
    const cookieUses = rawLines.indexOf('We use cookies and similar technologies for the following services:');
    const cookieList = rawLines.findIndex((l) => l.trim() === '1. List of strictly necessary cookies used on our websites:');
    const headings = rawLines
      .filter((l, i) => isHeadingLine(l) && !(i > cookieUses && i <= cookieList))
      .map((l) => fold(l).replace(/^\d+\.\s+/, ''));
    assert.deepEqual(headings.filter((h) => !titles.includes(h)), []);
    assert.equal(headings.length, 10);
  });

  it('leaves untitled exactly the sections whose text has no heading in the source, each continuing the one above', () => {
    const untitled = sectionsDeep(doc.sections).filter((s) => !s.title).map((s) => s.id);
    assert.deepEqual(untitled, UNTITLED);
    assert.ok(doc.sections[0].title, 'the first section has a heading to continue');
    const order = readingOrder();
    for (const id of UNTITLED) {
      const first = order.find(([where]) => where.startsWith(`${id} `));
      assert.ok(first, id);
      const line = fold(first[1].split('\n')[0]);
      const at = rawLines.findIndex((l) => fold(l).replace(/^\d+\.\s+/, '').startsWith(line.slice(0, 40)));
      assert.ok(at > 0, `${id}: ${line}`);
      const before = rawLines.slice(0, at).filter((l) => l.trim()).at(-1)!;
      assert.ok(!isHeadingLine(before), `${id} follows the heading "${before}"`);
      assert.ok(!isHeadingLine(rawLines[at]), `${id} starts with a heading: "${rawLines[at]}"`);
    }
  });

  it('shows each structured part, or each of its items, in the section where the source has it, exactly once', () => {
    const includes = sectionsDeep(doc.sections).flatMap((s) =>
      inclusions(s).map(([part, ids]) => [ids ? `${part}: ${ids.join(', ')}` : part, s.id]),
    );
    assert.deepEqual(includes, [
      ['data-categories: registration-data, usage-data', 'user-account-registration'],
      ['permissions', 'location-data-mobile-devices'],
      ['data-categories: service-improvement-data', 'service-improvement'],
      ['data-categories: subscription-data', 'subscription'],
      ['data-categories: marketing-data', 'marketing'],
      ['purposes', 'how-we-use-personal-information'],
      ['rights: withdraw-consent', 'consent'],
      ['children', 'childrens-privacy'],
      ['transfers', 'how-we-retain-personal-data'],
      ['retention', 'how-we-retain-personal-data'],
      ['cookies', 'cookies'],
      ['changes', 'changes'],
      ['rights: access, rectification, erasure, register-complaint', 'rights-and-contact'],
      ['contacts', 'rights-and-contact'],
    ]);
    // Every item of an item-placeable part is placed exactly once: nothing is left to show after the sections.
    for (const [part, list] of [['data-categories', doc.dataCategories], ['purposes', doc.purposes], ['permissions', doc.permissions], ['rights', doc.rights]] as const) {
      for (const item of list) assert.equal(placedIn(part, item.id).length, 1, `${part} ${item.id}`);
    }
  });

  it('reads in the order of the source: every title, body and placed item comes after the one before it', () => {
    let from = 0;
    const order = readingOrder();
    assert.ok(order.length > 50, `${order.length} texts`);
    for (const [where, text] of order) {
      const snippet = fold(text.split('\n')[0].replace(/^\s*(?:-|\d+\.)\s+/, '')).slice(0, 60);
      const at = source.indexOf(snippet, from);
      assert.ok(at >= 0, `${where} is out of source order: ${snippet}`);
      from = at;
    }
  });

  it('puts "How do I withdraw my consent?" back where the source has it: after the implied consent, before children', () => {
    const order = readingOrder().map(([where]) => where);
    const consent = order.indexOf('consent body');
    const withdraw = order.indexOf('consent rights');
    const children = order.indexOf('childrens-privacy title');
    assert.ok(consent >= 0 && consent < withdraw && withdraw < children, order.join(' | '));
    assert.deepEqual(placementTexts('rights', ['withdraw-consent']), [right('withdraw-consent').description.en]);
  });

  it('keeps the opt-out links with the cookies: the one text out of source order (cookies are placed whole)', () => {
    const optOut = source.indexOf('You can opt out of targeted advertising by:');
    assert.ok(optOut > source.indexOf('For these providers, we recommend') && optOut < source.indexOf('Especially, remember'));
    assert.equal(doc.cookies.management.en, 'You can opt out of targeted advertising by:');
    assert.ok(!includesPhrase(section('third-party-service-providers').body, 'opt out', 'en'), 'not repeated in the body');
  });

  it('uses unique section ids (they are anchors)', () => {
    const ids = sectionsDeep(doc.sections).map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('d-home-smaart example: data collected', () => {
  const lists = sourceLists();
  const categories: Json[] = doc.dataCategories;

  it('parses the five data lists out of the source, with their lead-ins and SECTION headings', () => {
    assert.deepEqual(
      lists.map((l) => l.items.length),
      [7, 9, 6, 4, 2],
    );
    assert.deepEqual(
      lists.map((l) => l.heading),
      ['SECTION 1 – User Account Registration', 'SECTION 1 – User Account Registration', 'SECTION 4. Service Improvement', 'SECTION 5. Subscription of the SERVICE', 'SECTION 6. Marketing'],
    );
  });

  it('declares the five lists as data categories, with every item of the source as an example, in order', () => {
    assert.deepEqual(
      categories.map((c) => [c.id, c.label.en]),
      CATEGORIES,
    );
    assert.deepEqual(
      categories.map((c) => c.examples.map((e: Json) => fold(e.en))),
      lists.map((l) => l.items),
    );
  });

  it('gives each category the lead-in of its list, word for word, as its description', () => {
    categories.forEach((c, i) => assert.equal(fold(c.description.en), lists[i].leadIn, c.id));
    for (const phrase of [
      'To create your SERVICE account, we may ask you the following Personal Information in course of the registration process:',
      'During your use of our SERVICE, we may collect the Personal Information as below.',
      'To solve issues that you may encounter while using the SERVICE and to optimize our SERVICE, we will collect the following information while you use our Mobile Apps:',
      'When you have committed for a SERVICE, whether it’s provided free of charge of via payment subscription, the following personal information may be collected as below:',
      'The following personal details may be collected for marketing purposes like Newsletter information or advertisement:',
    ]) {
      assert.ok(source.includes(fold(phrase)), `not in source: ${phrase}`);
      assert.ok(includesPhrase(doc.dataCategories, phrase, 'en'), `not in example: ${phrase}`);
    }
  });

  it('labels each category with the words of its own heading or lead-in (and "data")', () => {
    const wordsOf = (s: string) => words(s).trim().split(' ');
    categories.forEach((c, i) => {
      const own = wordsOf(`${lists[i].heading} ${lists[i].leadIn}`);
      const missing = wordsOf(c.label.en)
        .filter((w) => w !== 'data')
        .filter((w) => !own.some((o) => o.length >= 3 && (w === o || (w.startsWith(o) && w.length - o.length <= 2))));
      assert.deepEqual(missing, [], c.id);
    });
  });

  it('places each category in the SECTION the source lists it in', () => {
    const headings = new Map(sectionsWithHeadings().map(([s, h]) => [s.id, h]));
    categories.forEach((c, i) => {
      const places = placedIn('data-categories', c.id);
      assert.equal(places.length, 1, c.id);
      assert.equal(fold(headings.get(places[0].id)!), lists[i].heading, c.id);
    });
  });

  it('keeps no Markdown copy of the lists in any section (structure, not both)', () => {
    for (const s of sectionsDeep(doc.sections)) {
      if (!s.body) continue;
      assert.deepEqual(markdownLists(s.body.en), [], s.id);
      for (const l of lists) assert.ok(!includesPhrase(s.body, l.leadIn, 'en'), `${s.id} repeats: ${l.leadIn}`);
    }
    // Each item is written once per category that lists it ("E-mail address" is in three lists, so in three categories).
    const all = textOf(doc, 'en');
    assert.equal(all.split('Device IP address and MAC address').length - 1, 1);
    assert.equal(all.split('Type & Brand of mobile phone, OS, memory space').length - 1, 1);
    assert.equal(all.split('E-mail address').length - 1, lists.filter((l) => l.items.includes('E-mail address')).length);
  });

  it('links a category to a purpose only where the source says what the data are for', () => {
    const links = doc.purposes.filter((p: Json) => p.dataCategories).map((p: Json) => [p.id, p.dataCategories]);
    assert.deepEqual(links, [
      ['maintenance-and-improvements', ['service-improvement-data']],
      ['marketing', ['marketing-data']],
    ]);
    // SECTION 6's data are "collected for marketing purposes"; purpose 3 uses them "for marketing purposes".
    const marketing = doc.purposes.find((p: Json) => p.id === 'marketing');
    assert.ok(lists[4].leadIn.includes('for marketing purposes') && marketing.description.en.includes('for marketing purposes'));
    // SECTION 4 ("Service Improvement") collects its data "to solve issues ... and to optimize our SERVICE"; purpose 2
    // is "For maintenance and improvements", "to analyze website issues and improve the SERVICE".
    const improvement = doc.purposes.find((p: Json) => p.id === 'maintenance-and-improvements');
    assert.ok(lists[2].heading.endsWith('Service Improvement') && lists[2].leadIn.includes('To solve issues'));
    assert.ok(improvement.label.en.includes('improvements') && improvement.description.en.includes('issues and improve the SERVICE'));
  });

  it('invents no sensitivity, source or retention for the categories (their store types are for the app labels)', () => {
    for (const c of categories)
      assert.deepEqual(Object.keys(c).sort(), ['description', 'examples', 'id', 'label', 'storeTypes'], c.id);
  });
});

describe('d-home-smaart example: location notes as app permissions', () => {
  it('has one location permission per note, labelled and worded as the source', () => {
    const notes = between('Tablets):', 'SECTION 4.');
    const parts = notes.split(/(?<=\.) (?=(?:TV Finder|Smaart Live)[^:]*:)/);
    assert.equal(parts.length, 2);
    assert.deepEqual(
      doc.permissions.map((p: Json) => p.id),
      ['tv-finder-location', 'smaart-apps-location'],
    );
    doc.permissions.forEach((p: Json, i: number) => {
      assert.equal(p.permission, 'location');
      assert.equal(`${p.label.en}: ${p.purpose.en}`, parts[i]);
    });
  });
});

describe('d-home-smaart example: purposes, consent, children', () => {
  it('has the four numbered purposes of SECTION 7 in their words', () => {
    const list = between('for the following purposes:', ' 1. When you provide');
    const items = [...list.matchAll(/(?:^|\s)(\d)\.\s+(.*?)(?=\s\d\.\s|$)/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(
      items.map(([n]) => n),
      ['1', '2', '3', '4'],
    );
    assert.deepEqual(
      doc.purposes.map((p: Json) => p.id),
      ['service-provision', 'maintenance-and-improvements', 'marketing', 'legal-compliance'],
    );
    doc.purposes.forEach((p: Json, i: number) => {
      const item = items[i][1];
      const label: string = p.label.en;
      const description: string = p.description.en;
      if (p.id === 'marketing') {
        // The third item has no lead-in of its own; its label is the word of SECTION 6's title.
        assert.equal(description, item);
        assert.ok(rawLines.includes('SECTION 6. Marketing'));
        assert.equal(label, 'Marketing');
      } else {
        assert.ok([`${label}. ${description}`, `${label}: ${description}`].includes(item), item);
      }
      assert.equal(p.legalBases, undefined, 'the source gives no legal basis per purpose');
    });
  });

  it('keeps the implied-consent text in SECTION 7', () => {
    const body = section('consent').body.en;
    assert.equal(
      fold(body),
      fold(from('When you provide us', ' 1. How do I withdraw')),
    );
    assert.ok(
      includesPhrase(
        body,
        'When you provide us with personal information to complete a transaction, verify your credit card, place an order, arrange for a delivery or return a purchase, we imply that you consent to our collecting it and using it for that specific reason only.',
      ),
    );
    assert.ok(
      includesPhrase(
        body,
        'We may ask your consent when you create accounts on our websites or in the APPs that we own on the several application stores available.',
      ),
    );
  });

  it('has the children rule: under 18, in the source words', () => {
    assert.equal(doc.children.minimumAge, Number(/NOT intended for persons under the age of (\d+)/.exec(source)?.[1]));
    const text = between("1. Children's privacy", ' SECTION 9');
    assert.equal(fold(doc.children.description.en), text);
    assert.equal(doc.children.parentalConsent, undefined, 'the source does not say children may use it with consent');
  });
});

describe('d-home-smaart example: retention and storage', () => {
  it('stores data in France and Germany, as SECTION 9 item 1 says', () => {
    assert.ok(source.includes('located in several places, such as France and Germany where all your personal data are stored'));
    assert.deepEqual(doc.internationalTransfers.storageLocations, ['FR', 'DE']);
    assert.equal(doc.internationalTransfers.transfers, undefined, 'the source names no transfer safeguard');
    assert.equal(
      fold(doc.internationalTransfers.description.en),
      /1\. (The infrastructures .*? servers\.)/.exec(source)?.[1],
    );
  });

  it('has the two retention rules of items 4 and 5 with their wording, and no invented duration', () => {
    const rules = doc.retention.rules;
    assert.deepEqual(
      rules.map((r: Json) => r.id),
      ['service-usage', 'extended-periods'],
    );
    const item4 = from('Service usage:', ' 5. Information');
    const item5 = from('Information retained', ' We do not sell');
    assert.equal(`${rules[0].label.en}: ${rules[0].retention.criterion.en}`, item4);
    assert.equal(`${rules[1].label.en}. ${rules[1].retention.criterion.en}`, item5);
    for (const r of rules) assert.equal(r.retention.duration, undefined);
  });
});

describe('d-home-smaart example: cookies', () => {
  it('parses the sixteen strictly necessary cookies out of the source', () => {
    assert.equal(listed.length, 16);
    assert.ok(listed.some((c) => c.name === 'MAGE-CACHE-SESSID'), 'the one line without a colon');
  });

  it('has exactly the source cookies, names and purposes as written, in order', () => {
    assert.deepEqual(
      doc.cookies.items.map((c: Json) => ({ name: c.name, purpose: c.purpose.en })),
      listed,
    );
  });

  it('puts every cookie in the one strictly necessary category, and invents no provider, duration or type', () => {
    assert.deepEqual(doc.cookies.categories.map((c: Json) => [c.id, c.kind]), [['strictly-necessary', 'strictly-necessary']]);
    assert.equal(doc.cookies.categories[0].description.en, 'List of strictly necessary cookies used on our websites:');
    for (const c of doc.cookies.items) {
      assert.equal(c.category, 'strictly-necessary');
      assert.deepEqual(Object.keys(c).sort(), ['category', 'name', 'purpose']);
    }
  });

  it('has the four uses of cookies, each with its text', () => {
    const uses = [
      ...between('for the following services:', ' 1. List of strictly').matchAll(/(?:^|\s)(\d)\. (.+?)(?=\s\d\.\s|$)/g),
    ].map((m) => m[2]);
    assert.equal(uses.length, 4);
    for (const use of uses) assert.ok(includesPhrase(doc.cookies.description, use, 'en'), use);
  });

  it('has the three opt-out links for targeted advertising, as given', () => {
    const links = [
      ...between('You can opt out of targeted advertising by:', ' Especially').matchAll(/(\w+) - (https?:\/\/\S+)/g),
    ].map((m) => ({ label: m[1], url: m[2] }));
    assert.equal(links.length, 3);
    assert.deepEqual(
      doc.cookies.optOutLinks.map((l: Json) => ({ label: l.label.en, url: l.url })),
      links,
    );
    assert.equal(doc.cookies.management.en, 'You can opt out of targeted advertising by:');
  });
});

describe('d-home-smaart example: rights and contacts', () => {
  it('has the rights the source names, in order, with the catalog ids', () => {
    assert.deepEqual(
      doc.rights.map((r: Json) => r.id),
      ['access', 'rectification', 'erasure', 'register-complaint', 'withdraw-consent'],
    );
    assert.ok(source.includes('If you would like to: access, correct, amend, or delete any personal information we have about you, register a complaint,'));
    assert.equal(right('register-complaint').custom, true, 'a complaint to the company, not to an authority (Art. 77)');
    for (const r of doc.rights) {
      for (const field of ['responseTime', 'fees', 'verification', 'legalReference', 'exceptions']) {
        assert.equal(r[field], undefined, `${r.id}.${field} is not in the source`);
      }
    }
  });

  it('sends rights requests to the Privacy Compliance Officer by email and by post, as the last paragraph says', () => {
    const officer = doc.contacts.find((c: Json) => c.id === 'privacy-compliance-officer');
    assert.equal(officer.role, 'compliance-officer');
    assert.equal(officer.title.en, 'Privacy Compliance Officer');
    assert.equal(officer.email, EMAIL);
    assert.ok(source.includes(`contact our ${officer.title.en} at ${officer.email} or by mail at`));
    const lines: string[] = officer.address.lines.map((l: Json) => l.en);
    assert.deepEqual(lines.slice(1, 2), ['Re: RGPD compliance Officer']);
    assert.ok(source.endsWith(`by mail at ${lines[0]}: ${lines.slice(1).join(' ')}`), lines.join(' | '));
    assert.equal(doc.rightsExercise.introduction.en, from('If you would like to:', ` at ${EMAIL} or by mail`));
    assert.deepEqual(doc.rightsExercise.channels, [
      { type: 'email', email: EMAIL },
      { type: 'postal', contact: 'privacy-compliance-officer' },
    ]);
  });

  it('withdraws consent by the email and postal address of the source', () => {
    const r = right('withdraw-consent');
    const paragraph = between('How do I withdraw my consent? ', ' 1. Children');
    const [text, channels] = paragraph.split(', by contacting us at ');
    assert.equal(r.description.en, `${text}.`);
    assert.equal(r.channels[0].type, 'email');
    assert.equal(r.channels[0].email, EMAIL);
    assert.ok(channels.startsWith(`${EMAIL} or mailing us at: `));
    assert.equal(r.channels[1].type, 'postal');
    const [recipient, ...rest] = r.channels[1].address.lines.map((l: Json) => l.en);
    assert.equal(channels, `${EMAIL} or mailing us at: ${recipient} - ${rest.join(' ')}.`);
  });

  it('has only the source email anywhere', () => {
    assert.deepEqual([...new Set(source.match(/[\w.-]+@[\w.-]+\w/g))], [EMAIL]);
    const emails = plainStrings().filter(([path]) => /\/email$/.test(path)).map(([, v]) => v);
    assert.ok(emails.length >= 4);
    for (const e of emails) assert.equal(e, EMAIL);
  });

  it('tells of changes on the website, effective on posting', () => {
    assert.equal(fold(doc.changeNotification.description.en), from('We reserve the right', ' If you would like to:'));
    assert.deepEqual(doc.changeNotification.methods, ['website-notice']);
    assert.equal(doc.changeNotification.advanceNotice, false, 'changes take effect immediately upon their posting');
  });
});

describe('d-home-smaart example: references', () => {
  it('points every reference at a declared id', () => {
    const categories = new Set(doc.cookies.categories.map((c: Json) => c.id));
    for (const c of doc.cookies.items) assert.ok(categories.has(c.category), c.name);
    const contacts = new Set(['controller', ...doc.contacts.map((c: Json) => c.id)]);
    const channels = [...doc.rightsExercise.channels, ...doc.rights.flatMap((r: Json) => r.channels ?? [])];
    for (const ch of channels) if (ch.contact) assert.ok(contacts.has(ch.contact), ch.contact);
    const declared: Record<string, Set<string>> = {
      'data-categories': new Set(doc.dataCategories.map((c: Json) => c.id)),
      purposes: new Set(doc.purposes.map((p: Json) => p.id)),
      permissions: new Set(doc.permissions.map((p: Json) => p.id)),
      rights: new Set(doc.rights.map((r: Json) => r.id)),
    };
    const refs: [part: string, id: string, from: string][] = [
      ...doc.purposes.flatMap((p: Json) => (p.dataCategories ?? []).map((id: string) => ['data-categories', id, `purpose ${p.id}`])),
      ...sectionsDeep(doc.sections).flatMap((s) => inclusions(s).flatMap(([part, ids]) => (ids ?? []).map((id) => [part, id, `section ${s.id}`]))),
    ];
    for (const [part, id, from] of refs) assert.ok(declared[part]?.has(id), `${from} refers to ${part} ${id}`);
    assert.equal(refs.length, 2 + 5 + 5, 'two purpose links, five category placements, five right placements');
    // Nothing else refers by id: no processing table, data subjects, recipients, sources or consent toggles in this policy.
    for (const key of ['dataSubjects', 'recipients', 'sources', 'processingActivities', 'consentPurposes']) {
      assert.equal(doc[key], undefined, key);
    }
    for (const key of ['dataCategories', 'purposes', 'rights', 'permissions', 'contacts', 'appliesTo', 'laws']) {
      const ids = doc[key].map((x: Json) => x.id);
      assert.equal(new Set(ids).size, ids.length, `${key} ids are unique`);
    }
  });
});

describe('d-home-smaart example: nothing missing, nothing invented', () => {
  // Source paragraphs that the document holds in structured fields and that the tests above compare field by field.
  const CHECKED_APART = [
    /^Updated: /,
    /^After you opt-in, /,
    /^If you would like to: /,
  ];
  const isCookieLine = (p: string) => listed.some((c) => p === `${c.name}: ${c.purpose}` || p === `${c.name} ${c.purpose}`);

  it('contains every paragraph of the source (compared word for word, punctuation aside)', () => {
    const docWords = words(textOf(doc, 'en'));
    const missing = sourceParagraphs
      .filter((p) => !CHECKED_APART.some((re) => re.test(p)) && !isCookieLine(p))
      .map((p) => p.replace(/^\d+\.\s+/, ''))
      .filter((p) => !docWords.includes(words(p)));
    assert.deepEqual(missing, []);
  });

  it('says nothing in English that the source does not say, apart from the data category labels', () => {
    const sourceWords = words(source);
    const invented = languageMaps()
      .flatMap(([path, map]) => map.en.split(/\n+/).map((line) => [path, line] as const))
      .map(([path, line]) => [path, line.replace(/^\s*(?:-|\d+\.)\s+/, '')] as const)
      .filter(([path, line]) => line.trim() && !ADDED_TITLES.includes(line) && !(/^\/dataCategories\/\d+\/label$/.test(path) && CATEGORY_LABELS.includes(line)))
      .filter(([, line]) => !sourceWords.includes(words(line)));
    assert.deepEqual(invented, []);
  });

  it('quotes long distinctive sentences from every part of the source word for word', () => {
    for (const phrase of [
      'It describes who we are, what information we collect about you, how we use your personal information, the details of how we protect your information, and your data privacy rights.',
      'We use secure technology to protect the transmission of your personal data and your privacy by employing strict policies to manage data.',
      'Log information, especially call logs, door opening logs, door’s open histories, and automation histories',
      'In some cases, the use of Bluetooth® connectivity requires the use of location features within the phone although we do not need to know the location.',
      'allowing visitors to call you through the intercom, allow residents to open doors and manage the SERVICE',
      'and respond to court orders or judicial or other government subpoenas or search warrants.',
      'If we ask for your personal information for a secondary reason, such as marketing, we will either ask you directly for your expressed consent, or provide you with an opportunity to say no.',
      'If we obtain actual knowledge that an account is associated with a registered user under the age of 18, we will promptly delete information associated with that account.',
      'We retain the personal data we collect for different periods of time depending on what they are and how we use them.',
      'We do not sell personal information to anyone for any purpose.',
      'The store data is encrypted through the Payment Card Industry Data Security Standard (PCI-DSS).',
      'then your personal information used in completing that transaction may be subject to disclosure under United States legislation, including the Patriot Act.',
      'We treat information collected through cookies and other technologies as non-personal information unless your local laws treat Internet Protocol (IP) addresses or similar identifying marks as personal information.',
      'For more information about cookies please visit http://www.allaboutcookies.org.',
      'Changes and clarifications will take effect immediately upon their posting on the website.',
    ]) {
      assert.ok(source.includes(fold(phrase)), `not in source: ${phrase}`);
      assert.ok(includesPhrase(doc, phrase, 'en'), `not in example: ${phrase}`);
    }
  });
});

describe('d-home-smaart example: French translation', () => {
  const maps = languageMaps();

  it('writes every human-readable string as a language map (no plain Text left)', () => {
    const NON_TEXT = /\/(?:\$schema|schemaVersion|id|defaultLanguage|lastUpdated|kind|role|email|url|type|contact|permission|category|country)$|\/(?:languages|storageLocations|methods|include|dataCategories|storeTypes|storePurposes)\/\d+$|\/include\/\d+\/(?:part|ids\/\d+)$|\/cookies\/items\/\d+\/name$/;
    const plain = plainStrings().filter(([path]) => !NON_TEXT.test(path));
    assert.deepEqual(plain, []);
    assert.ok(maps.length > 90, `${maps.length} language maps`);
  });

  it('gives every language map a non-empty en and fr, and nothing else', () => {
    for (const [path, map] of maps) {
      assert.deepEqual(Object.keys(map).sort(), ['en', 'fr'], path);
      assert.ok(map.en.trim() && map.fr.trim(), path);
    }
  });

  it('translates everything but proper names, the legal form and address lines', () => {
    const same = [...new Set(maps.filter(([, m]) => m.en === m.fr).map(([, m]) => m.en))].sort();
    assert.deepEqual(same, [...SAME_IN_BOTH].sort());
  });

  it('keeps emails, URLs and marks untouched in French', () => {
    for (const [path, map] of maps) {
      for (const token of map.en.match(/[\w.-]+@[\w.-]+\w|https?:\/\/\S+\w|Bluetooth®|\bD-Home Smaart(?: SAS)?\b/g) ?? []) {
        assert.ok(map.fr.includes(token), `${path}: ${token}`);
      }
    }
  });

  it('keeps the Markdown structure in French (paragraphs and list items)', () => {
    for (const [path, map] of maps) {
      const shape = (s: string) => s.split('\n').map((l) => (/^\s*(?:-|\d+\.)\s/.exec(l)?.[0] ?? (l.trim() ? 'p' : ''))).join('|');
      assert.equal(shape(map.fr), shape(map.en), path);
    }
  });

  it('uses the French legal register', () => {
    const fr = textOf(doc, 'fr');
    for (const term of ['données personnelles', 'Politique de confidentialité', 'RGPD', 'consentement', 'Cookies strictement nécessaires']) {
      assert.ok(fr.includes(term), term);
    }
  });
});
