// Fidelity of examples/policies/softathome.json to its source examples/policies/sources/softathome.txt (SoftAtHome, France).
// The heart of the source is the Section IV processing table: 12 rows, each with a source, an explanation, the
// processing operations, a bullet list of purposes, data categories, legal grounds, persons concerned and a long list of
// recipients. The rows are parsed out of the source's lines here, so the test also proves the table was read right.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fold, includesPhrase, loadExample, loadSource, textOf } from './fidelity.js';

type Json = Record<string, any>;

const doc = loadExample('softathome') as Json;
const source = loadSource('softathome');
const lines = readFileSync(new URL('../../examples/policies/sources/softathome.txt', import.meta.url), 'utf8').split(/\r?\n/);

/** Folded, and without the commas and full stops that end a word: the source ends list lines with them at random. */
const norm = (text: string): string => fold(text).replace(/[.,](?=\s|$)/g, '');
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A line holding only a non-breaking space: the source's separator between table cells. */
const isCellBreak = (line: string): boolean => line !== '' && line.trim() === '';

function byId(list: Json[] | undefined): Map<string, Json> {
  return new Map((list ?? []).map((item) => [item.id as string, item]));
}
const recipients = byId(doc.recipients);
const purposes = byId(doc.purposes);
const categories = byId(doc.dataCategories);
const subjects = byId(doc.dataSubjects);
const sources = byId(doc.sources);
const rows: Json[] = doc.processingActivities;

function section(id: string): Json {
  const hit = (doc.sections as Json[]).find((s) => s.id === id);
  assert.ok(hit, `section ${id} not found`);
  return hit;
}

function lineIndex(test: (line: string) => boolean, from = 0): number {
  const i = lines.findIndex((line, n) => n >= from && test(line));
  assert.ok(i >= 0, 'source line not found: the source was not parsed as expected');
  return i;
}

// ---- The Section IV table, parsed from the source ----------------------------------------------------------------

const FIRST_RECIPIENT = 'Providers of IT hosting and website services.';
const tableStart = lineIndex((l) => l.startsWith('Data source Explanation of the source Processing activity Purpose'));
const tableEnd = lineIndex((l) => fold(l).startsWith('Section VII'), tableStart);
// Every row's recipient list starts with the IT hosting providers (sometimes on the same line as the previous cell).
const hostingLines = lines.map((l, i) => (i > tableStart && i < tableEnd && l.includes(FIRST_RECIPIENT) ? i : -1)).filter((i) => i >= 0);

/**
 * Recipient lines whose label is not a recipient label word for word: the truncated "iders of database management
 * solutions." of the candidates row is the database providers; the lone "." of the online-form row names no one.
 */
const RECIPIENT_TYPOS: Record<string, string | null> = {
  'iders of database management solutions.': 'database-management-providers',
  '.': null,
};

interface SourceRow {
  /** The row's lines before its recipient list (label, explanation, operations, purposes, data, grounds, persons). */
  region: string[];
  /** The recipient lines as the source gives them (trailing list comma removed). */
  recipientLines: string[];
}

const sourceRows: SourceRow[] = hostingLines.map((hosting, k) => {
  let start = tableStart + 1;
  if (k > 0) {
    start = hostingLines[k - 1];
    while (!isCellBreak(lines[start])) start++;
  }
  const first = lines[hosting];
  const region = [...lines.slice(start, hosting), first.slice(0, first.indexOf(FIRST_RECIPIENT))];
  const recipientLines = [FIRST_RECIPIENT];
  for (let i = hosting + 1; i < tableEnd && !isCellBreak(lines[i]); i++) {
    if (lines[i] !== '') recipientLines.push(lines[i].trim().replace(/,$/, ''));
  }
  return { region, recipientLines };
});

function recipientIdFor(line: string): string | null {
  if (line in RECIPIENT_TYPOS) return RECIPIENT_TYPOS[line];
  const hit = [...recipients.values()].find((r) => fold(r.label) === fold(line));
  assert.ok(hit, `recipient line "${line}" is not a declared recipient`);
  return hit.id;
}

/** The purposes of a row: its bullet lines ("-Partner selection", "– Management of ..."), or its one undashed purpose. */
function sourcePurposes(row: SourceRow): string[] {
  const bullets = [...row.region.join('\n').matchAll(/(?:^|\s)[-\u2013]\s*(\S[^\n]*)/g)].map((m) =>
    // The debug row's purpose shares its line with its first data category.
    m[1].replace(/\s+Identity data$/, '').trim(),
  );
  if (bullets.length > 0) return bullets;
  // The third-party recruitment row's single purpose has no dash.
  assert.ok(row.region.includes('Recruitment'), 'a row without purpose bullets should be the recruitment row');
  return ['Recruitment'];
}

