import { policyHash } from './hash.js';
import { versionOf } from './version-of.js';
export { versionOf };
import type { PrivacyPolicyDocument } from './policy.generated.js';

/**
 * What changed between two versions of one policy, by stable ids rather than by lines of text: each purpose, data
 * category, recipient, transfer, cookie, permission, consent purpose, right, contact, authority and section is found
 * in both versions by its id (a cookie by its name, an authority by its address), and each of its fields compared.
 * Each change is classified by the first rule of {@link RULES} it meets: consent-relevant (a reader's earlier choice
 * no longer covers what the policy now does) or informational.
 */
export interface PolicyChange {
  /** What changed and how: `purpose-added`, `cookie-removed`, `consent-purpose-changed`, `field-changed`... */
  kind: string;
  /** JSON Pointer to the value: in the new version, or in the old one for something removed. */
  path: string;
  /** The collection the item belongs to (`purpose`, `cookie`, `section`...); absent for a top-level field. */
  item?: string;
  /** The item's id in its collection (a cookie's name, an authority's address). */
  id?: string;
  /** For a changed item: the field that changed. */
  field?: string;
  /** The value before (absent when added). */
  before?: unknown;
  /** The value after (absent when removed). */
  after?: unknown;
  /** Whether a reader's consent given under the old version no longer covers the new one. */
  consentRelevant: boolean;
  /** The rule of {@link RULES} that classified it, or `informational`. */
  rule: string;
}

type Doc = PrivacyPolicyDocument & Record<string, unknown>;
type Item = Record<string, unknown>;

/** The id-keyed collections of a policy: where they are, what an item is called, and its key. */
const COLLECTIONS: Array<{ path: string[]; item: string; key: (item: Item) => string | undefined }> = [
  { path: ['sections'], item: 'section', key: (i) => i.id as string },
  { path: ['purposes'], item: 'purpose', key: (i) => i.id as string },
  { path: ['dataCategories'], item: 'data-category', key: (i) => i.id as string },
  { path: ['dataSubjects'], item: 'data-subject', key: (i) => i.id as string },
  { path: ['sources'], item: 'source', key: (i) => i.id as string },
  { path: ['recipients'], item: 'recipient', key: (i) => i.id as string },
  { path: ['processingActivities'], item: 'processing-activity', key: (i) => i.id as string },
  { path: ['retention', 'rules'], item: 'retention-rule', key: (i) => i.id as string },
  { path: ['internationalTransfers', 'transfers'], item: 'transfer', key: (i) => i.id as string },
  { path: ['cookies', 'categories'], item: 'cookie-category', key: (i) => i.id as string },
  { path: ['cookies', 'items'], item: 'cookie', key: (i) => i.name as string },
  { path: ['permissions'], item: 'permission', key: (i) => i.id as string },
  { path: ['consentPurposes'], item: 'consent-purpose', key: (i) => i.id as string },
  { path: ['rights'], item: 'right', key: (i) => i.id as string },
  {
    path: ['contacts'],
    item: 'contact',
    key: (i) => (i.id ?? i.email ?? i.url ?? i.phone) as string | undefined,
  },
  {
    path: ['supervisoryAuthorities'],
    item: 'supervisory-authority',
    key: (i) => (i.url ?? i.email ?? JSON.stringify(i.name)) as string | undefined,
  },
];

/** Fields that say which version a document is, not what it says: a change to them alone changes nothing. */
const VERSION_FIELDS = new Set(['$schema', 'version', 'lastUpdated', 'effectiveDate', 'schemaVersion']);

const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');
const pointer = (tokens: Array<string | number>) => tokens.map((t) => `/${escapeToken(String(t))}`).join('');
const isObject = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The objects of a JSON array (none for anything else). */
const list = (v: unknown): Item[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Deep equality of JSON values (key order does not count). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}

/** The raw changes, before classification. */
type Raw = Omit<PolicyChange, 'consentRelevant' | 'rule'>;

