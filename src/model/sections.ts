import type * as P from './policy.generated.js';
import { problem, toPointer, type PolicyProblem } from './problems.js';

export type PartName = P.PartName;

/** Where structured parts go when no section includes them: after the sections, in this order. */
export const PART_ORDER: readonly PartName[] = [
  'data-categories',
  'purposes',
  'processing',
  'recipients',
  'retention',
  'transfers',
  'cookies',
  'permissions',
  'consents',
  'rights',
  'automated-decisions',
  'provision',
  'children',
  'changes',
  'contacts',
  'authorities',
];

/** A part, or some of its items, shown in one place. `ids` absent means the whole part (or all of it not placed elsewhere). */
export interface PartPlacement {
  part: PartName;
  ids?: string[];
}

/** The ids of the items of each part that can be placed item by item. */
function itemIds(doc: P.PrivacyPolicyDocument, part: PartName): string[] | undefined {
  const ids = (list?: Array<{ id: string }>) => (list ?? []).map((item) => item.id);
  switch (part) {
    case 'data-categories':
      return ids(doc.dataCategories);
    case 'purposes':
      return ids(doc.purposes);
    case 'processing':
      return ids(doc.processingActivities);
    case 'recipients':
      return ids(doc.recipients);
    case 'permissions':
      return ids(doc.permissions);
    case 'consents':
      return ids(doc.consentPurposes);
    case 'rights':
      return ids(doc.rights);
    case 'cookies':
      return ids(doc.cookies?.categories);
    default:
      return undefined;
  }
}

export interface ResolvedSection {
  id: string;
  /** Fragment id of the section's heading: 'section-' + id. */
  anchor: string;
  /** Absent when the section continues the one before it without a heading of its own. */
  title?: P.Text;
  body?: P.Markdown;
  include: PartPlacement[];
  /** 0 for top-level sections. */
  depth: number;
  sections: ResolvedSection[];
}

export interface PlacedParts {
  /** Part -> id of the section that shows all of it. */
  placedIn: Map<PartName, string>;
  /** Part -> item id -> id of the section that shows that item. */
  itemsPlacedIn: Map<PartName, Map<string, string>>;
  /**
   * Parts with content that no section shows (or only some items of), in {@link PART_ORDER}, each with its own
   * anchor; `ids` lists the items left over when sections placed the others.
   */
  remaining: Array<PartPlacement & { anchor: string }>;
}

/** Whether the document has anything to show for a part. */
export function hasPart(doc: P.PrivacyPolicyDocument, part: PartName): boolean {
  const nonEmpty = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined);
  switch (part) {
    case 'contacts':
      return true; // the controller is required
    case 'authorities':
      return nonEmpty(doc.supervisoryAuthorities);
    case 'data-categories':
      return nonEmpty(doc.dataCategories);
    case 'purposes':
      return nonEmpty(doc.purposes);
    case 'processing':
      return nonEmpty(doc.processingActivities);
    case 'recipients':
      return nonEmpty(doc.recipients) || doc.noRecipients === true || doc.onDeviceOnly === true;
    case 'retention':
      return nonEmpty(doc.retention);
    case 'transfers':
      return nonEmpty(doc.internationalTransfers) || doc.onDeviceOnly === true;
    case 'cookies':
      return nonEmpty(doc.cookies);
    case 'permissions':
      return nonEmpty(doc.permissions) || nonEmpty(doc.permissionsManagement);
    case 'consents':
      return nonEmpty(doc.consentPurposes);
    case 'rights':
      return nonEmpty(doc.rights) || nonEmpty(doc.rightsExercise);
    case 'children':
      return nonEmpty(doc.children);
    case 'changes':
      return nonEmpty(doc.changeNotification);
    case 'automated-decisions':
      return nonEmpty(doc.automatedDecisionMaking);
    case 'provision':
      return nonEmpty(doc.provisionRequirement);
    case 'summary':
      return true; // it names the controller, whom every policy has
  }
}

