import type { PolicyLabelFacts } from './facts.js';
import { APPLE_DATA_TYPES, APPLE_PURPOSES, DATA_TYPES, PURPOSES } from './vocabulary.js';

/** One entry of fastlane's `app_privacy_details.json`: a data type, why it is collected, and how it is protected. */
export interface AppleUsage {
  category?: string;
  purposes?: string[];
  data_protections: string[];
}

const NOT_COLLECTED = 'DATA_NOT_COLLECTED';
const PROTECTIONS = ['DATA_LINKED_TO_YOU', 'DATA_NOT_LINKED_TO_YOU', 'DATA_USED_TO_TRACK_YOU'];

/** A label file that cannot be read as the store's format: what is wrong and where (a JSON Pointer or a line). */
export class LabelFileError extends Error {}

/**
 * The App Store label in fastlane's `app_privacy_details.json` shape, as `upload_app_privacy_details_to_app_store`
 * writes and reads it: entries sorted by category, purposes and protections sorted, and
 * `[{ "data_protections": ["DATA_NOT_COLLECTED"] }]` when the policy collects nothing.
 */
export function appleLabel(facts: PolicyLabelFacts): AppleUsage[] {
  const byCategory = new Map<string, { purposes: Set<string>; linked: boolean; tracking: boolean }>();
  for (const type of facts.types) {
    const category = DATA_TYPES[type.type].apple;
    const entry = byCategory.get(category) ?? { purposes: new Set(), linked: false, tracking: false };
    type.purposes.forEach((p) => entry.purposes.add(PURPOSES[p].apple));
    entry.linked ||= type.linked;
    entry.tracking ||= type.tracking;
    byCategory.set(category, entry);
  }
  // Nothing collected only when nothing was left unmapped: a category without a store type is still collected.
  if (byCategory.size === 0)
    return facts.notes.some((n) => n.pointer.startsWith('/dataCategories'))
      ? []
      : [{ data_protections: [NOT_COLLECTED] }];
  // A type no purpose explains is a listed gap (facts.notes); App Store Connect takes no entry without a purpose.
  return [...byCategory]
    .filter(([, entry]) => entry.purposes.size > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([category, entry]) => ({
      category,
      purposes: [...entry.purposes].sort(),
      data_protections: [
        entry.linked ? 'DATA_LINKED_TO_YOU' : 'DATA_NOT_LINKED_TO_YOU',
        ...(entry.tracking ? ['DATA_USED_TO_TRACK_YOU'] : []),
      ].sort(),
    }));
}

/** Reads an `app_privacy_details.json`, checking every id against App Store Connect's; throws LabelFileError. */
export function parseAppleLabel(text: string): AppleUsage[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LabelFileError(`not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data))
    throw new LabelFileError('(root): expected an array of { category, purposes, data_protections }');
  const strings = (value: unknown, at: string): string[] => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
      throw new LabelFileError(`${at}: expected an array of strings`);
    return value as string[];
  };
  const seen = new Set<string>();
  return data.map((entry: unknown, i): AppleUsage => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
      throw new LabelFileError(`/${i}: expected an object`);
    const { category, purposes, data_protections } = entry as Record<string, unknown>;
    const protections = strings(data_protections, `/${i}/data_protections`);
    protections.forEach((p, j) => {
      if (![...PROTECTIONS, NOT_COLLECTED].includes(p))
        throw new LabelFileError(
          `/${i}/data_protections/${j}: "${p}" is not one of ${[...PROTECTIONS, NOT_COLLECTED].join(', ')}`,
        );
    });
    if (protections.includes(NOT_COLLECTED)) {
      if (data.length !== 1) throw new LabelFileError(`/${i}: DATA_NOT_COLLECTED must be the label's only entry`);
      return { data_protections: [NOT_COLLECTED] };
    }
    if (typeof category !== 'string' || !(category in APPLE_DATA_TYPES))
      throw new LabelFileError(`/${i}/category: "${String(category)}" is not an App Store data type`);
    if (seen.has(category)) throw new LabelFileError(`/${i}/category: ${category} is listed twice`);
    seen.add(category);
    const list = strings(purposes ?? [], `/${i}/purposes`);
    list.forEach((p, j) => {
      if (!(p in APPLE_PURPOSES)) throw new LabelFileError(`/${i}/purposes/${j}: "${p}" is not an App Store purpose`);
    });
    if (list.length === 0) throw new LabelFileError(`/${i}/purposes: ${category} needs at least one purpose`);
    return { category, purposes: [...new Set(list)].sort(), data_protections: [...new Set(protections)].sort() };
  });
}