function purposeIdFor(text: string): string {
  const hit = [...purposes.values()].find((p) => norm(p.label) === norm(text));
  assert.ok(hit, `purpose "${text}" is not a declared purpose`);
  return hit.id;
}

const label = (map: Map<string, Json>, id: string): string => {
  const item = map.get(id);
  assert.ok(item, `undeclared id "${id}"`);
  return item.label as string;
};

/** The row's legal grounds in the source's words. */
function legalWords(row: Json): string {
  if (row.legalBasisNote) return row.legalBasisNote;
  return row.legalBases.map((b: Json) => b.note).join(' ');
}

describe('softathome: the Section IV processing table', () => {
  it('has exactly the 12 rows of the source, in order', () => {
    assert.equal(hostingLines.length, 12);
    assert.equal(rows.length, hostingLines.length);
    let from = tableStart;
    for (const row of rows) {
      const at = lineIndex((l) => fold(l).startsWith(fold(row.label)), from);
      assert.ok(at < tableEnd, `row "${row.label}" not found in the table`);
      from = at + 1;
    }
  });

  it('keeps each row\'s recipient list exactly as the row gives it', () => {
    const uses: string[] = [];
    rows.forEach((row, k) => {
      const lines = sourceRows[k].recipientLines;
      const expected = lines.map(recipientIdFor).filter((id): id is string => id !== null);
      if (row.id === 'social-network') {
        // The public-sources row lists "Users of the social media (they have access to the post)" just before the
        // IT hosting providers: a recipient (they get access to the post), not one of the persons concerned.
        const region = sourceRows[k].region.filter((l) => l.trim() !== '');
        assert.equal(region.at(-1), label(recipients, 'social-media-users'));
        expected.unshift('social-media-users');
      }
      assert.deepEqual(row.recipients, expected, `recipients of row "${row.label}"`);
      uses.push(...lines.filter((l) => l in RECIPIENT_TYPOS));
    });
    // The two typo'd lines are where they were read, and nowhere else.
    assert.deepEqual(uses.sort(), ['.', 'iders of database management solutions.']);
    assert.equal(rows[2].recipients.length, sourceRows[2].recipientLines.length - 1, 'only the lone "." is left out');
    assert.deepEqual(
      rows.map((r) => r.recipients.length),
      [18, 19, 15, 11, 19, 17, 18, 18, 18, 11, 17, 16],
    );
  });

  it('gives each row the purposes of its bullet list, in order', () => {
    rows.forEach((row, k) => {
      assert.deepEqual(row.purposes, sourcePurposes(sourceRows[k]).map(purposeIdFor), `purposes of row "${row.label}"`);
    });
    assert.deepEqual(
      rows.map((r) => r.purposes.length),
      [9, 5, 2, 4, 1, 2, 2, 2, 1, 1, 2, 1],
    );
  });

  it('has the label, explanation and processing operations of each row word for word', () => {
    rows.forEach((row, k) => {
      const region = fold(sourceRows[k].region.join('\n'));
      const text = fold(`${row.label} ${row.sourceExplanation} ${row.operations}`);
      // The operations are followed by the first purpose: nothing of them is cut off.
      assert.match(region, new RegExp(`${escape(text)} (?:[-\u2013]|Recruitment)`), `row "${row.label}"`);
    });
  });

  it('has each row\'s data categories, legal grounds and persons concerned, with nothing left out or added', () => {
    // In the source these cells follow the last purpose and precede the first recipient, one after the other: the row's
    // labels in order, with the neighbouring cells, must be a run of the source's row.
    rows.forEach((row, k) => {
      const lastPurpose = label(purposes, row.purposes.at(-1));
      const firstRecipient = label(recipients, row.recipients[0]);
      const run = [
        lastPurpose,
        ...row.dataCategories.map((id: string) => label(categories, id)),
        legalWords(row),
        ...row.dataSubjects.map((id: string) => label(subjects, id)),
        firstRecipient,
      ].join(' ');
      const region = norm([...sourceRows[k].region, FIRST_RECIPIENT].join('\n'));
      assert.ok(region.includes(norm(run)), `cells of row "${row.label}": ${run}`);
    });
  });

  it('maps the legal grounds\' words to GDPR bases', () => {
    const basisOf: Record<string, string> = {
      'Contractual execution': 'contract',
      'Execution of the contract': 'contract',
      Consent: 'consent',
      agreement: 'consent',
      'Legitimate interest': 'legitimate-interests',
    };
    for (const row of rows) {
      if (row.legalBasisNote) {
        assert.match(row.legalBasisNote, /^Contractual execution Or [cC]onsent$/);
        assert.deepEqual(row.legalBases, ['contract', 'consent']);
      } else {
        for (const basis of row.legalBases) assert.equal(basis.basis, basisOf[basis.note], `${row.label}: ${basis.note}`);
      }
    }
    assert.deepEqual(
      rows.map((r) => r.legalBases.length),
      [2, 3, 2, 1, 1, 2, 1, 2, 2, 2, 1, 1],
    );
  });

  it('puts each row under the source heading it stands under', () => {
    // A source heading is the line just before the "These data are obtained ..." line that introduces its rows.
    const headings = lines
      .map((l, i) => ({ i, text: fold(l) }))
      .filter(({ i, text }) => i > tableStart && i < tableEnd && text !== '' && (lines.slice(i + 1).map(fold).find(Boolean) ?? '').startsWith('These data are obtained'));
    assert.equal(headings.length, 3);
    rows.forEach((row, k) => {
      const heading = headings.filter((h) => h.i < hostingLines[k]).at(-1)!;
      const src = sources.get(row.source);
      assert.ok(src, `row "${row.label}" has an undeclared source`);
      assert.equal(norm(src.label), norm(heading.text.replace(/:$/, '')), `source of row "${row.label}"`);
    });
    for (const src of sources.values()) {
      assert.ok(new RegExp(`${escape(fold(src.label))}:? ${escape(fold(src.description))}`).test(source), src.id);
    }
    assert.deepEqual(
      [...sources.values()].map((s) => s.kind),
      ['data-subject', 'third-party', 'public'],
    );
  });

  it('declares nothing the table does not use', () => {
    const used = (key: string) => new Set(rows.flatMap((r) => r[key] as string[]));
    assert.deepEqual([...recipients.keys()].filter((id) => !used('recipients').has(id)), []);
    assert.deepEqual([...purposes.keys()].filter((id) => !used('purposes').has(id)), []);
    assert.deepEqual([...categories.keys()].filter((id) => !used('dataCategories').has(id)), []);
    assert.deepEqual([...subjects.keys()].filter((id) => !used('dataSubjects').has(id)), []);
    assert.deepEqual([...sources.keys()].filter((id) => !rows.some((r) => r.source === id)), []);
    assert.equal(recipients.size, 30);
    assert.equal(purposes.size, 22);
    assert.equal(categories.size, 16);
    assert.equal(subjects.size, 15);
  });

  it('keeps the sentences around the table, in the parts they belong to and in the source\'s order', () => {
    // Section IV opens with the retention sentence, then says who receives the data, then gives the table. A section's
    // body is shown before its parts, so the retention part closes Section IV's own content and an untitled section
    // (no heading of its own: it continues Section IV) carries the two paragraphs and then the table.
    const iv = section('personal-data-management');
    const sections: Json[] = doc.sections;
    const continuation = sections[sections.indexOf(iv) + 1];
    assert.equal(iv.body, undefined);
    assert.deepEqual(iv.include, ['retention']);
    assert.equal(continuation.id, 'personal-data-recipients');
    assert.equal(continuation.title, undefined, 'the source has no heading here');
    // The table, then the lists its rows refer to, so none of them is left to show after Section XII.
    assert.deepEqual(continuation.include, ['processing', 'purposes', 'data-categories', 'recipients']);
    const paragraphs: string[] = continuation.body.split('\n\n');
    assert.equal(paragraphs.length, 2);
    const at = (text: string): number => {
      const i = source.indexOf(fold(text));
      assert.ok(i >= 0, `not in the source: ${text}`);
      return i;
    };
    const positions = [
      at(lines[lineIndex((l) => fold(l).startsWith('Section IV'))]),
      at(doc.retention.description),
      ...paragraphs.map(at),
      at(lines[tableStart]),
    ];
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'heading, retention, paragraphs, table: the source\'s order');
  });
});

