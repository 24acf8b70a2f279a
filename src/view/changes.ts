import { findSection } from './anchors.js';
import type { PartName, PolicyChange, PolicyChanges, ResolvedSection } from '../model/index.js';
import type { Inline, TextView } from './types.js';
import type { Words } from './words.js';

/** One entry of "What changed": where (a part's name or a section's title), what (the item), and how. */
export interface ChangeEntry {
  /** Where it is shown now; absent when it is no longer shown anywhere. */
  href?: string;
  where: Inline;
  /** The item, in the policy's words (absent for a change to a part as a whole). */
  what?: TextView | string;
  status: string;
  /** The entry as shown: where and what as a link (when it is still shown), then how, as the UI's language writes it. */
  line: Inline[];
  consentRelevant: boolean;
}

/** The summary at the top of a notice of what changed since the version the reader may know. */
export interface ChangesView {
  anchor: string;
  heading: string;
  entries: ChangeEntry[];
  /** The label of the button that hides the summary. */
  hide: string;
}

/** The part of the notice that shows each collection's items. */
const PART_OF_ITEM: Record<string, PartName> = {
  purpose: 'purposes',
  'data-category': 'data-categories',
  'data-subject': 'data-categories',
  source: 'data-categories',
  recipient: 'recipients',
  'processing-activity': 'processing',
  'retention-rule': 'retention',
  transfer: 'transfers',
  'cookie-category': 'cookies',
  cookie: 'cookies',
  permission: 'permissions',
  'consent-purpose': 'consents',
  right: 'rights',
  contact: 'contacts',
  'supervisory-authority': 'authorities',
};

/** The part that shows a top-level field of the document. */
const PART_OF_FIELD: Record<string, PartName> = {
  controller: 'contacts',
  dpo: 'contacts',
  children: 'children',
  automatedDecisionMaking: 'automated-decisions',
  provisionRequirement: 'provision',
  changeNotification: 'changes',
  retention: 'retention',
  internationalTransfers: 'transfers',
  cookies: 'cookies',
  permissionsManagement: 'permissions',
  rightsExercise: 'rights',
  noRecipients: 'recipients',
  onDeviceOnly: 'data-categories',
};

/** Where a change is shown now: the id of the section, or the anchor of a part no section shows. */
function placeOf(words: Words, change: PolicyChange): { section?: ResolvedSection; anchor?: string; part?: PartName } {
  const policy = words.policy;
  if (change.item === 'section') {
    const section = findSection(policy.sections, change.id ?? '');
    return section ? { section, anchor: section.anchor } : {};
  }
  const part = change.item ? PART_OF_ITEM[change.item] : PART_OF_FIELD[change.path.split('/')[1] ?? ''];
  if (!part) return {};
  if (change.item === 'right' && policy.rights.some((r) => r.id === change.id))
    return { part, anchor: `right-${change.id}`, ...sectionOfPart(words, part, change.id) };
  const cookie = change.item === 'cookie' ? (change.after ?? change.before) : undefined;
  const itemId = cookie && typeof cookie === 'object' ? String((cookie as { category?: unknown }).category) : change.id;
  const placed = sectionOfPart(words, part, itemId);
  const remaining = policy.parts.remaining.find((p) => p.part === part);
  return { part, ...placed, anchor: placed.section?.anchor ?? remaining?.anchor };
}

function sectionOfPart(words: Words, part: PartName, itemId?: string): { section?: ResolvedSection } {
  const { placedIn, itemsPlacedIn } = words.policy.parts;
  const id = (itemId !== undefined ? itemsPlacedIn.get(part)?.get(itemId) : undefined) ?? placedIn.get(part);
  const section = id !== undefined ? findSection(words.policy.sections, id) : undefined;
  return section ? { section } : {};
}

