// Fidelity of examples/policies/smartbt.json to its source examples/policies/sources/smartbt.txt
// (Shenzhen RealTech Co., Ltd. / SmartBT, China).
// Expected lists are parsed out of the source text, so the test also proves the source was read right. Two sweeps
// cover everything: every line of the source is found in the document (nothing missing), and every paragraph of the
// document's text is found in the source (nothing invented), with the few deliberate differences listed by name.
// Section I lists purposes in three places (1.1-1.3, 1.5, and within 2): each is a purpose placed by id in the section
// where the source has it, and a walk of section I in rendering order checks that the source's reading order holds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allSections, fold, includesPhrase, loadExample, loadSource, rightById, sectionById, textOf } from './fidelity.js';

type Json = Record<string, any>;

const doc = loadExample('smartbt') as Json;
const source = loadSource('smartbt');
const rawSource = readFileSync(new URL('../../examples/policies/sources/smartbt.txt', import.meta.url), 'utf8');
const sourceLines = rawSource.split(/\r?\n/).map(fold).filter(Boolean);
const docText = textOf(doc);

const EMAIL = 'info@smartbt.store';
const BUSINESS_DAYS_15 = { amount: 15, unit: 'business-day' };

// ---- Parsing helpers -------------------------------------------------------------------------------------------------

/**
 * The folded source text strictly between two markers: the start marker must occur once (or, with `first`, its first
 * occurrence is meant), the end marker is the next occurrence after it.
 */
function between(start: string, end: string, first = false): string {
  const a = source.indexOf(start);
  assert.ok(a >= 0, `source marker not found: ${start}`);
  if (!first) assert.equal(source.indexOf(start, a + 1), -1, `source marker not unique: ${start}`);
  const b = source.indexOf(end, a + start.length);
  assert.ok(b >= 0, `source marker not found after "${start}": ${end}`);
  return source.slice(a + start.length, b).trim();
}

/** Items of a "(1) ... (2) ..." list in folded text. */
function parenItems(text: string): string[] {
  return text.split(/\s*\(\d+\)\s+/).filter(Boolean);
}

/** Items of a " - ... - ..." list in folded text. */
function dashItems(text: string): string[] {
  return text.split(/(?:^|\s)-\s+/).map((s) => s.trim()).filter(Boolean);
}

/** Items of a Markdown list in a Markdown string (top level or nested, "-" or "1."), in order. */
function markdownItems(markdown: string, kind: 'ordered' | 'bullet'): string[] {
  const marker = kind === 'ordered' ? /^\s*\d+\.\s+(.*)$/ : /^\s*-\s+(.*)$/;
  return markdown
    .split('\n')
    .map((line) => marker.exec(line)?.[1])
    .filter((s): s is string => s !== undefined)
    .map(fold);
}