function diffItems(
  item: string,
  key: (i: Item) => string | undefined,
  before: unknown,
  after: unknown,
  at: Array<string | number>,
  out: Raw[],
): void {
  const old = list(before);
  const next = list(after);
  const oldByKey = new Map(old.map((v, i) => [key(v) ?? `#${i}`, { value: v, index: i }]));
  const newByKey = new Map(next.map((v, i) => [key(v) ?? `#${i}`, { value: v, index: i }]));
  for (const [id, { value, index }] of newByKey) {
    const was = oldByKey.get(id);
    if (!was) {
      out.push({ kind: `${item}-added`, item, id, path: pointer([...at, index]), after: value });
      continue;
    }
    const fields = new Set([...Object.keys(was.value), ...Object.keys(value)]);
    for (const field of fields) {
      if (item === 'section' && field === 'sections') continue; // subsections are items of their own
      if (!sameJson(was.value[field], value[field]))
        out.push({
          kind: `${item}-changed`,
          item,
          id,
          field,
          path: pointer([...at, index, field]),
          ...(field in was.value ? { before: was.value[field] } : {}),
          ...(field in value ? { after: value[field] } : {}),
        });
    }
    if (item === 'section') diffItems(item, key, was.value.sections, value.sections, [...at, index, 'sections'], out);
  }
  for (const [id, { value, index }] of oldByKey) {
    if (!newByKey.has(id))
      out.push({ kind: `${item}-removed`, item, id, path: pointer([...at, index]), before: value });
  }
}

/** Every field outside the collections, compared as a whole (an object field by field, down to the collections). */
function diffFields(before: unknown, after: unknown, at: string[], out: Raw[]): void {
  const collection = COLLECTIONS.find((c) => sameJson(c.path, at));
  if (collection) return diffItems(collection.item, collection.key, before, after, at, out);
  // An object (the controller, the DPO, a text in several languages) field by field; one that holds a collection
  // (cookies, retention) also when the other version lacks it, so its items are each added or removed.
  const holdsCollection = COLLECTIONS.some(
    (c) => c.path.length > at.length && sameJson(c.path.slice(0, at.length), at),
  );
  if ((isObject(before) && isObject(after)) || (holdsCollection && (isObject(before) || isObject(after)))) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    for (const field of new Set([...Object.keys(b), ...Object.keys(a)]))
      diffFields(b[field], a[field], [...at, field], out);
    return;
  }
  if (sameJson(before, after)) return;
  out.push({
    kind: 'field-changed',
    field: at.join('.'),
    path: pointer(at),
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  });
}

// --- Classification --------------------------------------------------------------------------------------------

const CONSENT_BASES = new Set(['consent', 'explicit-consent']);
const basesOf = (purpose: Item | undefined): string[] =>
  ((purpose?.legalBases as unknown[] | undefined) ?? []).map((b) => (isObject(b) ? String(b.basis) : String(b)));
const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const gained = (before: unknown, after: unknown) => idsOf(after).filter((id) => !idsOf(before).includes(id));

/** What the rules need to know of both versions. */
export interface DiffContext {
  before: Doc;
  after: Doc;
}

/** The purposes (by id) that rely on consent in `doc`: by their legal bases, or as the purpose of a consent purpose. */
function consentPurposes(doc: Doc): Set<string> {
  const ids = new Set<string>();
  for (const p of list(doc.purposes)) if (basesOf(p).some((b) => CONSENT_BASES.has(b))) ids.add(String(p.id));
  for (const c of list(doc.consentPurposes)) if (typeof c.purpose === 'string') ids.add(c.purpose);
  return ids;
}

/** The recipients and data categories that consent-based purposes use in `doc`. */
function consentScope(doc: Doc): { purposes: Set<string>; recipients: Set<string>; data: Set<string> } {
  const purposes = consentPurposes(doc);
  const used = (field: string) =>
    new Set(
      list(doc.purposes)
        .filter((p) => purposes.has(String(p.id)))
        .flatMap((p) => idsOf(p[field])),
    );
  return { purposes, recipients: used('recipients'), data: used('dataCategories') };
}

