// Fidelity of examples/policies/smarti.json to its source examples/policies/sources/smarti.txt (SMARTi AS, Norway).
// The source is short, so every sentence of it is checked, and each one in the part of the document it belongs to.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fold, includesPhrase, loadExample, loadSource, textOf } from './fidelity.js';

type Json = Record<string, any>;

const doc = loadExample('smarti') as Json;
const source = loadSource('smarti');
const rawSource = readFileSync(new URL('../../examples/policies/sources/smarti.txt', import.meta.url), 'utf8');

// ---- The source, parsed by its line structure --------------------------------------------------------------------

/** A source line: either a heading ("Your rights:"), a labelled paragraph ("Label: text") or plain text. */
interface Line {
  heading?: string;
  label?: string;
  text: string;
}

/** A top-level block: a heading line and the lines under it (the first block is the title and the introduction). */
interface Block {
  heading: string;
  lines: Line[];
}

const sourceLines = rawSource.split(/\r?\n/).map(fold).filter(Boolean);

function parseLine(line: string): Line {
  if (line.endsWith(':')) return { heading: line.slice(0, -1), text: '' };
  const labelled = /^(.+?): (.+)$/.exec(line);
  return labelled ? { label: labelled[1], text: labelled[2] } : { text: line };
}

const blocks: Block[] = [];
for (const line of sourceLines.map(parseLine)) {
  if (line.heading !== undefined) blocks.push({ heading: line.heading, lines: [] });
  else if (blocks.length === 0) blocks.push({ heading: '', lines: [line] });
  else blocks.at(-1)!.lines.push(line);
}

function block(heading: string): Block {
  const hit = blocks.find((b) => b.heading === heading);
  assert.ok(hit, `source block "${heading}" not found: the source was not parsed as expected`);
  return hit;
}

/** Sentences of a run of text: split after . ! ? when the next word starts a sentence. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=["A-Z])/).filter(Boolean);
}

const emailsIn = (text: string): string[] => [...text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0]);
const urlsIn = (text: string): string[] => [...text.matchAll(/https?:\/\/[^\s)\]"]+?(?=[.,]?(?:[\s)\]"]|$))/g)].map((m) => m[0]);

/** Every string value anywhere in a JSON value (keys excluded). */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const titleLine = sourceLines[0];
const intro = blocks[0].lines.slice(1);
const dataBlock = block('Personal data we collect and process');
const useBlock = block('How we use personal data');
const rightsBlock = block('Your rights');
const complaintBlock = block('You can complain about our processing of personal data');

// ---- Tests ---------------------------------------------------------------------------------------------------------

