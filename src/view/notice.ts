import type { PartPlacement, ResolvedSection } from '../model/index.js';
import { linkOf } from './links.js';
import { buildPart } from './parts/index.js';
import { placed } from './parts/common.js';
import { rightTitle } from './parts/rights.js';
import { weighed } from './trim.js';
import type { HeaderView, Inline, NoticeView, SectionView, TocEntry, TocView } from './types.js';
import { weigh } from './weights.js';
import { facts, type Words } from './words.js';

/** The header: title, controller, dates, version, summary, and what the policy applies to under which laws. */
function buildHeader(words: Words): HeaderView {
  const doc = words.policy.document;
  const named = (item: { name: Parameters<Words['text']>[0]; url?: string }): Inline[] =>
    item.url?.startsWith('https:') ? linkOf(item.url, [words.linkText(item.name)!]) : [words.text(item.name)!];
  const services = (doc.appliesTo ?? []).map((s): Inline[] => {
    const description = words.text(s.description);
    return [...named(s), ...(description ? [' — ', description] : [])];
  });
  const summary = words.md(doc.summary);
  return {
    anchor: words.anchor('top'),
    title: words.text(doc.title)!,
    meta: [
      [`${words.t('contact.controller')}: `, words.text(doc.controller.name)!],
      ...(doc.effectiveDate ? [[words.t('notice.effective', { date: words.ui.date(doc.effectiveDate) })]] : []),
      ...(doc.lastUpdated ? [[words.t('notice.updated', { date: words.ui.date(doc.lastUpdated) })]] : []),
      ...(doc.version ? [[words.t('notice.version', { version: doc.version })]] : []),
    ],
    ...(summary ? { summary } : {}),
    facts: facts([
      [words.t('notice.appliesTo'), services.length ? { kind: 'list', role: 'plain', items: services } : undefined],
      [
        words.t('notice.laws'),
        doc.laws?.length ? { kind: 'list', role: 'plain', items: doc.laws.map(named) } : undefined,
      ],
    ]),
  };
}

/** Entries for the rights a placement shows, so every right is reachable from the table of contents. */
function rightEntries(words: Words, placements: readonly PartPlacement[]): TocEntry[] {
  return placements
    .filter((p) => p.part === 'rights')
    .flatMap((p) => placed(words.policy.rights, p))
    .map((right) => ({
      weight: 1,
      href: `#${words.anchor(right.anchor)}`,
      label: rightTitle(words, right, true),
      children: [],
    }));
}

/** A table-of-contents entry weighs one, and what it holds. */
function entry(href: string, label: Inline, children: TocEntry[]): TocEntry {
  return weighed(1, { href, label, children });
}

/** Titled sections become entries; an untitled one hands its entries to the titled section before it. */
function sectionEntries(words: Words, sections: readonly ResolvedSection[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const section of sections) {
    const children = [...rightEntries(words, section.include), ...sectionEntries(words, section.sections)];
    const last = entries[entries.length - 1];
    if (section.title !== undefined)
      entries.push(entry(`#${words.anchor(section.anchor)}`, words.linkText(section.title)!, children));
    else if (last) entries[entries.length - 1] = entry(last.href, last.label, [...last.children, ...children]);
    else entries.push(...children);
  }
  return entries;
}

/** The table of contents: every titled section, every structured part shown on its own, every right. */
function buildToc(words: Words): TocView | undefined {
  const entries = [
    ...sectionEntries(words, words.policy.sections),
    ...words.policy.parts.remaining.map((p) =>
      entry(`#${words.anchor(p.anchor)}`, words.t(`parts.${p.part}`), rightEntries(words, [p])),
    ),
  ];
  // A notice shown a screen at a time counts each entry as an item: the contents of a policy with thousands of
  // sections and rights fill many screens by themselves.
  return entries.length
    ? weighed(0, { anchor: words.anchor('contents'), heading: words.t('notice.contents'), entries })
    : undefined;
}

/**
 * Sibling sections at `depth` below the title, the last heading before them at `above`. An untitled section
 * continues the one before it: what it holds sits one level below the last heading (its parent's, when it comes
 * first), so the outline never skips a level.
 */
function buildSections(
  words: Words,
  sections: readonly ResolvedSection[],
  depth: number,
  above: number,
): SectionView[] {
  return sections.map((section) => {
    const inner = section.title === undefined ? Math.min(depth, above) : depth;
    if (section.title !== undefined) above = depth;
    const body = words.md(section.body);
    return weighed(weigh(section.body), {
      anchor: words.anchor(section.anchor),
      ...(section.title !== undefined ? { title: words.text(section.title)! } : {}),
      depth,
      inner,
      ...(body ? { body } : {}),
      parts: section.include.map((placement) => buildPart(words, placement)),
      sections: buildSections(words, section.sections, inner + 1, inner),
    });
  });
}

/**
 * The whole notice: header, table of contents, the policy's sections in its order, then every part no section
 * shows, each under a heading of its own.
 */
export function buildNotice(words: Words): NoticeView {
  const toc = buildToc(words);
  const header = buildHeader(words);
  const remaining = words.policy.parts.remaining.map((placement): SectionView =>
    weighed(0, {
      anchor: words.anchor(placement.anchor),
      title: words.t(`parts.${placement.part}`),
      depth: 1,
      inner: 1,
      parts: [buildPart(words, placement)],
      sections: [],
    }),
  );
  return weighed(0, {
    kind: 'notice' as const,
    header,
    ...(toc ? { toc } : {}),
    sections: [...buildSections(words, words.policy.sections, 1, toc ? 1 : 0), ...remaining],
  });
}