/** An approximate length in days, to tell a longer period from a shorter one; undefined when it cannot be told. */
export function durationDays(duration: unknown): number | undefined {
  if (duration === 'session') return 0;
  if (isObject(duration) && typeof duration.amount === 'number') {
    const unit: Record<string, number> = {
      minute: 1 / 1440,
      hour: 1 / 24,
      day: 1,
      'business-day': 7 / 5,
      week: 7,
      month: 30.44,
      year: 365.25,
    };
    return unit[String(duration.unit)] === undefined ? undefined : duration.amount * unit[String(duration.unit)]!;
  }
  if (typeof duration !== 'string') return undefined;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!m) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  return y! * 365.25 + mo! * 30.44 + w! * 7 + d! + h! / 24 + mi! / 1440 + s! / 86400;
}

const longer = (before: unknown, after: unknown): boolean => {
  const b = durationDays(isObject(before) && 'duration' in before ? before.duration : before);
  const a = durationDays(isObject(after) && 'duration' in after ? after.duration : after);
  return a !== undefined && b !== undefined && a > b;
};

/** A rule: a purpose that relies on consent gains ids in `field` (new recipients, new data categories). */
const consentPurposeGains =
  (field: string) =>
  (c: Raw, x: DiffContext): boolean =>
    c.kind === 'purpose-changed' &&
    c.field === field &&
    consentPurposes(x.after).has(String(c.id)) &&
    gained(c.before, c.after).length > 0;

const NOT_ESSENTIAL = (doc: Doc, categoryId: unknown) => {
  const category = list(doc.cookies?.categories).find((c) => c.id === categoryId);
  return category !== undefined && category.kind !== 'strictly-necessary';
};
const cookieCategoryOf = (change: Raw, doc: Doc) =>
  list(doc.cookies?.items).find((c) => c.name === change.id)?.category;

/**
 * The rules that make a change consent-relevant, in order; a change none of them meets is informational. Each row is
 * documented in docs/consent.md and tested in test/model/diff.test.ts.
 */
