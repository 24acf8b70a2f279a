import type { PartName, ResolvedSection } from '../model/index.js';
import type { Words } from './words.js';

/**
 * Whether a section holds one part and nothing else under its own title: the part then has no heading of its own
 * (the section's says it all), and links to the part go to the section.
 */
export function standsAlone(section: ResolvedSection): boolean {
  return (
    section.title !== undefined &&
    section.include.length === 1 &&
    section.body === undefined &&
    section.sections.length === 0
  );
}

/** The anchor of the `n`th heading of `part` in a section (before the notice's prefix). */
export const partHeadingId = (section: ResolvedSection, part: PartName, n = 1) =>
  `${section.anchor}-${part}${n > 1 ? `-${n}` : ''}`;

/** A section of the policy by its id, at any depth. */
export function findSection(sections: readonly ResolvedSection[], id: string): ResolvedSection | undefined {
  for (const section of sections) {
    if (section.id === id) return section;
    const found = findSection(section.sections, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Where the full notice shows a part: its heading in the section that shows all of it (or the first section that
 * shows some of its items), that section itself when the part stands alone there, else the section of its own it
 * gets after the others. Undefined when the notice does not show it.
 */
export function partAnchor(words: Words, part: PartName): string | undefined {
  const { placedIn, itemsPlacedIn, remaining } = words.policy.parts;
  const sectionId = placedIn.get(part) ?? itemsPlacedIn.get(part)?.values().next().value;
  const section = sectionId === undefined ? undefined : findSection(words.policy.sections, sectionId);
  const anchor = section
    ? standsAlone(section)
      ? section.anchor
      : partHeadingId(section, part)
    : remaining.find((p) => p.part === part)?.anchor;
  return anchor === undefined ? undefined : words.anchor(anchor);
}
