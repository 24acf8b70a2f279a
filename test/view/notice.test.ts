// The whole notice's view, built in node for every reference policy in every language it is written in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  anchorLimits,
  buildNoticeView,
  type NoticeView,
  type SectionView,
  type TocEntry,
} from '../../src/view/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { loadExample, normalized, readerOf, REFERENCE, said, stringsIn } from './helpers.js';

function sections(list: readonly SectionView[]): SectionView[] {
  return list.flatMap((s) => [s, ...sections(s.sections)]);
}

function entries(list: readonly TocEntry[]): TocEntry[] {
  return list.flatMap((e) => [e, ...entries(e.children)]);
}

/** Heading depths in document order: sections, and the headings of each section's Markdown one below its inner depth. */
function depths(view: NoticeView): number[] {
  const out = [0, ...(view.toc ? [1] : [])];
  const visit = (section: SectionView) => {
    if (section.title !== undefined) out.push(section.depth);
    section.sections.forEach(visit);
  };
  view.sections.forEach(visit);
  return out;
}

describe('buildNoticeView', () => {
  for (const name of REFERENCE) {
    it(`builds ${name} in every language it has, with no raw UI key and its own title`, async () => {
      const doc = await loadExample(name);
      const policy = normalized(doc);
      for (const lang of policy.languages) {
        const { body: view, lang: uiLang } = buildNoticeView(policy, await readerOf(policy, lang));
        assert.equal(uiLang.split('-')[0], lang.split('-')[0]);
        const title = typeof doc.title === 'string' ? doc.title : doc.title[lang];
        assert.equal(view.header.title.value, title);
        const raw = stringsIn(view).filter((s) => /^[a-z]+\.[a-zA-Z-]+$/.test(s) && !s.includes(' '));
        assert.deepEqual(raw, [], `${name} ${lang}`);
      }
    });

    it(`${name}: every right and every titled section is in the contents, and every entry has a target`, async () => {
      const doc = await loadExample(name);
      const { body: view } = buildNoticeView(normalized(doc), await readerOf(normalized(doc)));
      const targets = anchorLimits(view);
      const hrefs = entries(view.toc?.entries ?? []).map((e) => e.href.slice(1));
      for (const right of doc.rights ?? []) assert.ok(hrefs.includes(`right-${right.id}`), right.id);
      for (const href of hrefs) assert.ok(targets.has(href), href);
      for (const section of sections(view.sections))
        if (section.title !== undefined) assert.ok(hrefs.includes(section.anchor), section.anchor);
    });

    it(`${name}: sections keep the author's order and headings never skip a level`, async () => {
      const doc = await loadExample(name);
      const { body: view } = buildNoticeView(normalized(doc), await readerOf(normalized(doc)));
      const ids = (list: Array<{ id: string; sections?: unknown[] }>): string[] =>
        list.flatMap((s) => [`section-${s.id}`, ...ids((s.sections ?? []) as Array<{ id: string }>)]);
      const own = sections(view.sections)
        .map((s) => s.anchor)
        .filter((a) => !a.startsWith('section-') || ids(doc.sections ?? []).includes(a));
      assert.deepEqual(
        own.filter((a) => ids(doc.sections ?? []).includes(a)),
        ids(doc.sections ?? []),
      );
      const levels = depths(view);
      levels.forEach(
        (depth, i) => i && assert.ok(depth <= levels[i - 1]! + 1, `heading ${i} at ${depth} after ${levels[i - 1]}`),
      );
      for (const section of sections(view.sections)) assert.ok(section.inner <= section.depth);
    });
  }

  it('d-home-smaart in French is French throughout: no text marked as another language, no fallback note', async () => {
    const policy = normalized(await loadExample('d-home-smaart'));
    const screen = buildNoticeView(policy, await readerOf(policy, 'fr'));
    assert.equal(screen.fallbackNote, undefined);
    assert.deepEqual(stringsIn(screen.body).length > 100, true);
    const langs = new Set<string>();
    JSON.stringify(screen.body, (key, value) => (key === 'lang' && langs.add(value), value));
    assert.deepEqual([...langs], []);
  });

  it('marks text that fell back to another language with that language, and says which in the note', async () => {
    const doc = await loadExample('d-home-smaart');
    doc.title = { en: 'Privacy policy', fr: 'Politique de confidentialité' };
    doc.controller.name = { en: 'The English name only' };
    const policy = normalized(doc);
    const screen = buildNoticeView(policy, await readerOf(policy, 'fr'));
    assert.equal(said(screen.body.header.meta[0]), 'Responsable du traitement : The English name only');
    assert.deepEqual(screen.body.header.meta[0]!.at(-1), { value: 'The English name only', lang: 'en', dir: 'ltr' });
    assert.match(screen.fallbackNote!, /anglais/);
  });

  it('gives each part no section places a section of its own after the policy’s sections, headed by its name', async () => {
    const doc = await loadExample('smartbt');
    const unplace = (list: Array<{ include?: unknown; sections?: unknown[] }>) =>
      list.forEach((s) => (delete s.include, unplace((s.sections ?? []) as typeof list)));
    unplace(doc.sections);
    const policy = normalized(doc);
    const { body: view } = buildNoticeView(policy, await readerOf(policy));
    assert.ok(policy.parts.remaining.length > 5);
    const tail = view.sections.slice(-policy.parts.remaining.length);
    assert.deepEqual(
      tail.map((s) => s.anchor),
      policy.parts.remaining.map((p) => p.anchor),
    );
    assert.deepEqual(
      tail.map((s) => s.title),
      policy.parts.remaining.map((p) => en.parts[p.part]),
    );
    assert.ok(
      tail.every(
        (s) =>
          s.depth === 1 &&
          s.inner === 1 &&
          s.parts.length === 1 &&
          s.parts[0]!.part === policy.parts.remaining[tail.indexOf(s)]!.part,
      ),
    );
  });

  it('puts an untitled section’s content one level below the heading before it, and anchors it', async () => {
    const doc = await loadExample('smarti');
    doc.sections = [
      { id: 'intro', body: 'Before any heading.' },
      { id: 'a', title: 'A', body: 'x' },
      { id: 'a2', body: 'continues A', sections: [{ id: 'a2-1', title: 'Under A' }] },
    ];
    const policy = normalized(doc);
    const { body: view } = buildNoticeView(policy, await readerOf(policy));
    const [intro, a, a2] = view.sections;
    assert.deepEqual([intro!.depth, intro!.inner, intro!.title], [1, 1, undefined]);
    assert.deepEqual([a!.depth, a!.inner], [1, 1]);
    assert.deepEqual([a2!.anchor, a2!.inner, a2!.sections[0]!.depth], ['section-a2', 1, 2]);
    const toc = view.toc!.entries.map((e) => [e.href, e.children.map((c) => c.href)]);
    assert.deepEqual(toc[0], ['#section-a', ['#section-a2-1']]);
  });

  it('heads each part a section places with its name, unless the section’s own title is all it shows', async () => {
    const doc = await loadExample('smarti');
    const rights = (doc.rights as Array<{ id: string }>).map((r) => r.id);
    doc.sections = [
      { id: 'rights', title: 'Your rights under the GDPR', include: [{ part: 'rights', ids: rights.slice(1) }] },
      { id: 'use', title: 'How we use data', body: 'We use it.', include: ['purposes', 'retention'] },
      { id: 'more', include: [{ part: 'rights', ids: rights.slice(0, 1) }, 'contacts'] },
    ];
    const policy = normalized(doc);
    const { body: view } = buildNoticeView(policy, await readerOf(policy));
    const heads = view.sections.slice(0, 3).map((s) => s.parts.map((p) => [p.heading, p.anchor]));
    assert.deepEqual(heads, [
      [[undefined, undefined]],
      [
        [en.parts.purposes, 'section-use-purposes'],
        [en.parts.retention, 'section-use-retention'],
      ],
      [
        [en.parts.rights, 'section-more-rights'],
        [en.parts.contacts, 'section-more-contacts'],
      ],
    ]);
    // The contents follow the outline: the untitled section's parts are entries under the title before it.
    const toc = view.toc!.entries.map((e) => [e.href, e.children.map((c) => [c.href, c.children.length])]);
    assert.deepEqual(toc.slice(1, 2), [
      [
        '#section-use',
        [
          ['#section-use-purposes', 0],
          ['#section-use-retention', 0],
          ['#section-more-rights', 1],
          ['#section-more-contacts', 0],
        ],
      ],
    ]);
    assert.ok(anchorLimits(view).has('section-more-rights'), 'a deep link to a part heading can reveal it');
  });

  it('ends each long top-level section with a link back to the contents, and no short one', async () => {
    const policy = normalized(await loadExample('cr-smart-home'));
    const { body: view } = buildNoticeView(policy, await readerOf(policy, 'en', { anchorPrefix: 'pn' }));
    const backs = view.sections.map((s) => [typeof s.title === 'string' ? s.title : s.title?.value, s.back?.href]);
    const titled = (title: string) => backs.find(([t]) => t === title)![1];
    assert.equal(titled('What Personal Data do we collect'), '#pn-contents');
    assert.equal(titled('Children’s Privacy'), undefined);
    assert.equal(view.sections.find((s) => s.back)!.back!.label, 'Back to contents');
  });

  it('prefixes every anchor and link with anchor-prefix, and leaves copy links out of static HTML', async () => {
    const policy = normalized(await loadExample('smartbt'));
    const prefixed = buildNoticeView(policy, await readerOf(policy, 'en', { anchorPrefix: 'app', static: true })).body;
    assert.ok([...anchorLimits(prefixed).keys()].every((a) => a.startsWith('app-')));
    assert.ok(entries(prefixed.toc!.entries).every((e) => e.href.startsWith('#app-')));
    const rights = sections(prefixed.sections)
      .flatMap((s) => s.parts)
      .flatMap((p) => (p.part === 'rights' ? p.rights : []));
    assert.ok(rights.length > 5);
    assert.ok(rights.every((r) => r.copyLink === undefined && r.anchor.startsWith('app-right-')));
  });
});
