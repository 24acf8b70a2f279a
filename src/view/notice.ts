import { partHeadingId, standsAlone } from './anchors.js';
import type { PartPlacement, PlacedParts, ResolvedSection } from '../model/index.js';
import { buildChanges, changedSections } from './changes.js';
import { linkOf } from './links.js';
import { buildPart } from './parts/index.js';
import { placed } from './parts/common.js';
import { rightTitle } from './parts/rights.js';
import { keepSame } from './share.js';
import { weighed } from './trim.js';
import type { ChangesView } from './changes.js';
import type { HeaderView, Inline, NoticeView, SectionView, TocEntry, TocView } from './types.js';
import { weigh } from './weights.js';
import { facts, type Words } from './words.js';

/** The header: title, controller, dates, version, summary, and what the policy applies to under which laws. */
function buildHeader(words: Words): HeaderView {
  const doc = words.policy.document;
  // Services are named by names (no language of their own); laws by titles in the policy's language.
  const named = (item: { name: Parameters<Words['text']>[0]; url?: string }, neutral: boolean): Inline[] =>
    item.url?.startsWith('https:')
      ? linkOf(item.url, [words.linkText(item.name, neutral)!])
      : [(neutral ? words.name(item.name) : words.text(item.name))!];
  const services = (doc.appliesTo ?? []).map((s): Inline[] => {
    const description = words.text(s.description);
    return words.detail(named(s, true), description);
  });
  const summary = words.md(doc.summary);
  return {
    anchor: words.anchor('top'),
    title: words.text(doc.title)!,
    meta: [
      words.sentence('notice.controllerLine', {
        role: words.t('contact.controller'),
        name: words.name(doc.controller.name)!,
      }),
      ...(doc.effectiveDate ? [[words.t('notice.effective', { date: words.ui.date(doc.effectiveDate) })]] : []),
      ...(doc.lastUpdated ? [[words.t('notice.updated', { date: words.ui.date(doc.lastUpdated) })]] : []),
      ...(doc.version ? [[words.t('notice.version', { version: doc.version })]] : []),
    ],
    ...(summary ? { summary } : {}),
    facts: facts([
      [words.t('notice.appliesTo'), services.length ? { kind: 'list', role: 'plain', items: services } : undefined],
      [
        words.t('notice.laws'),
        doc.laws?.length ? { kind: 'list', role: 'plain', items: doc.laws.map((law) => named(law, false)) } : undefined,
      ],
    ]),
  };
}

