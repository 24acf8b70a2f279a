/**
 * A fast-check arbitrary for whole, valid policy documents: every kind of part, references between them, sections
 * nested three deep (some untitled) that place parts or single rights, text in one to three languages. A test
 * proves the validator accepts everything it generates.
 */
import fc from 'fast-check';
import { email, id, ids, localized, markdown, phrase, someOf } from './text.js';

const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw-consent',
  'complaint',
  'know',
  'delete',
  'opt-out-of-sale-or-sharing',
];
const BASES = ['consent', 'contract', 'legal-obligation', 'legitimate-interests'];
const COOKIE_KINDS = ['strictly-necessary', 'functional', 'analytics', 'marketing'];
const PERMISSIONS = ['location', 'camera', 'microphone', 'bluetooth', 'notifications', 'homekit', 'other'];
const PARTS = [
  'contacts',
  'data-categories',
  'purposes',
  'recipients',
  'cookies',
  'permissions',
  'consents',
  'rights',
  'children',
];

type Doc = Record<string, unknown>;

/**
 * `g(builder, ...args)` caches the arbitrary it builds by builder and arguments, for the whole run: a builder made
 * anew on each call (`g(() => x)`) is a new cache entry every time, and 10,000 runs then exhausted the heap. So
 * every builder here is a stable function with arguments from a small set, and a ready arbitrary goes through this
 * one.
 */
const always = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> => arb;
type Section = { id: string; title?: unknown; body?: unknown; include?: unknown[]; sections?: Section[] };

export const validPolicy: fc.Arbitrary<Doc> = fc.gen().map((g) => {
  const defaultLanguage = g(fc.constantFrom, 'en', 'fr', 'ar', 'zh-Hant');
  const languages = [
    defaultLanguage,
    ...g(
      someOf,
      ['en', 'fr', 'de', 'he'].filter((l) => l !== defaultLanguage),
      2,
    ),
  ];
  const text = () => g(localized, languages);
  const md = () => g(localized, languages, markdown);
  const maybe = <T>(make: () => T): T | undefined => (g(fc.boolean) ? make() : undefined);
  // Picks from lists made in this run (ids) go by booleans and indexes: arguments that differ on every run would make
  // fast-check's cache, which it scans entry by entry, grow with every run.
  const pick = <T>(items: readonly T[]) => items.filter(() => g(fc.boolean));
  const one = <T>(items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })]!;

  const categories = g(ids, 4).map((cid) => ({
    id: cid,
    label: text(),
    examples: maybe(() => [text(), text()]),
    sensitive: maybe(() => true),
  }));
  const recipients = g(ids, 3).map((rid) => ({ id: rid, label: text(), kind: maybe(() => 'processor') }));
  const purposes = g(ids, 3).map((pid) => ({
    id: pid,
    label: text(),
    description: maybe(md),
    legalBases: pick(BASES),
    dataCategories: pick(categories.map((c) => c.id)),
    recipients: pick(recipients.map((r) => r.id)),
  }));
  const cookieCategories = g(ids, 3).map((cid) => ({
    id: cid,
    kind: g(fc.constantFrom, ...COOKIE_KINDS),
    label: text(),
  }));
  const cookies =
    cookieCategories.length === 0
      ? []
      : g(fc.array, phrase, { maxLength: 4 }).map((name) => ({
          name,
          category: one(cookieCategories.map((c) => c.id)),
          purpose: text(),
          duration: maybe(() => g(fc.constantFrom, 'P13M', 'session', 'PT30M')),
        }));
  const permissions = g(ids, 3).map((pid) => ({
    id: pid,
    permission: g(fc.constantFrom, ...PERMISSIONS),
    label: text(),
    purpose: md(),
    disable: maybe(() => ({ inAppPath: [text(), text()] })),
  }));
  const consents = g(ids, 2).map((cid) => ({ id: cid, label: text(), purpose: maybe(() => purposes[0]?.id) }));
  const channel = () => ({ type: 'email', email: g(always, email), subject: maybe(text) });
  const catalog = pick(RIGHTS).map((rid) => ({
    id: rid,
    title: maybe(text),
    description: maybe(md),
    channels: maybe(() => [channel()]),
  }));
  const custom = g(ids, 2)
    .filter((rid) => !RIGHTS.includes(rid))
    .map((rid) => ({ id: rid, custom: true, title: text(), description: maybe(md) }));
  const rights = [...catalog, ...custom];

  // Sections: each one's parent is an earlier section (or none), at most three levels; ids unique across the tree.
  const sectionIds = g(ids, 6);
  const flat: Section[] = sectionIds.map((sid) => ({
    id: sid,
    title: g(fc.integer, { min: 0, max: 4 }) === 0 ? undefined : text(),
    body: maybe(md),
  }));
  const depth: number[] = [];
  const top: Section[] = [];
  flat.forEach((section, k) => {
    const parent = k === 0 ? -1 : g(fc.integer, { min: -1, max: k - 1 });
    depth[k] = parent < 0 || depth[parent]! >= 2 ? 0 : depth[parent]! + 1;
    if (depth[k] === 0) top.push(section);
    else (flat[parent]!.sections ??= []).push(section);
  });
  // Each part goes to at most one section; the rights may instead be placed one by one.
  for (const part of pick(PARTS)) {
    if (flat.length === 0) break;
    const home = flat[g(fc.integer, { min: 0, max: flat.length - 1 })]!;
    const some = part === 'rights' && g(fc.boolean) ? pick(rights.map((r) => r.id)) : [];
    const inclusion = some.length > 0 ? { part, ids: some } : part;
    (home.include ??= []).push(inclusion);
  }

  const doc: Doc = {
    schemaVersion: '1.0.0',
    id: g(always, id),
    defaultLanguage,
    ...(languages.length > 1 || g(fc.boolean) ? { languages } : {}),
    title: text(),
    summary: maybe(md),
    effectiveDate: maybe(() => '2025-04-30'),
    controller: { name: text(), email: maybe(() => g(always, email)) },
    dataCategories: categories,
    recipients,
    purposes,
    permissions,
    consentPurposes: consents,
    rights,
    rightsExercise: maybe(() => ({ introduction: md(), channels: [channel()] })),
    cookies: cookieCategories.length ? { categories: cookieCategories, items: cookies } : undefined,
    children: maybe(() => ({ minimumAge: g(fc.integer, { min: 0, max: 21 }) })),
    sections: top,
  };
  return JSON.parse(JSON.stringify(doc)) as Doc; // drops the undefined members
});