/** The item's name in the policy's words: its label, title or name (a cookie's name has no language). */
function nameOf(words: Words, change: PolicyChange): TextView | string | undefined {
  if (!change.item) return undefined;
  const value = (change.after ?? change.before) as Record<string, unknown> | undefined;
  const item =
    change.kind.endsWith('-changed') || !value || typeof value !== 'object'
      ? findItem(words, change)
      : (value as Record<string, unknown>);
  if (!item) return change.id;
  if (change.item === 'cookie') return String(item.name);
  const text = (item.label ?? item.title ?? item.name) as Parameters<Words['text']>[0];
  return words.text(text) ?? change.id;
}

/** The changed item as the new version has it. */
function findItem(words: Words, change: PolicyChange): Record<string, unknown> | undefined {
  const tokens = change.path.split('/').slice(1);
  // The item is the value above the changed field: /purposes/3/label -> /purposes/3.
  let value: unknown = words.policy.document;
  for (const token of tokens.slice(0, -1))
    value = (value as Record<string, unknown> | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/**
 * The entries of "What changed", one per item or part (however many of its fields changed), in document order,
 * consent-relevant ones first. Only changes whose place can be named are listed.
 */
export function changeEntries(words: Words, changes: PolicyChanges): ChangeEntry[] {
  const entries = new Map<string, ChangeEntry>();
  for (const change of changes.changes) {
    const key = change.item ? `${change.item}:${change.id}` : `field:${change.path.split('/')[1]}`;
    const existing = entries.get(key);
    if (existing) {
      existing.consentRelevant ||= change.consentRelevant;
      continue;
    }
    const place = placeOf(words, change);
    // Named as the reader finds it: the author's heading of the section that shows it, else the part's name.
    const where: Inline | undefined =
      place.section?.title !== undefined
        ? words.text(place.section.title)
        : place.part
          ? words.t(`parts.${place.part}`)
          : undefined;
    if (where === undefined) continue;
    const how = change.kind.endsWith('-added') ? 'added' : change.kind.endsWith('-removed') ? 'removed' : 'changed';
    const what = change.item === 'section' ? undefined : nameOf(words, change);
    const href = place.anchor && how !== 'removed' ? `#${words.anchor(place.anchor)}` : undefined;
    const status = words.t(`whatChanged.${how}`);
    const named = what === undefined ? [where] : words.sentence('joins.labelled', { label: where, value: what });
    const item: Inline = href
      ? { kind: 'link', href, external: false, literal: false, words: named }
      : { kind: 'span', role: 'change-where', content: named };
    entries.set(key, {
      ...(href ? { href } : {}),
      where,
      ...(what !== undefined ? { what } : {}),
      status,
      line: words.sentence('joins.aside', { item, aside: { kind: 'span', role: 'change-status', content: [status] } }),
      consentRelevant: change.consentRelevant,
    });
  }
  const list = [...entries.values()];
  return [...list.filter((e) => e.consentRelevant), ...list.filter((e) => !e.consentRelevant)];
}

/** The summary of what changed, or none when nothing the reader can be told changed. */
export function buildChanges(words: Words, changes: PolicyChanges | undefined): ChangesView | undefined {
  if (!changes || changes.policyId !== words.policy.id) return undefined;
  const entries = changeEntries(words, changes);
  if (entries.length === 0) return undefined;
  const doc = words.policy.document;
  const date = doc.lastUpdated ?? doc.effectiveDate;
  return {
    anchor: words.anchor('changes'),
    heading: date ? words.t('whatChanged.title', { date: words.ui.date(date) }) : words.t('whatChanged.titleUndated'),
    entries,
    hide: words.t('whatChanged.hide'),
  };
}

/**
 * Where changes are shown: the ids of the sections that hold one (an item shown there, or the section itself), and
 * the anchors of the parts no section shows that hold one.
 */
export function changedSections(words: Words, changes: PolicyChanges | undefined): Set<string> {
  const ids = new Set<string>();
  if (!changes || changes.policyId !== words.policy.id) return ids;
  for (const change of changes.changes) {
    const place = placeOf(words, change);
    if (place.section) ids.add(place.section.id);
    else if (place.part) {
      const remaining = words.policy.parts.remaining.find((p) => p.part === place.part);
      if (remaining) ids.add(remaining.anchor);
    }
  }
  return ids;
}
