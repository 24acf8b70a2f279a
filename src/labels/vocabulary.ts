import type { StoreDataType, StorePurpose } from '../model/policy.generated.js';
import mapping from './mapping.json' with { type: 'json' };

/** One store-neutral data type or purpose, and what each store calls it (null: that store's form has no such item). */
export interface StoreTerm {
  label: string;
  apple: string;
  play: string | null;
}

export const DATA_TYPES = mapping.dataTypes as Record<StoreDataType, StoreTerm>;
export const PURPOSES = mapping.purposes as Record<StorePurpose, StoreTerm>;

/** Apple's data types (App Store Connect ids) -> the group App Store Connect shows them under. */
export const APPLE_DATA_TYPES: Readonly<Record<string, string>> = mapping.apple.dataTypes;
/** Apple's purposes -> their names in App Store Connect. */
export const APPLE_PURPOSES: Readonly<Record<string, string>> = mapping.apple.purposes;

export const PLAY_HEADER: readonly string[] = mapping.play.header;

/** One row of Play's Data safety CSV: question id, response id ('' for a question without choices), requirement, label. */
export type PlayRow = [question: string, response: string, requirement: string, label: string];

/** The questions about the app as a whole, in the export's order. */
export const PLAY_QUESTIONS = mapping.play.questions as PlayRow[];
/** Play's data types: [question (its group), group label, [[response id, label]...]]. */
export const PLAY_DATA_TYPES = mapping.play.dataTypes as Array<[string, string, Array<[string, string]>]>;
/** Play's purposes: [response id, label]. */
export const PLAY_PURPOSES = mapping.play.purposes as Array<[string, string]>;

export const INFER = mapping.infer as {
  fideslang: Record<string, StoreDataType>;
  dpv: Record<string, StoreDataType>;
  sensitiveKind: Record<string, StoreDataType>;
  fideslangUse: Record<string, StorePurpose>;
  dpvPurpose: Record<string, StorePurpose>;
  consentUses: Record<string, StorePurpose>;
  sharedRecipientKinds: string[];
  notSharedRecipientKinds: string[];
};

/** The date the mapping was last checked against the stores' documentation. */
export const CHECKED: string = mapping.checked;

/**
 * The store-neutral term a store's id stands for: the first in the mapping's order (`EMAILS_OR_TEXT_MESSAGES` ->
 * `emails`). Labels drafted from it say the same thing to that store again.
 */
export function neutralOf<T extends string>(
  table: Record<T, StoreTerm>,
  store: 'apple' | 'play',
  id: string,
): T | undefined {
  const chosen = (IMPORT_AS[store] as Record<string, T>)[id];
  return chosen ?? (Object.keys(table) as T[]).find((key) => table[key][store] === id);
}

const IMPORT_AS = mapping.importAs as { apple: Record<string, string>; play: Record<string, string> };

/**
 * The value of a dotted taxonomy id (fideslang) or its nearest ancestor in `table`: `user.contact.email.work`
 * finds `user.contact.email`, then `user.contact`.
 */
export function byAncestor<T>(table: Record<string, T>, id: string | undefined): T | undefined {
  for (let key = id; key; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : undefined)
    if (table[key] !== undefined) return table[key];
  return undefined;
}