describe('softathome: references and ids', () => {
  it('has unique ids in every declared list', () => {
    for (const key of ['recipients', 'purposes', 'dataCategories', 'dataSubjects', 'sources', 'processingActivities', 'rights', 'sections']) {
      const ids = (doc[key] as Json[]).map((x) => x.id);
      assert.equal(new Set(ids).size, ids.length, key);
    }
  });

  it('references only declared ids', () => {
    for (const row of rows) {
      assert.ok(sources.has(row.source), row.id);
      for (const id of row.purposes) assert.ok(purposes.has(id), `${row.id}: purpose ${id}`);
      for (const id of row.dataCategories) assert.ok(categories.has(id), `${row.id}: data category ${id}`);
      for (const id of row.dataSubjects) assert.ok(subjects.has(id), `${row.id}: data subject ${id}`);
      for (const id of row.recipients) assert.ok(recipients.has(id), `${row.id}: recipient ${id}`);
    }
  });

  it('includes every structured part it uses in exactly one section', () => {
    const includes = (doc.sections as Json[]).flatMap((s) => s.include ?? []);
    assert.ok(includes.every((i) => typeof i === 'string'), 'every part is shown whole: the source lists none across sections');
    assert.equal(new Set(includes).size, includes.length);
    assert.deepEqual(includes.sort(), [
      'authorities', 'contacts', 'cookies', 'data-categories', 'processing', 'provision', 'purposes', 'recipients',
      'retention', 'rights', 'transfers',
    ]);
  });
});