describe('smarti example: fidelity to smarti.txt', () => {
  it('reads the source as the test expects (guards the parser itself)', () => {
    assert.equal(sourceLines.map(fold).join(' '), source);
    assert.deepEqual(
      blocks.map((b) => b.heading),
      ['', 'Personal data we collect and process', 'How we use personal data', 'Your rights', 'You can complain about our processing of personal data'],
    );
    assert.equal(useBlock.lines.filter((l) => l.label).length, 8);
    assert.equal(rightsBlock.lines.filter((l) => l.label).length, 6);
  });

  it('contains every sentence of the source word for word; the only text left out is headings mapped to titles/labels', () => {
    const headingTargets = new Set<string>([
      fold(doc.title),
      ...(doc.sections as Json[]).filter((s) => s.title).map((s) => fold(s.title)),
      ...(doc.purposes as Json[]).map((p) => fold(p.label)),
      ...(doc.rights as Json[]).filter((r) => r.title).map((r) => fold(r.title)),
      ...(doc.dataCategories as Json[]).map((c) => fold(c.label)),
    ]);
    let checked = 0;
    for (const b of blocks) {
      if (b.heading) assert.ok(headingTargets.has(b.heading), `heading "${b.heading}" is not a title in the document`);
      for (const line of b.lines) {
        if (line.text === titleLine) continue; // the title line, checked below as a heading
        if (line.label) assert.ok(headingTargets.has(line.label), `label "${line.label}" is not a title/label in the document`);
        for (const sentence of sentences(line.text)) {
          assert.ok(includesPhrase(doc, sentence), `missing or altered: "${sentence}"`);
          checked++;
        }
      }
    }
    assert.ok(headingTargets.has(titleLine.replace(/\.$/, '')), `title line "${titleLine}"`);
    // 3 intro + 4 data items + 1 source statement + 23 purposes/profiling + 13 rights + 4 complaint + 1 attribution
    assert.equal(checked, 49, 'the source was not split into sentences as expected');
  });

  it('has the title, introduction, controller and website of the source', () => {
    assert.equal(doc.title, titleLine.replace(/\.$/, ''));
    for (const line of intro) for (const s of sentences(line.text)) assert.ok(includesPhrase(doc.summary, s), s);
    const controller = /^(.+?) is responsible for the processing of personal data/.exec(intro[0].text)![1];
    assert.equal(doc.controller.name, controller);
    assert.equal(doc.controller.name, 'SMARTi AS');
    const site = /This privacy policy applies to (\S+)\.$/.exec(intro[0].text)![1];
    assert.deepEqual(
      (doc.appliesTo as Json[]).map((s) => s.name),
      [site],
    );
    assert.equal(doc.appliesTo[0].url, undefined, 'the source gives no URL scheme for the website');
    assert.equal(doc.controller.email, emailsIn(rightsBlock.lines[0].text)[0]);
  });

  it('keeps the source order: its headings as section titles, and each item of each part placed once, where the source has it', () => {
    const sections = doc.sections as Json[];
    assert.deepEqual(
      sections.filter((s) => s.title).map((s) => s.title),
      blocks.slice(1).map((b) => b.heading),
    );
    // The reading order of everything the sections show: 'part:id' for placed items, 'part' for whole parts,
    // 'section' for a section's own body.
    const order = sections.flatMap((s) => [
      ...(s.body ? [`section:${s.id}`] : []),
      ...((s.include ?? []) as Array<string | { part: string; ids: string[] }>).flatMap((inc) =>
        typeof inc === 'string' ? [inc] : inc.ids.map((id) => `${inc.part}:${id}`),
      ),
    ]);
    // Expected from the source: the purposes in order with the profiling paragraph at its place among them, the
    // rights with their introduction first and the complaint under its own heading.
    const purposeIds = (doc.purposes as Json[]).map((p) => p.id);
    const profilingAt = useBlock.lines.findIndex((l) => !l.label);
    const rightIds = (doc.rights as Json[]).map((r) => r.id);
    assert.deepEqual(order, [
      'data-categories',
      'section:personal-data-sources',
      ...purposeIds.slice(0, profilingAt).map((id) => `purposes:${id}`),
      'consents',
      ...purposeIds.slice(profilingAt).map((id) => `purposes:${id}`),
      'section:your-rights',
      ...rightIds.filter((id) => id !== 'complaint').map((id) => `rights:${id}`),
      'contacts',
      'section:complaints',
      'rights:complaint',
      'authorities',
      'section:template',
    ]);
    assert.equal(profilingAt, 5, 'the profiling paragraph follows the fifth purpose (Sales and marketing)');
    // Untitled sections continue the titled one before them.
    assert.equal(sections[0].title, dataBlock.heading);
    assert.equal(sections[1].title, undefined);
    assert.equal(sections[2].title, useBlock.heading);
    assert.equal(sections[3].title, undefined);
    assert.equal(sections.at(-1)!.title, undefined);
    assert.equal(sections.at(-2)!.title, complaintBlock.heading);
    // No whole part is shown twice, and no item is placed twice or left out.
    assert.equal(new Set(order).size, order.length, 'something is shown twice');
    assert.ok(!order.includes('purposes') && !order.includes('rights'), 'a part placed by items must not also be included whole');
  });

  it('lists exactly the data items of the source, and the source statement in that section', () => {
    const items = dataBlock.lines.filter((l) => !/[.!?]$/.test(l.text)).map((l) => l.text);
    assert.deepEqual(items, ['Name', 'Address', 'Phone number', 'Email address']);
    assert.deepEqual(
      (doc.dataCategories as Json[]).map((c) => c.label),
      items,
    );
    const statement = dataBlock.lines.filter((l) => /[.!?]$/.test(l.text));
    assert.equal(statement.length, 1);
    const sections = doc.sections as Json[];
    const at = sections.findIndex((s) => s.title === dataBlock.heading);
    assert.equal(sections[at].body, undefined, 'the list comes first in the source');
    assert.equal(sections[at + 1].title, undefined, 'the statement continues the section without a heading');
    assert.equal(fold(sections[at + 1].body), statement[0].text);
  });

  it('has the eight purposes with their descriptions and legal bases exactly as the source states them', () => {
    const paragraphs = useBlock.lines.filter((l) => l.label);
    const purposes = doc.purposes as Json[];
    assert.deepEqual(
      purposes.map((p) => p.label),
      paragraphs.map((l) => l.label),
    );
    const basisOf = (sentence: string): string => {
      if (sentence.endsWith('necessary to fulfill a contract with you.')) return 'contract';
      if (sentence.endsWith('is our legitimate interest.')) return 'legitimate-interests';
      if (sentence.endsWith('necessary to fulfill a legal obligation imposed on us.')) return 'legal-obligation';
      throw new Error(`unknown legal basis sentence: ${sentence}`);
    };
    paragraphs.forEach((line, i) => {
      const purpose = purposes[i];
      const all = sentences(line.text);
      const basisSentence = all.find((s) => s.startsWith('The legal basis for processing personal data for this purpose is'));
      assert.ok(basisSentence, `no legal basis sentence for ${line.label}`);
      assert.deepEqual(purpose.legalBases, [basisOf(basisSentence)], line.label);
      assert.equal(purpose.legalBasisNote, basisSentence, line.label);
      const before = all.slice(0, all.indexOf(basisSentence));
      const after = all.slice(all.indexOf(basisSentence) + 1);
      assert.equal(fold(purpose.description), before.join(' '), line.label);
      if (after.length) assert.equal(fold(purpose.optOut), after.join(' '), line.label);
      else assert.equal(purpose.optOut, undefined, line.label);
    });
    assert.deepEqual(
      purposes.map((p) => p.legalBases[0]),
      ['contract', 'contract', 'legitimate-interests', 'legitimate-interests', 'legitimate-interests', 'legitimate-interests', 'legitimate-interests', 'legal-obligation'],
    );
  });

  it('keeps the sales-and-marketing opt-out by email, with its own domain and subject line', () => {
    const paragraph = useBlock.lines.find((l) => l.label === 'Sales and marketing')!;
    const [email] = emailsIn(paragraph.text);
    const subject = /using "([^"]+)" as the subject line/.exec(paragraph.text)![1];
    assert.equal(email, 'contact@domotics.no');
    assert.equal(subject, 'Opt-out of telemarketing and addressed advertising');
    const purpose = (doc.purposes as Json[]).find((p) => p.label === 'Sales and marketing')!;
    assert.ok(purpose.optOut.includes(email));
    assert.ok(purpose.optOut.includes(`"${subject}"`));
  });

  it('offers the profiling consent of the source as a consent purpose', () => {
    const unlabelled = useBlock.lines.filter((l) => !l.label);
    assert.equal(unlabelled.length, 1);
    const consents = doc.consentPurposes as Json[];
    assert.equal(consents.length, 1);
    const [profiling] = consents;
    assert.deepEqual(profiling.uses, ['profiling']);
    assert.equal(profiling.legalBasis, 'consent');
    assert.notEqual(profiling.default, true, 'consent must not start switched on');
    assert.equal(fold(profiling.description), unlabelled[0].text);
  });

  it('has the rights of the source, each with its description and channels', () => {
    const paragraphs = rightsBlock.lines.filter((l) => l.label);
    const catalog: Record<string, string> = {
      'Right to access your own information': 'access',
      'Right to correction of personal data': 'rectification',
      'Right to deletion of personal data': 'erasure',
      'Restriction of processing of personal data': 'restriction',
      'Objection to processing of personal data': 'objection',
      'Data portability': 'portability',
    };
    const rights = doc.rights as Json[];
    assert.deepEqual(
      rights.map((r) => r.id),
      [...paragraphs.map((l) => catalog[l.label!]), 'complaint'],
    );
    assert.deepEqual(
      rights.map((r) => r.title),
      [...paragraphs.map((l) => l.label), undefined],
      'the complaint right takes its heading from its section',
    );

    // The introduction is the body of the "Your rights" section: the rights part is placed item by item, and then its
    // shared introduction is not shown, so rightsExercise holds only the channel.
    const introLine = rightsBlock.lines.find((l) => !l.label)!;
    const rightsSection = (doc.sections as Json[]).find((s) => s.title === rightsBlock.heading)!;
    assert.equal(fold(rightsSection.body), introLine.text);
    assert.equal(doc.rightsExercise.introduction, undefined);
    const [generalEmail] = emailsIn(introLine.text);
    assert.equal(generalEmail, 'contact@smarti.dev');
    assert.deepEqual(doc.rightsExercise.channels, [{ type: 'email', email: generalEmail }]);

    paragraphs.forEach((line, i) => {
      const right = rights[i];
      const all = sentences(line.text);
      const channelSentences = all.filter((s) => /^(Please contact the email address above|You do this by)/.test(s));
      const exceptionSentences = all.filter((s) => s.startsWith('However,'));
      const describing = all.filter((s) => !channelSentences.includes(s) && !exceptionSentences.includes(s));
      assert.equal(fold(right.description), describing.join(' '), line.label);
      assert.deepEqual((right.exceptions ?? []).map(fold), exceptionSentences, line.label);
      const channels = (right.channels ?? []) as Json[];
      assert.equal(channels.length, channelSentences.length, `${line.label}: one channel per channel sentence`);
      channelSentences.forEach((s, k) => {
        const channel = channels[k];
        if (s.startsWith('Please contact the email address above')) {
          assert.deepEqual(channel, { type: 'email', email: generalEmail, note: s }, line.label);
        } else {
          assert.deepEqual(channel, { type: 'other', label: s }, line.label);
          assert.ok(s.includes('managing consents or reservations in our solutions'));
        }
      });
    });
    // rectification and erasure name no channel of their own: they use the general one (rightsExercise)
    assert.equal(rights.find((r) => r.id === 'rectification')!.channels, undefined);
    assert.equal(rights.find((r) => r.id === 'erasure')!.channels, undefined);
    assert.match(rights.find((r) => r.id === 'erasure')!.exceptions[0], /accounting regulations/);
  });

  it('has the complaint to the Norwegian Data Protection Authority, without invented details', () => {
    const [complaintLine, ...rest] = complaintBlock.lines;
    assert.equal(rest.length, 1, 'the attribution line follows the complaint paragraph');
    const all = sentences(complaintLine.text);
    const authorityName = /^You do this to the (.+)\.$/.exec(all.at(-1)!)![1];
    assert.equal(authorityName, 'Norwegian Data Protection Authority');
    assert.deepEqual(doc.supervisoryAuthorities, [{ id: 'norwegian-data-protection-authority', name: authorityName, country: 'NO' }]);
    assert.equal(all.length, 4);
    const section = (doc.sections as Json[]).find((s) => s.title === complaintBlock.heading)!;
    assert.equal(fold(section.body), all.slice(0, 2).join(' '), 'what the source asks first: tell SMARTi');
    const complaint = (doc.rights as Json[]).find((r) => r.id === 'complaint')!;
    assert.equal(fold(complaint.description), all[2]);
    assert.deepEqual(complaint.channels, [{ type: 'other', label: all[3] }], 'not the email channel of the other rights');
    assert.deepEqual(doc.laws, [{ id: 'personal-data-act', name: 'Personal Data Act' }]);
    assert.ok(includesPhrase(section.body, 'the rules of the Personal Data Act'));
  });

  it('keeps the template attribution with its link', () => {
    const attribution = complaintBlock.lines.at(-1)!.text;
    const [url] = urlsIn(attribution);
    assert.equal(url, 'https://gdprcontrol.no/');
    const last = (doc.sections as Json[]).at(-1)!;
    assert.equal(last.title, undefined, 'the source gives the line no heading');
    assert.ok(last.body.includes(`[${url}](${url})`), 'the URL is a link');
    assert.equal(textOf(last.body), attribution);
  });

  it('invents nothing: every sentence, label and title of the document is in the source, but for the names listed', () => {
    // The one name the source does not give but the schema requires: the label of the profiling choice (the source
    // says "profiling", in lower case).
    const ownWords = new Set(['Profiling']);
    const textFields = new Set(['title', 'summary', 'label', 'description', 'body', 'note', 'introduction', 'name', 'legalBasisNote', 'optOut', 'exceptions', 'subject', 'appliesTo']);
    const chunks: string[] = [];
    const walk = (value: unknown, key?: string): void => {
      if (typeof value === 'string') {
        if (!key || !textFields.has(key)) return;
        if (ownWords.has(value)) return void chunks.push(value);
        chunks.push(...sentences(textOf(value)));
      } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(doc);
    assert.ok(chunks.length >= 60, `only ${chunks.length} chunks: the walk missed text`);
    assert.deepEqual(chunks.filter((c) => !source.includes(c) && !ownWords.has(c)), []);
    assert.deepEqual(chunks.filter((c) => ownWords.has(c)).sort(), [...ownWords].sort(), 'an own word is no longer used');
  });

  it('invents nothing: no email, URL or date that the source does not have', () => {
    const strings = allStrings({ ...doc, $schema: undefined });
    const sourceEmails = new Set(emailsIn(source));
    assert.deepEqual([...sourceEmails].sort(), ['contact@domotics.no', 'contact@smarti.dev']);
    for (const email of strings.flatMap(emailsIn)) assert.ok(sourceEmails.has(email), `invented email ${email}`);
    const sourceUrls = new Set(urlsIn(source));
    for (const url of strings.flatMap(urlsIn)) assert.ok(sourceUrls.has(url), `invented URL ${url}`);
    assert.doesNotMatch(source, /\b(19|20)\d\d\b/, 'the source has no date');
    for (const key of ['effectiveDate', 'lastUpdated', 'version', 'dpo', 'contacts', 'retention', 'cookies', 'permissions', 'children']) {
      assert.equal(doc[key], undefined, `${key} is not in the source`);
    }
    assert.deepEqual(Object.keys(doc.controller).sort(), ['email', 'name']);
  });

  it('references only declared ids, and declares each id once', () => {
    const declared: Record<string, Set<string>> = {};
    for (const key of ['dataCategories', 'dataSubjects', 'recipients', 'sources', 'purposes']) {
      const ids = ((doc[key] ?? []) as Json[]).map((x) => x.id as string);
      assert.equal(new Set(ids).size, ids.length, `duplicate id in ${key}`);
      declared[key] = new Set(ids);
    }
    declared.source = declared.sources;
    declared.purpose = declared.purposes;
    const walk = (value: unknown, at: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${at}/${i}`));
      if (!value || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        const refs = typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
        if (refs && key in declared && at !== '') {
          for (const ref of refs) assert.ok(declared[key].has(ref), `${at}/${key}: "${ref}" is not declared`);
        } else walk(v, `${at}/${key}`);
      }
    };
    walk(doc, '');
    const sectionIds: string[] = [];
    const collect = (sections: Json[] = []) => sections.forEach((s) => (sectionIds.push(s.id), collect(s.sections)));
    collect(doc.sections);
    assert.equal(new Set(sectionIds).size, sectionIds.length, 'duplicate section id');
    const rightIds = (doc.rights as Json[]).map((r) => r.id);
    assert.equal(new Set(rightIds).size, rightIds.length, 'duplicate right id');
    const consentIds = (doc.consentPurposes as Json[]).map((c) => c.id);
    assert.equal(new Set(consentIds).size, consentIds.length, 'duplicate consent purpose id');
  });
});