export const RULES: ReadonlyArray<{ id: string; says: string; test: (c: Raw, x: DiffContext) => boolean }> = [
  {
    id: 'consent-purpose-added',
    says: 'a new consent purpose (a new switch)',
    test: (c) => c.kind === 'consent-purpose-added',
  },
  {
    id: 'consent-uses-sale-sharing-advertising',
    says: 'a consent purpose now uses data for sale, sharing or targeted advertising',
    test: (c) =>
      c.kind === 'consent-purpose-changed' &&
      c.field === 'uses' &&
      gained(c.before, c.after).some((u) => ['sale', 'sharing', 'targeted-advertising'].includes(u)),
  },
  {
    id: 'purpose-on-consent-added',
    says: 'a new purpose that relies on consent',
    test: (c, x) => c.kind === 'purpose-added' && consentPurposes(x.after).has(String(c.id)),
  },
  {
    id: 'purpose-now-on-consent',
    says: 'a purpose now relies on consent (its legal bases gain consent)',
    test: (c) =>
      c.kind === 'purpose-changed' &&
      c.field === 'legalBases' &&
      basesOf({ legalBases: c.after }).some((b) => CONSENT_BASES.has(b)) &&
      !basesOf({ legalBases: c.before }).some((b) => CONSENT_BASES.has(b)),
  },
  {
    id: 'consent-purpose-new-recipients',
    says: 'a purpose that relies on consent gives data to new recipients',
    test: consentPurposeGains('recipients'),
  },
  {
    id: 'consent-purpose-new-data',
    says: 'a purpose that relies on consent uses new data categories',
    test: consentPurposeGains('dataCategories'),
  },
  {
    id: 'consent-data-now-sensitive',
    says: 'a data category used by a purpose that relies on consent is now sensitive',
    test: (c, x) =>
      c.kind === 'data-category-changed' &&
      c.field === 'sensitive' &&
      c.after === true &&
      consentScope(x.after).data.has(String(c.id)),
  },
  {
    id: 'consent-purpose-new-transfers',
    says: 'data given to a recipient of a purpose that relies on consent now goes to new countries',
    test: (c, x) => {
      const recipients = consentScope(x.after).recipients;
      const transfer = (c.kind === 'transfer-added' ? c.after : undefined) as Item | undefined;
      if (transfer) return idsOf(transfer.recipients).some((r) => recipients.has(r));
      if (c.kind !== 'transfer-changed' || (c.field !== 'destinations' && c.field !== 'recipients')) return false;
      const now = list(x.after.internationalTransfers?.transfers).find((t) => t.id === c.id);
      const grew = c.field === 'destinations' ? gained(c.before, c.after).length > 0 : true;
      const names = c.field === 'recipients' ? gained(c.before, c.after) : idsOf(now?.recipients);
      return grew && names.some((r) => recipients.has(r));
    },
  },
  {
    id: 'consent-purpose-longer-retention',
    says: 'data of a purpose that relies on consent is kept longer',
    test: (c, x) => {
      if (!longer(c.before, c.after)) return false;
      if (c.kind === 'purpose-changed' && c.field === 'retention') return consentPurposes(x.after).has(String(c.id));
      if (c.kind !== 'retention-rule-changed' || c.field !== 'retention') return false;
      const rule = list(x.after.retention?.rules).find((r) => r.id === c.id);
      const scope = consentScope(x.after);
      return (
        idsOf(rule?.purposes).some((p) => scope.purposes.has(p)) ||
        idsOf(rule?.dataCategories).some((d) => scope.data.has(d))
      );
    },
  },
  {
    id: 'cookie-category-added',
    says: 'a new cookie category that is not strictly necessary',
    test: (c) => c.kind === 'cookie-category-added' && (c.after as Item).kind !== 'strictly-necessary',
  },
  {
    id: 'cookie-added',
    says: 'a new cookie in a category that is not strictly necessary',
    test: (c, x) => c.kind === 'cookie-added' && NOT_ESSENTIAL(x.after, (c.after as Item).category),
  },
  {
    id: 'cookie-longer',
    says: 'a cookie that is not strictly necessary is kept longer',
    test: (c, x) =>
      c.kind === 'cookie-changed' &&
      c.field === 'duration' &&
      NOT_ESSENTIAL(x.after, cookieCategoryOf(c, x.after)) &&
      longer(c.before, c.after),
  },
  {
    id: 'cookie-now-third-party',
    says: 'a cookie that is not strictly necessary is now set by another party, or by another provider',
    test: (c, x) =>
      c.kind === 'cookie-changed' &&
      ((c.field === 'party' && c.after === 'third') || (c.field === 'provider' && c.before !== undefined)) &&
      NOT_ESSENTIAL(x.after, cookieCategoryOf(c, x.after)),
  },
  {
    id: 'cookie-moved-to-non-essential',
    says: 'a cookie moved out of the strictly necessary cookies',
    test: (c, x) =>
      c.kind === 'cookie-changed' &&
      c.field === 'category' &&
      NOT_ESSENTIAL(x.after, c.after) &&
      !NOT_ESSENTIAL(x.before, c.before),
  },
];

/** The changes from `before` to `after` (two validated documents of one policy), classified, in document order. */
export function diffPolicies(before: PrivacyPolicyDocument, after: PrivacyPolicyDocument): PolicyChange[] {
  const raw: Raw[] = [];
  const b = before as Doc;
  const a = after as Doc;
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (VERSION_FIELDS.has(field)) continue;
    diffFields(b[field], a[field], [field], raw);
  }
  const context = { before: b, after: a };
  return raw.map((change) => {
    const rule = RULES.find((r) => r.test(change, context));
    return { ...change, consentRelevant: rule !== undefined, rule: rule?.id ?? 'informational' };
  });
}

/** Two versions of one policy compared: what `privacy-notice diff --format json` writes (schemas/policy-changes.schema.json). */
export interface PolicyChanges {
  policyId: string;
  from: { version: string; policyHash: string };
  to: { version: string; policyHash: string };
  consentRelevant: boolean;
  changes: PolicyChange[];
}

/** Compares two validated documents of one policy. */
export function comparePolicies(before: PrivacyPolicyDocument, after: PrivacyPolicyDocument): PolicyChanges {
  const changes = diffPolicies(before, after);
  return {
    policyId: after.id,
    from: { version: versionOf(before), policyHash: policyHash(before) },
    to: { version: versionOf(after), policyHash: policyHash(after) },
    consentRelevant: changes.some((c) => c.consentRelevant),
    changes,
  };
}