/**
 * Gives every section its anchor and depth, checks section ids are unique across all levels, and works out where
 * each structured part is shown. Anchors come from ids only, never from (translated) titles.
 */
export function normalizeSections(
  doc: P.PrivacyPolicyDocument,
  problems: PolicyProblem[],
): { sections: ResolvedSection[]; parts: PlacedParts } {
  const firstUse = new Map<string, string>();
  const placedIn = new Map<PartName, string>();
  const itemsPlacedIn = new Map<PartName, Map<string, string>>();
  const place = (inclusion: P.Inclusion, sectionId: string, at: Array<string | number>): PartPlacement | undefined => {
    const part = typeof inclusion === 'string' ? inclusion : inclusion.part;
    const pointer = toPointer(at);
    if (placedIn.has(part)) {
      problems.push(
        problem(
          pointer,
          'part-included-twice',
          `includes "${part}", which section "${placedIn.get(part)}" already shows in full.`,
        ),
      );
      return undefined;
    }
    if (typeof inclusion === 'string') {
      if (itemsPlacedIn.has(part))
        problems.push(
          problem(
            pointer,
            'part-included-twice',
            `includes all of "${part}", but other sections already show some of its items; list the remaining ids instead.`,
          ),
        );
      else placedIn.set(part, sectionId);
      if (!hasPart(doc, part))
        problems.push(
          problem(pointer, 'empty-part', `includes "${part}", but the policy has nothing for it.`, 'warning'),
        );
      return { part };
    }
    const known = new Set(itemIds(doc, part));
    const placed = itemsPlacedIn.get(part) ?? new Map<string, string>();
    itemsPlacedIn.set(part, placed);
    const ids = inclusion.ids.filter((id, k) => {
      const here = toPointer([...at, 'ids', k]);
      if (!known.has(id))
        problems.push(problem(here, 'dangling-reference', `refers to "${id}", which is not an item of "${part}".`));
      else if (placed.has(id))
        problems.push(
          problem(
            here,
            'part-included-twice',
            `places "${id}" of "${part}", which section "${placed.get(id)}" already shows.`,
          ),
        );
      else return (placed.set(id, sectionId), true);
      return false;
    });
    return { part, ids };
  };
  const visit = (list: P.Section[] | undefined, at: Array<string | number>, depth: number): ResolvedSection[] =>
    (list ?? []).map((section, i) => {
      const here = [...at, i];
      const seen = firstUse.get(section.id);
      if (seen)
        problems.push(
          problem(
            toPointer([...here, 'id']),
            'duplicate-id',
            `is "${section.id}", already the id of another section (\`${seen}\`); section ids must be unique.`,
          ),
        );
      else firstUse.set(section.id, here.join('.'));
      const include = (section.include ?? []).flatMap(
        (inclusion, j) => place(inclusion, section.id, [...here, 'include', j]) ?? [],
      );
      return {
        id: section.id,
        anchor: `section-${section.id}`,
        ...(section.title !== undefined ? { title: section.title } : {}),
        ...(section.body !== undefined ? { body: section.body } : {}),
        include,
        depth,
        sections: visit(section.sections, [...here, 'sections'], depth + 1),
      };
    });
  const sections = visit(doc.sections, ['sections'], 0);
  const remaining: PlacedParts['remaining'] = [];
  for (const part of PART_ORDER) {
    if (placedIn.has(part) || !hasPart(doc, part)) continue;
    const anchor = firstUse.has(part) ? `part-${part}` : `section-${part}`;
    const placed = itemsPlacedIn.get(part);
    if (!placed) remaining.push({ part, anchor });
    else {
      const left = (itemIds(doc, part) ?? []).filter((id) => !placed.has(id));
      if (left.length > 0) remaining.push({ part, anchor, ids: left });
    }
  }
  return { sections, parts: { placedIn, itemsPlacedIn, remaining } };
}
