// The summary (the first layer), in node: what each line says, that it uses the policy's words only, and that every
// line links to a place the full notice has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNoticeView, buildSummaryView, type SummaryView } from '../../src/view/index.js';
import { fit } from '../../src/view/parts/summary.js';
import { loadExample, normalized, readerOf, REFERENCE, said, type ReferencePolicy } from './helpers.js';
import type { Reader } from '../../src/view/index.js';

async function summary(doc: Record<string, any> | ReferencePolicy, lang = 'en', extra: Partial<Reader> = {}) {
  const policy = normalized(typeof doc === 'string' ? await loadExample(doc) : doc);
  const reader = await readerOf(policy, lang, extra);
  const screen = buildSummaryView(policy, reader);
  const notice = buildNoticeView(policy, reader);
  return { view: screen.body.part as SummaryView & { heading: string; anchor: string }, notice, policy };
}

/** Every anchor id a view gives its headings and rights. */
function anchors(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => anchors(v, found));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'anchor' && typeof v === 'string') found.add(v);
      else anchors(v, found);
    }
  return found;
}

const line = (view: SummaryView, part: string) => view.rows.find((r) => r.part === part);

describe('the summary', () => {
  for (const name of REFERENCE)
    it(`${name}: every line and every right links to a place the full notice has`, async () => {
      const { view, notice } = await summary(name);
      const ids = anchors(notice);
      assert.ok(view.rows.length >= 3);
      for (const row of view.rows) {
        assert.ok(ids.has(row.href.slice(1)), `${row.part}: ${row.href}`);
        for (const piece of row.content)
          if (typeof piece === 'object' && 'kind' in piece && piece.kind === 'link')
            assert.ok(ids.has(piece.href.slice(1)), piece.href);
      }
    });

  it('goes through the parts in a fixed order, leaving out what the policy does not say', async () => {
    const { view } = await summary('cr-smart-home');
    assert.deepEqual(
      view.rows.map((r) => r.part),
      ['contacts', 'data-categories', 'purposes', 'recipients', 'retention', 'transfers', 'consents', 'rights'],
    );
    assert.deepEqual(
      view.rows.map((r) => r.label),
      [
        'Data controller',
        'Personal data we process',
        'Why we process your data',
        'Who receives your data',
        'How long we keep your data',
        'Where your data is stored and transferred',
        'Your choices',
        'Your rights',
      ],
    );
    // smartbt lists its data in prose: no line for data categories, none for recipients.
    const { view: smartbt } = await summary('smartbt');
    assert.deepEqual(
      smartbt.rows.map((r) => r.part),
      ['contacts', 'purposes', 'transfers', 'rights'],
    );
  });

  it("says it in the policy's words, whole, and counts the rest", async () => {
    const doc = await loadExample('softathome');
    const { view } = await summary(doc);
    const data = line(view, 'data-categories')!;
    const shown = doc.dataCategories.filter((c: { label: string }) => said(data.content).includes(c.label));
    assert.ok(shown.length >= 1);
    assert.equal(
      said(data.content),
      `${shown.map((c: { label: string }) => c.label).join(', ')}, and ${doc.dataCategories.length - shown.length} more`,
    );
    const { view: smarti } = await summary('smarti');
    assert.equal(said(line(smarti, 'data-categories')!.content), 'Name, Address, Phone number, and 1 more');
    assert.equal(said(line(smarti, 'contacts')!.content), 'SMARTi AS');
  });

  it('marks sensitive data in words', async () => {
    const { view } = await summary('cr-smart-home');
    const doc = await loadExample('cr-smart-home');
    doc.dataCategories.unshift({ id: 'health', label: 'Health data', sensitive: true });
    const { view: marked } = await summary(doc);
    assert.match(said(line(marked, 'data-categories')!.content), /^Health data \(Sensitive data\),? (and )?/);
    assert.ok(!said(line(view, 'data-categories')!.content).includes('Sensitive'));
  });

  it('names each right with a link to it, and the controller with its trading name', async () => {
    const { view } = await summary('cr-smart-home');
    const rights = line(view, 'rights')!;
    const links = rights.content.filter((p) => typeof p === 'object' && 'kind' in p && p.kind === 'link');
    assert.deepEqual(
      links.map((l) => (l as { href: string }).href),
      ['#right-access'],
    );
    assert.equal(said(line(view, 'contacts')!.content), 'CR Group Co., Ltd — CR Smart Home');
  });

  it("in the reader's language, with anchors prefixed, or links to another page", async () => {
    const { view } = await summary('d-home-smaart', 'fr', { anchorPrefix: 'pn', noticeUrl: 'privacy.html' });
    assert.equal(view.heading, 'En bref');
    const data = line(view, 'data-categories')!;
    assert.equal(data.label, 'Données personnelles que nous traitons');
    assert.match(said(data.content), /^Données d’inscription.* et \d+ de plus$/);
    for (const row of view.rows) assert.match(row.href, /^privacy\.html#pn-/);
  });

  it('says nothing the policy does not: recipients only by its statement or their names', async () => {
    const doc = await loadExample('smarti');
    doc.noRecipients = true;
    const { view } = await summary(doc);
    assert.equal(said(line(view, 'recipients')!.content), 'Personal data is not disclosed to any recipient.');
  });

  it('fits whole items into a line, at least one, however long', () => {
    assert.deepEqual(
      fit(['a'.repeat(100), 'b'], (s) => s.length),
      { shown: ['a'.repeat(100)], more: 1 },
    );
    assert.deepEqual(
      fit(['abc', 'def', 'ghi'], (s) => s.length, 10),
      { shown: ['abc', 'def'], more: 1 },
    );
    assert.deepEqual(
      fit([], (s: string) => s.length),
      { shown: [], more: 0 },
    );
  });
});
