// Issue 15: what the notice says of a new version. With the changes from the version a reader knew, the notice
// opens with "What changed on <date>" (each entry naming the part and the item, in the policy's words, and linking
// to where it is shown now), marks the sections that hold a change, and, when the reader's choices were made under
// the old version and a change is consent-relevant, names those changes in the review prompt.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadUi } from '../../src/i18n/ui.js';
import { comparePolicies } from '../../src/model/diff.js';
import type { PolicyChanges } from '../../src/model/index.js';
import { buildChoicesView, buildNoticeView, type NoticeView, type SectionView } from '../../src/view/index.js';
import { choices, normalized, readerOf } from './helpers.js';

const shop = (version: string) =>
  normalized(JSON.parse(readFileSync(new URL(`../fixtures/changes/shop-${version}.json`, import.meta.url), 'utf8')));
const [v1, v2, v3] = [shop('v1'), shop('v2'), shop('v3')];

async function notice(changes: PolicyChanges, extra = {}, lang = 'en') {
  const policy = changes.to.version === '3' ? v3 : v2;
  return buildNoticeView(policy, await readerOf(policy, lang, { changes, ...extra })).body as NoticeView;
}
const marked = (sections: readonly SectionView[]): string[] =>
  sections.flatMap((s) => [...(s.changed ? [`${s.anchor}: ${s.changed}`] : []), ...marked(s.sections)]);

describe('what changed, in the notice', () => {
  it('opens with what changed on the date of the new version, each entry linking to where it is shown', async () => {
    const view = await notice(comparePolicies(v1.document, v2.document));
    assert.equal(view.changes?.heading, 'What changed on January 15, 2026');
    assert.deepEqual(
      view.changes?.entries.map((e) => ({ href: e.href, where: e.where, what: e.what, status: e.status })),
      [
        { href: '#section-contacts', where: 'Contact', what: undefined, status: 'Changed' },
        { href: '#section-intro', where: { value: 'About this policy' }, what: undefined, status: 'Changed' },
      ],
    );
    assert.deepEqual(marked(view.sections), [
      'section-intro: Changed in this version',
      'section-contacts: Changed in this version',
    ]);
  });

  it('names an added item in the policy words, consent-relevant changes first, in the reader language', async () => {
    const changes = comparePolicies(v2.document, v3.document);
    const view = await notice(changes);
    assert.deepEqual(view.changes?.entries, [
      {
        href: '#section-cookies',
        where: { value: 'Cookies' },
        what: '_pixel',
        status: 'Added',
        line: [
          {
            kind: 'link',
            href: '#section-cookies',
            external: false,
            literal: false,
            words: [{ value: 'Cookies' }, ': ', '_pixel'],
          },
          ' (',
          { kind: 'span', role: 'change-status', content: ['Added'] },
          ')',
        ],
        consentRelevant: true,
      },
    ]);
    assert.deepEqual(marked(view.sections), ['section-cookies: Changed in this version']);
    // An English policy read with German UI strings (a page in German): the library's words are German.
    const german = await notice(changes, { ui: await loadUi('de') });
    assert.equal(german.changes?.heading, 'Was sich am 2. November 2026 geändert hat');
    assert.equal(german.changes?.entries[0]?.status, 'Neu');
    // Japanese writes the aside with full-width parentheses, from its own pattern.
    const japanese = await notice(changes, { ui: await loadUi('ja') });
    assert.deepEqual(
      japanese.changes?.entries[0]?.line.filter((p) => typeof p === 'string'),
      ['（', '）'],
    );
  });

  it('leaves the summary out when the reader hid it, and keeps the marks', async () => {
    const view = await notice(comparePolicies(v2.document, v3.document), { changesHidden: true });
    assert.equal(view.changes, undefined);
    assert.deepEqual(marked(view.sections), ['section-cookies: Changed in this version']);
  });

  it('says nothing of changes into another policy', async () => {
    const other = { ...comparePolicies(v2.document, v3.document), policyId: 'other' };
    const view = await notice(other);
    assert.equal(view.changes, undefined);
    assert.deepEqual(marked(view.sections), []);
  });

  it('names the consent-relevant changes when it asks the reader to review their choices', async () => {
    const changes = comparePolicies(v2.document, v3.document);
    const reader = await readerOf(v3, 'en', { changes, choices: choices({}, true) });
    const view = buildChoicesView(v3, reader).body as { outdated?: string };
    assert.equal(
      view.outdated,
      'This policy has changed since you last chose. Please review your choices. What changed: Cookies: _pixel.',
    );
    const informational = await readerOf(v2, 'en', {
      changes: comparePolicies(v1.document, v2.document),
      choices: choices({}, true),
    });
    assert.equal(
      (buildChoicesView(v2, informational).body as { outdated?: string }).outdated,
      'This policy has changed since you last chose. Please review your choices.',
    );
  });
});