/** Entries for the rights a placement shows, so every right is reachable from the table of contents. */
function rightEntries(words: Words, placement: PartPlacement): TocEntry[] {
  if (placement.part !== 'rights') return [];
  return placed(words.policy.rights, placement).map((right) => ({
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

interface PartHeading {
  anchor: string;
  label: string;
}

/**
 * The heading of each part a section places, where one is needed: a part is under a heading that says what it is.
 * A titled section that shows only this part says it already; in an untitled section, or beside the section's own
 * text, other parts or subsections, the part gets its name ("Your rights") as a heading.
 */
function partHeadings(words: Words, section: ResolvedSection): Array<PartHeading | undefined> {
  const alone = standsAlone(section);
  const seen = new Map<string, number>();
  return section.include.map((placement) => {
    if (alone) return undefined;
    const n = (seen.get(placement.part) ?? 0) + 1;
    seen.set(placement.part, n);
    return {
      anchor: words.anchor(partHeadingId(section, placement.part, n)),
      label: words.t(`parts.${placement.part}`),
    };
  });
}

/** The entries of what a section places: a part with a heading of its own is an entry, holding its rights. */
function partEntries(words: Words, section: ResolvedSection): TocEntry[] {
  const headings = partHeadings(words, section);
  return section.include.flatMap((placement, i) => {
    const rights = rightEntries(words, placement);
    const heading = headings[i];
    return heading ? [entry(`#${heading.anchor}`, heading.label, rights)] : rights;
  });
}

/** Titled sections become entries; an untitled one hands its entries to the titled section before it. */
function sectionEntries(words: Words, sections: readonly ResolvedSection[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const section of sections) {
    const children = [...partEntries(words, section), ...sectionEntries(words, section.sections)];
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
      entry(`#${words.anchor(p.anchor)}`, words.t(`parts.${p.part}`), rightEntries(words, p)),
    ),
  ];
  // A notice shown a screen at a time counts each entry as an item: the contents of a policy with thousands of
  // sections and rights fill many screens by themselves.
  return entries.length
    ? weighed(0, { anchor: words.anchor('contents'), heading: words.t('notice.contents'), entries })
    : undefined;
}

/**
 * A section at `depth` below the title, the last heading before it at `above`. An untitled section continues the
 * one before it: what it holds sits one level below the last heading (its parent's, when it comes first), so the
 * outline never skips a level.
 */
function buildSection(
  words: Words,
  section: ResolvedSection,
  depth: number,
  above: number,
  changed: ReadonlySet<string>,
): SectionView {
  const inner = section.title === undefined ? Math.min(depth, above) : depth;
  const body = words.md(section.body);
  const headings = partHeadings(words, section);
  return weighed(weigh(section.body), {
    anchor: words.anchor(section.anchor),
    ...(section.title !== undefined ? { title: words.text(section.title)! } : {}),
    ...(section.title !== undefined && changed.has(section.id) ? { changed: words.t('whatChanged.marker') } : {}),
    depth,
    inner,
    ...(body ? { body } : {}),
    parts: section.include.map((placement, i) => {
      const part = buildPart(words, placement);
      const heading = headings[i];
      return heading ? { ...part, anchor: heading.anchor, heading: heading.label } : part;
    }),
    sections: buildSections(words, section.sections, inner + 1, inner, changed),
  });
}

function buildSections(
  words: Words,
  sections: readonly ResolvedSection[],
  depth: number,
  above: number,
  changed: ReadonlySet<string>,
): SectionView[] {
  return sections.map((section) => {
    const view = buildSection(words, section, depth, above, changed);
    if (section.title !== undefined) above = depth;
    return view;
  });
}

/** A part no section shows, in a section of its own headed by the part's name. */
function buildRemaining(
  words: Words,
  placement: PlacedParts['remaining'][number],
  changed: ReadonlySet<string>,
): SectionView {
  return weighed(0, {
    anchor: words.anchor(placement.anchor),
    title: words.t(`parts.${placement.part}`),
    ...(changed.has(placement.anchor) ? { changed: words.t('whatChanged.marker') } : {}),
    depth: 1,
    inner: 1,
    parts: [buildPart(words, placement)],
    sections: [],
  });
}

/**
 * A top-level section this heavy (in items: about 2,500 characters of text, or 50 table rows) is long enough, on a
 * phone, to end with a link back to the contents.
 */
const LONG_SECTION = 50;

/**
 * The notice a piece at a time: the header and the table of contents at once, then its top-level sections (the
 * policy's, in its order, then every part no section shows) as they are asked for. A large notice is built as far
 * as it is shown, so its first screen does not wait for the rest. Pieces equal to those of `previous` (the view
 * this one replaces) are `previous`'s own objects.
 */
export class NoticeBuild {
  readonly header: HeaderView;
  readonly toc?: TocView;
  private readonly pieces: Array<() => SectionView>;
  private readonly built: SectionView[] = [];
  private readonly before: Map<string, SectionView>;
  private weight: number;

  readonly changes?: ChangesView;
  readonly summary?: SectionView;

  constructor(words: Words, previous?: NoticeView) {
    this.header = keepSame(previous?.header, buildHeader(words));
    const { changes: given, changesHidden } = words.reader;
    const changes = changesHidden ? undefined : buildChanges(words, given);
    if (changes) this.changes = keepSame(previous?.changes, changes);
    const changed = changedSections(words, given);
    if (words.reader.summary && !words.policy.parts.placedIn.has('summary'))
      this.summary = keepSame(
        previous?.summary,
        buildRemaining(words, { part: 'summary', anchor: 'section-summary' }, changed),
      );
    const toc = buildToc(words);
    this.toc = toc && keepSame(previous?.toc, toc);
    this.weight = this.toc?.weight ?? 0;
    this.before = new Map((previous?.sections ?? []).map((s) => [s.anchor, s]));
    let above = toc ? 1 : 0;
    const back = toc && { href: `#${toc.anchor}`, label: words.t('notice.backToContents') };
    // A long section ends with a link back to the contents, so a reader does not scroll back up a long way.
    const ended = (view: SectionView): SectionView => (back && view.weight >= LONG_SECTION ? { ...view, back } : view);
    this.pieces = [
      ...words.policy.sections.map((section) => () => {
        const view = buildSection(words, section, 1, above, changed);
        if (section.title !== undefined) above = 1;
        return ended(view);
      }),
      ...words.policy.parts.remaining.map((placement) => () => ended(buildRemaining(words, placement, changed))),
    ];
  }

  get complete(): boolean {
    return this.built.length === this.pieces.length;
  }

  /** Builds sections until the view weighs at least `weight`, or all of them; true when it built any. */
  grow(weight: number): boolean {
    const from = this.built.length;
    while (!this.complete && this.weight < weight) {
      const built = this.pieces[this.built.length]!();
      const view = keepSame(this.before.get(built.anchor), built);
      this.built.push(view);
      this.weight += view.weight;
    }
    return this.built.length > from;
  }

  /** The notice as built so far. */
  get view(): NoticeView {
    return weighed(0, {
      kind: 'notice' as const,
      header: this.header,
      ...(this.changes ? { changes: this.changes } : {}),
      ...(this.summary ? { summary: this.summary } : {}),
      ...(this.toc ? { toc: this.toc } : {}),
      sections: [...this.built],
    });
  }
}

/**
 * The whole notice: header, table of contents, the policy's sections in its order, then every part no section
 * shows, each under a heading of its own.
 */
export function buildNotice(words: Words): NoticeView {
  const build = new NoticeBuild(words);
  build.grow(Infinity);
  return build.view;
}