/** A source line without its list marker or its heading number: "(3) ", "- ", "2. ", "1.4. ", "IV. ". */
function stripMarker(line: string): string {
  return line.replace(/^(?:\(\d+\)|-|(?:\d+\.)+|[IVX]+\.)\s+/, '');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function isoDate(text: string): string {
  const m = /^(\w+) (\d{1,2}), (\d{4})$/.exec(text);
  assert.ok(m && MONTHS.includes(m[1]), `not a source date: ${text}`);
  return `${m[3]}-${String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

const sectionsDeep = allSections;
const section = (id: string): Json => sectionById(doc, id);
const right = (id: string): Json => rightById(doc, id);

// ---- The source's lists ----------------------------------------------------------------------------------------------

const featureItems = parenItems(between('1.4. Collection of Personal Information for Specific Features You Use:', '1.5. Security'));
const consentExceptions = parenItems(between('does not require obtaining your consent:', 'II. How we entrust'));
const refusalList = dashItems(between('We will be unable to respond to your requests in the following circumstances:', 'VI. How Your'));
const deletionCircumstances = dashItems(between('you can request us to delete your personal information:', 'If we decide to respond'));
const policyPurposeList = dashItems(between('help you understand the following:', 'I. How We Collect'));
const majorChanges = dashItems(between('Major changes referred to in this policy include but are not limited to:', 'VIII. Contact Us'));
const useRules = parenItems(between('according to the following rules:', '2.2. Please note'));
const maintenanceItems = parenItems(between('we may collect information generated during your usage of our products and/or services, including:', '2. How We Use'));

// ---- Tests -----------------------------------------------------------------------------------------------------------

describe('smartbt example: fidelity to smartbt.txt', () => {
  it('reads the source as the test expects (guards the parsers themselves)', () => {
    assert.equal(sourceLines.join(' '), source);
    assert.equal(featureItems.length, 14);
    assert.match(featureItems[0], /^When you bind your device/);
    assert.match(featureItems[13], /^When you use the portrait\/landscape switch function/);
    assert.equal(consentExceptions.length, 10);
    assert.equal(consentExceptions[9], 'Other situations stipulated by laws and regulations.');
    assert.equal(refusalList.length, 8);
    assert.equal(refusalList[7], 'Involving trade secrets.');
    assert.equal(deletionCircumstances.length, 5);
    assert.equal(policyPurposeList.length, 8);
    assert.equal(majorChanges.length, 6);
    assert.equal(useRules.length, 4);
    assert.match(useRules[1], /^We may integrate your personal information/);
    assert.equal(maintenanceItems.length, 3);
  });

  it('has the source title and dates', () => {
    assert.equal(doc.title, sourceLines[0]);
    assert.equal(doc.lastUpdated, isoDate(/Last Updated: (\w+ \d+, \d{4})/.exec(source)![1]));
    assert.equal(doc.effectiveDate, isoDate(/Effective Date: (\w+ \d+, \d{4})/.exec(source)![1]));
    assert.equal(doc.lastUpdated, '2022-12-16');
    assert.equal(doc.effectiveDate, '2022-12-16');
  });

  it('names the controller as the source does: legal name, trading name, registered address, email', () => {
    const c = doc.controller;
    assert.ok(source.includes(`This service is provided by ${c.name}`));
    assert.equal(c.name, 'Shenzhen RealTech Co., Ltd.');
    assert.equal(c.tradingName, /\(referred to as "(\w+)" or "we"\)/.exec(source)![1]);
    assert.equal(c.tradingName, 'SmartBT');
    assert.ok(c.name.endsWith(c.legalForm));
    const address = /Registered Address: (.+?\.) If you have/.exec(source)![1];
    assert.equal(`${c.address.lines.join(', ')}.`, address);
    assert.equal(c.address.country, 'CN');
    assert.equal(c.email, /please contact us by sending an email to (\S+?)\.(?: |$)/.exec(source)![1]);
    assert.equal(c.email, EMAIL);
    // Nothing the source does not give (no phone, website, registration number, DPO, authority).
    assert.deepEqual(Object.keys(c).sort(), ['address', 'email', 'legalForm', 'name', 'tradingName']);
    for (const key of ['dpo', 'supervisoryAuthorities', 'contacts', 'version', 'children', 'consentPurposes', 'dataCategories']) {
      assert.equal(doc[key], undefined, `${key} is not in the source`);
    }
  });

  it('keeps the introduction and the "purpose of formulating this policy" list in the summary', () => {
    assert.deepEqual(markdownItems(doc.summary, 'bullet'), policyPurposeList);
    assert.ok(includesPhrase(doc.summary, 'We adhere to principles such as the consistency of rights and responsibilities, clear purposes, choice and consent, minimum necessity, security assurance, subject participation, openness, and transparency in protecting your personal information.'));
    assert.ok(includesPhrase(doc.summary, 'While it is not mandatory for you to accept this policy or similar documents, please be aware that choosing not to accept may result in us being unable to provide you with complete services'));
  });

  it('follows the source order and titles of the top-level sections', () => {
    const romanHeadings = sourceLines.filter((l) => /^[IVX]+\. /.test(l));
    assert.equal(romanHeadings.length, 8);
    assert.deepEqual(doc.sections.map((s: Json) => s.title), romanHeadings);
    const firstLevel = ['1. Instances of Collecting Your Personal Information', '2. How We Use Your Personal Information', '3. Exceptions for Obtaining Consent'];
    assert.deepEqual(doc.sections[0].sections.filter((s: Json) => s.title !== undefined).map((s: Json) => s.title), firstLevel);
    // 1.5 is a purpose like 1.1-1.3, its heading the purpose's label: its section has no title of its own.
    assert.deepEqual(section('collection-instances').sections.map((s: Json) => s.title), [
      '1.4. Collection of Personal Information for Specific Features You Use:',
      undefined,
    ]);
    // Untitled sections continue the one before them: 1.5 after 1.4, and the rest of 2 around its two purposes.
    assert.deepEqual(sectionsDeep(doc.sections).filter((s) => s.title === undefined).map((s) => s.id), [
      'security-and-operation', 'use-rules-continued', 'use-further-rules',
    ]);
    assert.deepEqual(doc.sections[0].sections.map((s: Json) => s.id), ['collection-instances', 'use', 'use-rules-continued', 'use-further-rules', 'consent-exceptions']);
  });

  it('models 1.1-1.3 and 1.5 as purposes with the source heading and full text', () => {
    const headings = sourceLines.filter((l) => /^1\.[1235]\. /.test(l)).map(stripMarker);
    assert.equal(headings.length, 4);
    assert.deepEqual(doc.purposes.slice(0, 4).map((p: Json) => p.label), headings);
    assert.deepEqual(doc.purposes.map((p: Json) => p.id), [
      'account-purchase-registration', 'service-upgrades', 'troubleshooting', 'security-and-operation-maintenance',
      'fraud-prevention', 'usage-statistics',
    ]);
    assert.equal(doc.purposes[0].description, between('1.1. Account Creation, Purchase, and Product/Service Registration', '1.2. Service Upgrades'));
    assert.equal(doc.purposes[1].description, between('1.2. Service Upgrades', '1.3. Troubleshooting'));
    assert.equal(doc.purposes[2].description, between('1.3. Troubleshooting', '1.4. Collection'));
    for (const item of ['name', 'email address', 'phone number', 'shipping address', 'product information', 'purchase date', 'payment method']) {
      assert.ok(doc.purposes[0].description.includes(item), item);
    }
    for (const item of ['device name', 'system and application versions', 'operating system and browser versions', 'region and language settings']) {
      assert.ok(doc.purposes[1].description.includes(item), item);
    }
    for (const item of ['device model', 'application name and version', 'device identification number', 'error logs']) {
      assert.ok(doc.purposes[2].description.includes(item), item);
    }
    // 1.5: its lead-in, then its three numbered items as a Markdown list.
    const maintenance = doc.purposes[3].description as string;
    assert.deepEqual(markdownItems(maintenance, 'ordered'), maintenanceItems);
    const leadIn = between('1.5. Security and Operation Maintenance Services', '(1) When you use relevant services');
    assert.equal(maintenance.split('\n\n')[0], leadIn);
    assert.equal(maintenance, `${leadIn}\n\n${maintenanceItems.map((item, i) => `${i + 1}. ${item}`).join('\n')}`);
    for (const item of ['hardware models of your phone or computer', 'IMEI', 'Media Access Control (MAC) addresses of network devices', 'IP addresses', 'operation logs', 'firmware version', 'crash data', 'performance data']) {
      assert.ok(maintenance.includes(item), item);
    }
  });

  it('models 2.1(2) and 2.3 as purposes, their text word for word and nowhere else', () => {
    const fraud = doc.purposes.find((p: Json) => p.id === 'fraud-prevention');
    const statistics = doc.purposes.find((p: Json) => p.id === 'usage-statistics');
    assert.equal(fraud.description, useRules[1]);
    assert.equal(statistics.description, between('2.3.', '2.4.'));
    assert.match(statistics.description, /^We will generate statistics regarding product and\/or service usage/);
    assert.match(statistics.description, /will not include any personally identifiable information\.$/);
    // Structure, not prose as well: no section body repeats a purpose's text (rule 2).
    for (const purpose of doc.purposes) {
      const first = fold(textOf(purpose.description)).slice(0, 60);
      for (const s of sectionsDeep(doc.sections)) assert.ok(!fold(textOf(s.body ?? '')).includes(first), `${purpose.id} repeated in ${s.id}`);
    }
    // No purpose fields the source does not fill.
    for (const p of doc.purposes) assert.deepEqual(Object.keys(p).sort(), ['description', 'id', 'label'], p.id);
  });

  it('places each purpose once, in the section where the source has it', () => {
    const placements = sectionsDeep(doc.sections).flatMap((s) => (s.include ?? []).map((inc: Json | string) => ({ section: s.id, inc })));
    const purposePlacements = placements.filter(({ inc }) => typeof inc === 'object' && inc.part === 'purposes');
    assert.deepEqual(purposePlacements.map(({ section, inc }) => [section, inc.ids]), [
      ['collection-instances', ['account-purchase-registration', 'service-upgrades', 'troubleshooting']],
      ['security-and-operation', ['security-and-operation-maintenance']],
      ['use', ['fraud-prevention']],
      ['use-rules-continued', ['usage-statistics']],
    ]);
    assert.ok(!placements.some(({ inc }) => inc === 'purposes'), 'the whole purposes part is not placed as well');
    const placed = purposePlacements.flatMap(({ inc }) => inc.ids);
    assert.deepEqual([...placed].sort(), doc.purposes.map((p: Json) => p.id).sort(), 'every purpose placed exactly once');
  });

  it('reads section I in the source\'s order: bodies, placed purposes and permissions in rendering order', () => {
    // Rendering order of a section: its title, its body, the parts (or items of parts) it includes, its subsections.
    const purposes = new Map<string, Json>(doc.purposes.map((p: Json) => [p.id, p]));
    const pieces: string[] = [];
    const markdownPieces = (markdown: string): string[] =>
      markdown.split(/\n+/).map((line) => textOf(line.replace(/^\s*(?:\d+\.)+\s+(?=[A-Z])/, ''))).filter(Boolean);
    const visit = (s: Json): void => {
      if (s.title) pieces.push(stripMarker(fold(s.title)));
      if (s.body) pieces.push(...markdownPieces(s.body));
      for (const inc of s.include ?? []) {
        if (inc === 'permissions') for (const p of doc.permissions) pieces.push(fold(p.purpose));
        else if (typeof inc === 'object' && inc.part === 'purposes') {
          for (const id of inc.ids) {
            const { label, description } = purposes.get(id)!;
            // A label is a source heading (1.1-1.3, 1.5) or one of the two names of our own (see "invents nothing").
            if (source.includes(label)) pieces.push(fold(label));
            pieces.push(...markdownPieces(description));
          }
        } else assert.fail(`section ${s.id} includes ${JSON.stringify(inc)}, not expected in section I`);
      }
      for (const sub of s.sections ?? []) visit(sub);
    };
    visit(doc.sections[0]);
    assert.ok(pieces.length > 40, `only ${pieces.length} pieces`);
    let at = 0;
    for (const piece of pieces) {
      const next = source.indexOf(piece, at);
      assert.ok(next >= 0, `out of the source's order (or not in it) after position ${at}: ${piece}`);
      at = next + piece.length;
    }
    // Section I ends where section II starts.
    assert.equal(source.indexOf('II. How we entrust', at), at + 1);
  });

  it('models the fourteen feature items of 1.4 as permissions, in order, each with its full text', () => {
    assert.equal(doc.permissions.length, featureItems.length);
    assert.deepEqual(doc.permissions.map((p: Json) => p.purpose), featureItems);
    assert.deepEqual(
      doc.permissions.map((p: Json) => [p.id, p.permission]),
      [
        ['device-binding', 'other'],
        ['phone-state', 'phone-state'],
        ['camera', 'camera'],
        ['photo-library', 'photos'],
        ['image-collection', 'camera'],
        ['wifi-location', 'location'],
        ['video-screenshots', 'other'],
        ['microphone', 'microphone'],
        ['benchmark-information', 'other'],
        ['message-notification', 'other'],
        ['sharing', 'other'],
        ['value-added-services', 'other'],
        ['local-network', 'local-network'],
        ['motion-sensors', 'motion-sensors'],
      ],
    );
    // The OS permission each item names in its own words.
    const named: Record<string, RegExp> = {
      'phone-state': /phone's status permission/,
      camera: /camera permission/,
      'photo-library': /photo library\/storage permission/,
      'image-collection': /camera and photo library\/storage permissions/,
      'wifi-location': /location permission/,
      microphone: /microphone permission/,
      'local-network': /local network permission/,
      'motion-sensors': /gyroscope, acceleration, and gravity sensor/,
    };
    for (const p of doc.permissions) if (named[p.id]) assert.match(p.purpose, named[p.id], p.id);
    // Data each item says it collects.
    const data = ["product's serial number and verification code", 'International Mobile Equipment Identity (IMEI)', 'current Wi-Fi name (SSID)', 'screenshot of the current video frame', 'panoramic screenshots of video frames', 'audio content', 'face images, fingerprints, sounds', 'screenshots of videos captured by your camera', 'nicknames, relationships, and contact details'];
    for (const d of data) assert.ok(doc.permissions.some((p: Json) => p.purpose.includes(d)), d);
    // Only the items that say "through system settings" claim an OS-settings switch; only binding is required.
    const osSettings = doc.permissions.filter((p: Json) => p.disable?.osSettings).map((p: Json) => p.id);
    assert.deepEqual(osSettings, doc.permissions.filter((p: Json) => /through system settings/.test(p.purpose)).map((p: Json) => p.id));
    assert.deepEqual(osSettings, ['image-collection', 'microphone']);
    assert.deepEqual(doc.permissions.filter((p: Json) => p.optional === false).map((p: Json) => p.id), ['device-binding']);
    assert.equal(new Set(doc.permissions.map((p: Json) => p.label)).size, 14, 'labels are distinct');
  });

  it('keeps the rest of 2 and the ten consent exceptions of 3 as Markdown in their sections', () => {
    const s3 = section('consent-exceptions').body;
    assert.deepEqual(markdownItems(s3, 'ordered'), consentExceptions);
    assert.ok(s3.startsWith('According to relevant laws and regulations, collecting your personal information in the following situations does not require obtaining your consent:'));
    // 2.1's rules (1), (3) and (4) stay a numbered list, around the purpose that is rule (2).
    assert.deepEqual(markdownItems(section('use').body, 'ordered'), [useRules[0]]);
    assert.deepEqual(markdownItems(section('use-rules-continued').body, 'ordered'), useRules.slice(2));
    assert.match(section('use-rules-continued').body, /^3\. When you access third-party services/);
    // The numbered paragraphs of 2, but 2.3 (the usage-statistics purpose), each once, in order.
    const bodies = ['use', 'use-rules-continued', 'use-further-rules'].map((id) => section(id).body as string).join('\n\n');
    const numbers = [...bodies.matchAll(/(?:^|\n\n)(2\.\d\.) /g)].map((m) => m[1]);
    assert.deepEqual(numbers, ['2.1.', '2.2.', '2.4.', '2.5.', '2.6.']);
    for (const n of ['2.2.', '2.4.', '2.5.', '2.6.']) {
      const next = `2.${Number(n[2]) + 1}.`;
      const text = n === '2.6.' ? between('2.6.', '3. Exceptions for Obtaining Consent') : between(n, next);
      assert.ok(bodies.includes(`${n} ${text}`), n);
    }
  });

  it('keeps disclosure, security measures and the cookie policy in prose, with no cookie items', () => {
    assert.deepEqual(markdownItems(section('entrusted-processing-and-disclosure').body, 'ordered').map(fold), [
      'For the purpose of providing services, it is necessary to share your personal information with third parties, including customers.',
      'After obtaining your explicit consent.',
      'Based on legal requirements for public disclosure: SmartBT may publicly disclose your information when required by law, legal proceedings, litigation, or government authorities.',
    ]);
    const security = section('security').body;
    assert.deepEqual(markdownItems(security, 'bullet'), dashItems(between('protect your personal information. For example:', '2. We will take all reasonable')));
    assert.equal(markdownItems(security, 'ordered').length, 5);
    assert.equal(fold(doc.cookies.description), between('III. Cookie Policy', 'IV. How We Protect'));
    assert.equal(doc.cookies.description.split('\n\n').length, 4);
    assert.equal(doc.cookies.items, undefined);
    assert.equal(doc.cookies.categories, undefined);
  });

  it('has the rights of section V with the source titles, in order', () => {
    const titles = sourceLines.slice(sourceLines.indexOf('V. Your Rights'), sourceLines.indexOf('VI. How Your Personal Information Is Transferred Globally')).filter((l) => /^\d\. [A-Z]/.test(l)).map(stripMarker);
    assert.equal(titles.length, 7);
    assert.equal(titles[6], 'Responding to Your Requests');
    assert.deepEqual(doc.rights.map((r: Json) => r.title), titles.slice(0, 6));
    assert.deepEqual(doc.rights.map((r: Json) => r.id), ['access', 'rectification', 'erasure', 'withdraw-consent', 'account-deletion', 'portability']);
    assert.equal(doc.rightsExercise.introduction, 'We guarantee your rights to the following personal information:');
    assert.equal(`${doc.retention.description} ${doc.rightsExercise.introduction}`, between('V. Your Rights', '1. Access to Your Personal Information'));
  });

  it('gives each right the channels the source gives, keeping "[info@smartbt.store]" as written in the text', () => {
    const emailsOf = (r: Json) => (r.channels ?? []).filter((c: Json) => c.type === 'email').map((c: Json) => c.email);
    const bracketed = [...source.matchAll(/\[([^\]\s]+@[^\]\s]+)\]/g)].map((m) => m[1]);
    assert.equal(bracketed.length, 4);
    assert.deepEqual([...new Set(bracketed)], [EMAIL]);

    const access = right('access');
    // "1. Access to Your Personal Information" is also quoted in V.2, so its first occurrence is the heading.
    assert.equal(access.description, between('1. Access to Your Personal Information', '2. Correction of Your Personal Information', true));
    assert.ok(access.description.endsWith(`by sending an email to [${EMAIL}].`));
    // Self-service needs a URL or an in-app path; the source names the place without either, so the channel is 'other'.
    assert.deepEqual(access.channels.map((c: Json) => c.type), ['other', 'email']);
    assert.equal(access.channels[0].label, 'SmartBT Business Cloud');
    assert.ok(access.description.includes('logging in with your SmartBT ID on the SmartBT Business Cloud'));
    assert.deepEqual(emailsOf(access), [EMAIL]);

    const rectification = right('rectification');
    assert.equal(rectification.description, between('2. Correction of Your Personal Information', '3. Deletion of Your Personal Information'));
    assert.match(rectification.description, /through the methods listed in "1\. Access to Your Personal Information\."/);
    assert.deepEqual(rectification.channels, access.channels);

    const erasure = right('erasure');
    assert.deepEqual(markdownItems(erasure.description, 'bullet'), deletionCircumstances);
    assert.equal(fold(erasure.description), between('3. Deletion of Your Personal Information', '4. Changing the Scope'));
    assert.equal(erasure.channels, undefined, 'the source gives no channel for deletion');

    const withdraw = right('withdraw-consent');
    assert.equal(fold(withdraw.description), between('4. Changing the Scope of Authorization or Withdrawing Authorization', '5. Account Cancellation'));
    assert.equal(withdraw.channels, undefined);

    const cancellation = right('account-deletion');
    assert.equal(fold(cancellation.description), between('5. Account Cancellation by Data Subjects', '6. Obtaining a Copy'));
    assert.ok(cancellation.description.startsWith(`You can also apply for account cancellation through customer service or by sending an email to [${EMAIL}].`));
    assert.deepEqual(cancellation.channels.map((c: Json) => c.type), ['customer-service', 'email']);
    assert.deepEqual(emailsOf(cancellation), [EMAIL]);

    const copy = right('portability');
    const copyText = between('6. Obtaining a Copy of Personal Information by Data Subjects', '7. Responding to Your Requests');
    assert.ok(copyText.includes(copy.verification));
    assert.equal(copy.verification, 'To ensure security, we may require you to provide a written request or verify your identity in another way.');
    assert.equal(copyText.replace(` ${copy.verification}`, ''), copy.description);
    assert.match(copy.description, /directly transmit your personal information copy to a third party designated by you/);
    assert.deepEqual(emailsOf(copy), [EMAIL]);
  });

  it('answers within 15 business days, as the source says in V.5, V.6 and V.7', () => {
    assert.equal(source.match(/within 15 business days/g)?.length, 3);
    assert.ok(source.includes('within the time limit prescribed by law (within 15 business days)'));
    assert.deepEqual(doc.rightsExercise.responseTime, BUSINESS_DAYS_15);
    assert.deepEqual(right('portability').responseTime, BUSINESS_DAYS_15);
    assert.ok(source.includes('We will respond to your request within 15 business days after receiving your feedback and verifying your identity.'));
    assert.ok(right('account-deletion').description.includes('we will complete the processing within 15 business days'));
    // VIII says it in words.
    const viii = source.slice(source.indexOf('VIII. Contact Us') + 'VIII. Contact Us'.length).trim();
    assert.ok(viii.endsWith('In general, we will respond within fifteen business days.'));
    assert.equal(section('contact').body, viii);
  });

  it('states fees and the refusal list of V.7 as the source does', () => {
    const v7 = between('7. Responding to Your Requests', 'We will be unable to respond');
    assert.equal(doc.rightsExercise.fees.free, true);
    assert.ok(v7.includes('we generally do not charge fees'));
    assert.equal(`${doc.rightsExercise.fees.note} ${doc.rightsExercise.exceptions[0]}`, v7);
    assert.match(doc.rightsExercise.exceptions[0], /^We may refuse requests that are groundless, excessive/);
    assert.equal(doc.rightsExercise.exceptions.length, 2);
    assert.ok(doc.rightsExercise.exceptions[1].startsWith('We will be unable to respond to your requests in the following circumstances:\n\n'));
    assert.deepEqual(markdownItems(doc.rightsExercise.exceptions[1], 'bullet'), refusalList);
  });

  it('keeps personal information in China (VI)', () => {
    assert.deepEqual(doc.internationalTransfers.storageLocations, ['CN']);
    assert.equal(doc.internationalTransfers.description, between('VI. How Your Personal Information Is Transferred Globally', 'VII. Updates'));
    assert.match(doc.internationalTransfers.description, /store it within China/);
    assert.equal(doc.internationalTransfers.transfers, undefined);
  });

  it('lists the change-notification methods and the major changes of VII', () => {
    const methods = /we will notify you through (.+?), etc\./.exec(source)![1].split(/, /);
    assert.deepEqual(methods, ['push notifications', 'pop-up windows', 'emails']);
    const ids: Record<string, string> = { 'push notifications': 'push-notification', 'pop-up windows': 'pop-up', emails: 'email' };
    assert.deepEqual(doc.changeNotification.methods, methods.map((m) => ids[m]));
    const withoutMarkers = (t: string) => t.replace(/(^|\s)(?:\d+\.|-)\s(?=[A-Z])/g, '$1').trim();
    assert.equal(withoutMarkers(fold(doc.changeNotification.description)), withoutMarkers(between('VII. Updates to This Privacy Policy', 'VIII. Contact Us')));
    assert.deepEqual(markdownItems(doc.changeNotification.description, 'ordered').map((i) => i.slice(0, 20)), ['SmartBT may periodic', 'We will not restrict', 'Major changes referr']);
    assert.deepEqual(markdownItems(doc.changeNotification.description, 'bullet'), majorChanges);
    assert.match(doc.changeNotification.description, /by visiting www\.smartbt\.store\./);
  });

  it('contains long distinctive sentences from every part of the source, word for word', () => {
    const phrases = [
      'This policy applies to SmartBT products and services, as well as certain features/services integrated into third-party products or software (collectively referred to as "our products and/or services").',
      'When you choose to continue signing this policy or using our products or services again, it will be considered that you have accepted and acknowledged this policy or similar documents based on the necessity of providing the service.',
      'It\'s important to note that, unless you use additional value-added services based on video analysis and provide corresponding authorization, we will not view your video content or the aforementioned video screenshots.',
      'For example, you won\'t be able to accurately view the status during the device addition process or automatically discover security devices and routers on the local network.',
      'For example, when the system settings allow for automatic device upgrades (enabled by default for certain devices), we will automatically install and run upgrades when they are available to ensure compatibility between your devices and software.',
      'Upon account cancellation, we will cease use and delete your personal information, except as otherwise stipulated by laws and regulations.',
      'Necessary for academic research institutions to conduct statistics or academic research for public interests and providing research or descriptive results to the public, with the results de-identified;',
      'Please refer to the appendix for specific external vendors.',
      'Without using cookies, if you move to a new page on the same website, you would be treated as a new visitor and your identity would not be recognized.',
      'We manage and standardize the storage and use of user information through a data classification and grading system, data security management specifications, and data security development specifications.',
      'If it is difficult to inform each individual information subject, we will make reasonable and effective announcements.',
      'However, your decision to withdraw consent or authorization will not affect the processing of personal information that was conducted based on your authorization prior to the withdrawal.',
      'Major changes to our ownership structure, organizational structure, etc., such as changes in business adjustments, bankruptcy mergers and acquisitions, and restructuring that result in changes in ownership.',
      'In general, we will respond within fifteen business days.',
    ];
    for (const p of phrases) {
      assert.ok(source.includes(fold(p)), `phrase is not in the source: ${p}`);
      assert.ok(includesPhrase(doc, p), `missing: ${p}`);
    }
  });

  it('misses nothing: every line of the source is in the document, or in the field that structures it', () => {
    // Lines whose content lives in structured fields rather than verbatim text, each checked above by name.
    const structured = new Map<string, () => void>([
      ['Last Updated: December 16, 2022', () => assert.equal(doc.lastUpdated, '2022-12-16')],
      ['Effective Date: December 16, 2022', () => assert.equal(doc.effectiveDate, '2022-12-16')],
      ["Registered Address: 3rd Floor, C Block, 2nd-Phase of Huafeng Robot Industrial Park, Bao'An, ShenZhen - 518126, China.", () => assert.equal(doc.controller.address.lines.length, 3)],
      // The heading of V.7; its content is rightsExercise (response time, fees, exceptions).
      ['7. Responding to Your Requests', () => assert.ok(doc.rightsExercise.exceptions)],
    ]);
    const missing: string[] = [];
    for (const line of sourceLines) {
      if (structured.has(line)) {
        structured.get(line)!();
        continue;
      }
      let text = stripMarker(line);
      // The address's lead-in goes with the address (controller.address).
      text = text.replace(/ The company's basic information is as follows:$/, '');
      // Sentences split between two fields: check each part.
      const parts = text === between('V. Your Rights', '1. Access to Your Personal Information')
        ? [doc.retention.description, doc.rightsExercise.introduction]
        : text === between('7. Responding to Your Requests', 'We will be unable to respond')
          ? [doc.rightsExercise.fees.note, doc.rightsExercise.exceptions[0]]
          : text.includes('To ensure security, we may require you to provide a written request')
            ? text.split(' To ensure security, we may require you to provide a written request or verify your identity in another way. ').concat(doc.rights.at(-1).verification)
            : [text];
      for (const part of parts) if (!docText.includes(fold(part))) missing.push(part);
    }
    assert.deepEqual(missing, []);
  });

  it('invents nothing: every paragraph and list item of the document is in the source', () => {
    // Names the source does not give: permission labels, which the schema requires. Checked whole; all other text is
    // checked sentence by sentence, so a sentence moved out of a paragraph (V.6's verification) is still found.
    const ownWords = new Set([
      'Binding your device',
      'Phone status permission',
      'Camera permission',
      'Photo library/storage permission',
      'Image collection (camera and photo library/storage permissions)',
      'Location permission (Wi-Fi-related functions)',
      'Video frame screenshots',
      'Microphone permission',
      'User benchmark information',
      'Message notification',
      'Device or video sharing',
      'Value-added services',
      'Local network permission',
      'Gyroscope, acceleration, and gravity sensor information',
      // Labels of the purposes 2.1(2) and 2.3, which have no heading in the source.
      'Preventing fraud, infringement and safety threats',
      'Usage statistics',
    ]);
    const textFields = new Set(['title', 'summary', 'label', 'description', 'purpose', 'body', 'note', 'introduction', 'verification', 'name', 'tradingName', 'legalForm', 'lines', 'exceptions']);
    const chunks: string[] = [];
    const walk = (value: unknown, key?: string): void => {
      if (typeof value === 'string') {
        if (!key || !textFields.has(key)) return;
        if (ownWords.has(value)) return void chunks.push(value);
        for (const line of value.split(/\n+/)) {
          chunks.push(...fold(line.replace(/^\s*(?:-|\d+\.)\s+/, '')).split(/(?<=[a-z)\].:;"])\s+(?=[A-Z"])/).filter(Boolean));
        }
      } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(doc);
    assert.ok(chunks.length > 200, `only ${chunks.length} chunks: the walk missed text`);
    const invented = chunks.filter((c) => !source.includes(c) && !ownWords.has(c));
    assert.deepEqual(invented, []);
    // Every permission label is either the source's words or one of the names listed above.
    for (const p of doc.permissions) assert.ok(source.includes(p.label) || ownWords.has(p.label), p.label);
    assert.deepEqual(doc.purposes.filter((p: Json) => !source.includes(p.label)).map((p: Json) => p.label), ['Preventing fraud, infringement and safety threats', 'Usage statistics']);
  });

  it('places every structured part once, declares every id once, and resolves every reference', () => {
    const inclusions = sectionsDeep(doc.sections).flatMap((s) => s.include ?? []);
    // Whole parts by name; purposes are placed item by item (checked above), so they count once here.
    const includes = [...new Set(inclusions.map((inc: Json | string) => (typeof inc === 'string' ? inc : inc.part)))];
    assert.equal(inclusions.filter((inc: Json | string) => typeof inc === 'string').length, includes.length - 1, 'a part is included twice');
    assert.deepEqual(inclusions.filter((inc: Json | string) => typeof inc === 'object').map((inc: Json) => inc.part), ['purposes', 'purposes', 'purposes', 'purposes']);
    const used: Record<string, boolean> = {
      purposes: !!doc.purposes, permissions: !!doc.permissions, cookies: !!doc.cookies, rights: !!doc.rights,
      retention: !!doc.retention, transfers: !!doc.internationalTransfers, changes: !!doc.changeNotification, contacts: !!doc.controller,
      'data-categories': !!doc.dataCategories, processing: !!doc.processingActivities, consents: !!doc.consentPurposes, children: !!doc.children,
    };
    assert.deepEqual([...includes].sort(), Object.keys(used).filter((k) => used[k]).sort());
    assert.deepEqual(section('specific-features').include, ['permissions']);
    assert.deepEqual(section('rights').include, ['retention', 'rights']);

    const unique = (ids: string[], what: string) => assert.equal(new Set(ids).size, ids.length, `duplicate ${what} id`);
    unique(sectionsDeep(doc.sections).map((s) => s.id), 'section');
    unique(doc.purposes.map((p: Json) => p.id), 'purpose');
    unique(doc.permissions.map((p: Json) => p.id), 'permission');
    unique(doc.rights.map((r: Json) => r.id), 'right');

    const declared: Record<string, Set<string>> = {
      dataCategories: new Set((doc.dataCategories ?? []).map((x: Json) => x.id)),
      dataSubjects: new Set((doc.dataSubjects ?? []).map((x: Json) => x.id)),
      recipients: new Set((doc.recipients ?? []).map((x: Json) => x.id)),
      purposes: new Set((doc.purposes ?? []).map((x: Json) => x.id)),
      source: new Set((doc.sources ?? []).map((x: Json) => x.id)),
      category: new Set((doc.cookies?.categories ?? []).map((x: Json) => x.id)),
      contact: new Set(['controller', 'dpo', ...(doc.contacts ?? []).map((x: Json) => x.id)]),
    };
    const dangling: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          const refs = typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : [];
          if (k in declared && path !== '' && refs.length) for (const r of refs) if (!declared[k].has(r)) dangling.push(`${path}/${k}: ${r}`);
          walk(v, `${path}/${k}`);
        }
      }
    };
    walk(doc, '');
    assert.deepEqual(dangling, []);
  });
});