describe('softathome: the rest of the policy', () => {
  it('has the source\'s section headings, in order', () => {
    const headings = lines.map(fold).filter((l) => /^Section [IVX]+\s*[-\u2013]/.test(l));
    assert.equal(headings.length, 10);
    assert.deepEqual(doc.sections.filter((s: Json) => s.title !== undefined).map((s: Json) => s.title), headings);
    // The one untitled section continues Section IV (see the table's tests).
    assert.deepEqual(doc.sections.filter((s: Json) => s.title === undefined).map((s: Json) => s.id), ['personal-data-recipients']);
  });

  it('has the effective date', () => {
    const m = /^Effective date: (\w+ \d+, \d{4})$/m.exec(lines.join('\n'));
    assert.ok(m);
    const d = new Date(`${m[1]} UTC`);
    assert.equal(doc.effectiveDate, d.toISOString().slice(0, 10));
    assert.equal(doc.effectiveDate, '2025-04-30');
  });

  it('has the introduction and every definition', () => {
    const intro = lines.slice(lineIndex((l) => fold(l).startsWith('Section I ')) + 1, lineIndex((l) => fold(l).startsWith('Section II '))).map((l) => l.trim()).filter(Boolean);
    assert.equal(intro.length, 6);
    assert.deepEqual(doc.sections[0].body.split('\n\n'), intro);
    const defs = lines.slice(lineIndex((l) => fold(l).startsWith('Section II ')) + 1, lineIndex((l) => fold(l).startsWith('Section III '))).map((l) => l.trim()).filter(Boolean);
    assert.equal(defs.filter((l) => l.startsWith('\u2022')).length, 9);
    const body = textOf(doc.sections[1].body);
    assert.equal(body, fold(defs.map((l) => l.replace(/^\u2022\s*/, '')).join(' ')));
  });

  it('has the controller with its RCS registration and registered office', () => {
    const m = /is (\S+), a French (.+?), registered at the French Trade Register of Nanterre under the N° (B [\d ]+?) (RCS Nanterre), and having its registered office at (.+), France\./.exec(source);
    assert.ok(m);
    const c = doc.controller;
    assert.equal(c.name, m[1]);
    assert.equal(c.legalForm, m[2]);
    assert.equal(c.registration.number, m[3]);
    assert.equal(c.registration.register, m[4]);
    assert.deepEqual(c.address.lines, [...m[5].split(', '), 'France']);
    assert.equal(c.address.country, 'FR');
    assert.ok(includesPhrase(c.description, 'We are the Data controller, so SoftAtHome takes appropriate action to ensure the protection and confidentiality of the personal data that it has or that it trades in accordance with the GDPR.'));
  });

  it('has the DPO with the email and postal address of Section III', () => {
    const email = /By email: (\S+)/.exec(source)![1];
    const post = /By post : (.+?) Section IV/.exec(source)![1];
    assert.equal(doc.dpo.email, email);
    assert.deepEqual(doc.dpo.address.lines, post.split(' \u2013 '));
    assert.ok(source.includes(fold(doc.dpo.note)));
  });

  it('has the ten rights of Section VII, with their headings and texts', () => {
    const start = lineIndex((l) => fold(l).startsWith('Section VII'));
    const end = lineIndex((l) => l.startsWith('Exercice of such Rights'), start);
    const headings = lines.slice(start, end).map((l) => l.trim()).filter((l) => /^(?:Right|The right not)/.test(l));
    const rights: Json[] = doc.rights;
    assert.deepEqual(rights.map((r) => r.id), [
      'information', 'access', 'rectification', 'erasure', 'post-mortem-directives', 'restriction', 'objection',
      'automated-decision', 'withdraw-consent', 'portability',
    ]);
    assert.deepEqual(rights.map((r) => (r.appliesTo ? `${r.title} (${r.appliesTo}).` : r.title)), headings);
    assert.equal(rights.find((r) => r.id === 'post-mortem-directives')!.appliesTo, 'French residents only');
    const section = fold(lines.slice(start, end).join('\n'));
    for (const right of rights) {
      for (const part of [right.description, ...(right.exceptions ?? [])]) {
        for (const paragraph of part.split('\n\n')) assert.ok(section.includes(textOf(paragraph)), `${right.id}: ${paragraph}`);
      }
    }
    // Every paragraph of Section VII is somewhere in the document.
    const all = textOf(doc);
    for (const paragraph of lines.slice(start + 1, end).map(fold).filter(Boolean)) {
      if (paragraph === 'Introduction' || headings.includes(paragraph)) continue;
      for (const piece of paragraph.split('; ')) assert.ok(all.includes(piece.replace(/;$/, '')), piece);
    }
  });

  it('has the shared introduction, identity verification, fees and the DPO channels of the rights', () => {
    const ex = doc.rightsExercise;
    assert.ok(includesPhrase(ex.introduction, 'You have rights concerning the use of your personal data. These rights vary depending on the lawful basis used to justify the processing of your personal data and certain data processing purposes.'));
    assert.ok(includesPhrase(ex.verification, 'we may require you to attach a document to prove your identity if we have any reasonable doubt about it, for example to avoid identity theft and protect you against the risk of fraud.'));
    assert.equal(ex.fees.free, true);
    assert.ok(includesPhrase(ex.fees.note, 'in which case we are entitled to charge a reasonable fee based on our administrative costs.'));
    const m = /at the postal address "([^"]+)" or at the email address (\S+)/.exec(source);
    assert.ok(m);
    const postal = ex.channels.find((c: Json) => c.type === 'postal');
    const email = ex.channels.find((c: Json) => c.type === 'email');
    assert.equal(postal.address.lines.join(', '), m[1]);
    assert.equal(email.email, m[2]);
    assert.equal(ex.channels.length, 2);
  });

  it('has the consequence of refusal, security, cookie policy link, transfers and the CNIL', () => {
    const after = (heading: string) => fold(lines[lineIndex((l) => fold(l).startsWith(heading)) + 2]);
    assert.equal(doc.provisionRequirement, after('Section VIII'));
    assert.ok(doc.provisionRequirement.includes('unfortunaltely'));
    assert.equal(textOf(section('security').body), fold(lines.slice(lineIndex((l) => fold(l).startsWith('Section IX')) + 1, lineIndex((l) => fold(l).startsWith('Section X '))).join(' ')));
    assert.equal(doc.cookies.policyUrl, /available at: (https:\/\/\S+)/.exec(after('Section X '))![1]);
    const transfers = after('Section XI');
    const t = doc.internationalTransfers;
    assert.equal(fold(`${t.description} ${textOf(t.transfers[0].description)}`), transfers);
    assert.deepEqual(t.transfers[0].safeguards, ['adequacy-decision', 'standard-contractual-clauses']);
    const complaints = lineIndex((l) => fold(l).startsWith('Section XII'));
    assert.equal(section('complaints').body, fold(lines[complaints + 2]));
    const cnil = /^France : (CNIL) (.+)$/.exec(lines[complaints + 4]);
    assert.ok(cnil);
    assert.deepEqual(doc.supervisoryAuthorities, [{ id: 'cnil', name: cnil[1], country: 'FR', address: { lines: [cnil[2]], country: 'FR' } }]);
  });

  it('shows the CNIL in Section XII, after the complaint paragraph, as the source does', () => {
    const complaints = lineIndex((l) => fold(l).startsWith('Section XII'));
    const xii = lines.slice(complaints + 1).map(fold).filter(Boolean);
    // The section's content: the paragraph (the body, shown first), then the CNIL (the authorities part, shown after).
    assert.equal(xii[0], section('complaints').body);
    assert.match(xii[1], /^France : CNIL /);
    assert.deepEqual(xii.slice(2), ['Back To Top', 'Search'], 'only the web page\'s navigation follows');
    assert.equal(doc.sections.at(-1).id, 'complaints');
    assert.deepEqual(section('complaints').include, ['authorities']);
    const elsewhere = (doc.sections as Json[]).filter((s) => s.id !== 'complaints' && (s.include ?? []).includes('authorities'));
    assert.deepEqual(elsewhere, []);
  });

  it('invents nothing: every text of the document is in the source, but the title the schema requires', () => {
    // Fields whose values are codes, ids, references or dates, not the policy's words (each checked elsewhere).
    const codes = new Set([
      '$schema', 'schemaVersion', 'id', 'defaultLanguage', 'effectiveDate', 'country', 'kind', 'role', 'type', 'basis',
      'safeguards', 'destinations', 'include', 'source', 'legalBases', 'purposes', 'dataCategories', 'dataSubjects',
      'recipients',
    ]);
    const texts: Array<{ path: string; text: string }> = [];
    const walk = (value: unknown, path: string, key: string): void => {
      if (typeof value === 'string') {
        if (!codes.has(key)) texts.push({ path, text: value });
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`, k);
    };
    walk(doc, '', '');
    assert.ok(texts.length > 200, `only ${texts.length} texts: the walk missed some`);
    // Each paragraph and list item on its own (Markdown markers removed), so a text made of source pieces put together
    // in a new order is caught.
    const invented = texts.filter(({ text }) => text.split(/\n+/).map((piece) => textOf(piece)).filter(Boolean).some((piece) => !source.includes(piece)));
    // The source has no title (its text starts at "Effective date"); the schema requires one, so the document has
    // the one invented string "Privacy policy".
    assert.deepEqual(invented, [{ path: '/title', text: 'Privacy policy' }]);
    assert.ok(!fold(lines.slice(0, lineIndex((l) => fold(l).startsWith('Section I '))).join(' ')).toLowerCase().includes('privacy policy'));
  });

  it('has distinctive sentences from every part of the source word for word', () => {
    for (const phrase of [
      'Respecting your private life and your personal data are a priority for the SoftAtHome company.',
      'It’s legal or natural person who determines the purposes and resources of processing, i.e. the goal and the way of achieving it.',
      'It may also be communicated to any administrative, judicial or supervisory authority which benefits from a right of communication based on a provision of the Law',
      'Correction of bugs and anomalies of internet / Homegateway / SetTopBox / Mobile phone / phone / IOT / devices',
      'Management of corporate restructuring operations (mergers and acquisitions) and internal and external audits',
      'Information provided in the online form or through the contact interface (at the user’s choice)',
      'Employees and external service providers of SoftAtHome’s marketing, legal, compliance, HR, R&D and commercial team (depending on the request)',
      'video showing SoftAtHome activities may contain personal data, regarding family, job, gender, opinions …',
      'To perform recruitment, SoftAtHome may receive CV, resumé, cover letter or other personal information through Linkedin, social media or other data controllers as recruitment agencies.',
      'Individuals who use the services provided by SoftAtHome including via their telecom operator (Internet Home gateway, Set Top Box, mobile phone, IOT or services provided by their telecom operator subcontracted to SoftAtHome).',
      'During trade shows, congress and events organisers provide SoftAtHome with the datas of visitors who approached our booths',
      'Data collected from the SoftAtHome pages of the social media X, Linked’IN and Youtube pages',
      'General guidelines need to be registered with a trusted third party. Specific directives need to be sent directly to us.',
      'It is worth noting that this right is not a right to the outright and permanent removal of all your personal data or the account linked to you.',
      'in a structured, commonly used and machinereadable format',
      'You can obtain further information on the transfer of your personal data to third party countries by contacting us via our 5/7 communication channels indicated in Section I "How to contact us".',
      'The list of supervisory authorities in EU countries is available on the website of the EDPB (European Data Protection Board).',
    ]) {
      assert.ok(source.includes(fold(phrase)), `not in the source: ${phrase}`);
      assert.ok(includesPhrase(doc, phrase), `not in the document: ${phrase}`);
    }
  });
});
