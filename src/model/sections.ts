import type * as P from './policy.generated.js';
import { problem, toPointer, type PolicyProblem } from './problems.js';

export type PartName = P.PartName;

/** Where structured parts go when no section includes them: after the sections, in this order. */
export const PART_ORDER: readonly PartName[] = [
  'data-categories', 'purposes', 'processing', 'retention', 'transfers', 'cookies', 'permissions', 'consents',
  'rights', 'automated-decisions', 'provision', 'children', 'changes', 'contacts',
];

export interface ResolvedSection {
  id: string;
  /** Fragment id of the section's heading: 'section-' + id. */
  anchor: string;
  title: P.Text;
  body?: P.Markdown;
  include: PartName[];
  /** 0 for top-level sections. */
  depth: number;
  sections: ResolvedSection[];
}

export interface PlacedParts {
  /** Part -> id of the section that shows it. */
  placedIn: Map<PartName, string>;
  /** Parts with content that no section includes, in {@link PART_ORDER}, each with its own anchor. */
  remaining: Array<{ part: PartName; anchor: string }>;
}

/** Whether the document has anything to show for a part. */
export function hasPart(doc: P.PrivacyPolicyDocument, part: PartName): boolean {
  const nonEmpty = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined);
  switch (part) {
    case 'contacts': return true; // the controller is required
    case 'data-categories': return nonEmpty(doc.dataCategories);
    case 'purposes': return nonEmpty(doc.purposes);
    case 'processing': return nonEmpty(doc.processingActivities);
    case 'retention': return nonEmpty(doc.retention);
    case 'transfers': return nonEmpty(doc.internationalTransfers);
    case 'cookies': return nonEmpty(doc.cookies);
    case 'permissions': return nonEmpty(doc.permissions);
    case 'consents': return nonEmpty(doc.consentPurposes);
    case 'rights': return nonEmpty(doc.rights) || nonEmpty(doc.rightsExercise);
    case 'children': return nonEmpty(doc.children);
    case 'changes': return nonEmpty(doc.changeNotification);
    case 'automated-decisions': return nonEmpty(doc.automatedDecisionMaking);
    case 'provision': return nonEmpty(doc.provisionRequirement);
  }
}

/**
 * Gives every section its anchor and depth, checks section ids are unique across all levels, and works out where
 * each structured part is shown. Anchors come from ids only, never from (translated) titles.
 */
export function normalizeSections(doc: P.PrivacyPolicyDocument, problems: PolicyProblem[]): { sections: ResolvedSection[]; parts: PlacedParts } {
  const firstUse = new Map<string, string>();
  const placedIn = new Map<PartName, string>();
  const visit = (list: P.Section[] | undefined, at: Array<string | number>, depth: number): ResolvedSection[] =>
    (list ?? []).map((section, i) => {
      const here = [...at, i];
      const seen = firstUse.get(section.id);
      if (seen) problems.push(problem(toPointer([...here, 'id']), 'duplicate-id', `is "${section.id}", already the id of another section (\`${seen}\`); section ids must be unique.`));
      else firstUse.set(section.id, here.join('.'));
      (section.include ?? []).forEach((part, j) => {
        const pointer = toPointer([...here, 'include', j]);
        if (placedIn.has(part)) problems.push(problem(pointer, 'part-included-twice', `includes "${part}", which section "${placedIn.get(part)}" already shows.`));
        else placedIn.set(part, section.id);
        if (!hasPart(doc, part)) problems.push(problem(pointer, 'empty-part', `includes "${part}", but the policy has nothing for it.`, 'warning'));
      });
      return {
        id: section.id,
        anchor: `section-${section.id}`,
        title: section.title,
        body: section.body,
        include: section.include ?? [],
        depth,
        sections: visit(section.sections, [...here, 'sections'], depth + 1),
      };
    });
  const sections = visit(doc.sections, ['sections'], 0);
  const remaining = PART_ORDER.filter((part) => !placedIn.has(part) && hasPart(doc, part)).map((part) => ({
    part,
    anchor: firstUse.has(part) ? `part-${part}` : `section-${part}`,
  }));
  return { sections, parts: { placedIn, remaining } };
}
