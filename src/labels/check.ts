import type { NormalizedPolicy } from '../model/index.js';
import { appleLabel, type AppleUsage } from './apple.js';
import type { PolicyLabelFacts, TypeFacts } from './facts.js';
import { playLabel, playName, type PlayLabel } from './play.js';
import { APPLE_DATA_TYPES, DATA_TYPES } from './vocabulary.js';

/** One disagreement between a store label and the policy, naming both sides. */
export interface LabelMismatch {
  store: 'apple' | 'play';
  /** Where to fix it in the policy (JSON Pointer), or '' when the fix is in the label. */
  pointer: string;
  message: string;
}

const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');

/** What is in `a` and not in `b`. */
const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

/** The policy's place for the categories behind some store data types. */
function pointerOf(policy: NormalizedPolicy, types: TypeFacts[]): string {
  const first = types[0]?.categories[0];
  const i = first === undefined ? -1 : policy.dataCategories.findIndex((c) => c.id === first);
  return i === -1 ? '/dataCategories' : `/dataCategories/${i}`;
}

const categoriesOf = (types: TypeFacts[]) => [...new Set(types.flatMap((t) => t.categories))].join(', ');

/**
 * The App Store label against the policy: every data type either declares is in the other, with the same purposes,
 * the same "linked" and "tracking"; and "tracking" and "not linked" agree with the policy's purposes and recipients.
 */
export function checkApple(policy: NormalizedPolicy, facts: PolicyLabelFacts, label: AppleUsage[]): LabelMismatch[] {
  const found: LabelMismatch[] = [];
  const add = (pointer: string, message: string) => found.push({ store: 'apple', pointer, message });
  const expected = new Map(appleLabel(facts).flatMap((e) => (e.category ? [[e.category, e] as const] : [])));
  const declared = new Map(label.filter((e) => e.category).map((e) => [e.category!, e]));
  const behind = (category: string) => facts.types.filter((t) => DATA_TYPES[t.type].apple === category);
  const notCollected = label.some((e) => e.data_protections.includes('DATA_NOT_COLLECTED'));
  if (notCollected && facts.types.length > 0)
    add(
      '/dataCategories',
      `the App Store label says DATA_NOT_COLLECTED; the policy collects ${list([...expected.keys()])}.`,
    );

  for (const [category, entry] of declared) {
    const mine = expected.get(category);
    const types = behind(category);
    const name = `${category} (${APPLE_DATA_TYPES[category]})`;
    if (!mine) {
      add(
        '/dataCategories',
        `the App Store label declares ${name}; no data category of the policy maps to it (add a "storeTypes" entry that maps to ${category}, or remove it from the label).`,
      );
      continue;
    }
    const where = pointerOf(policy, types);
    const lost = minus(entry.purposes ?? [], mine.purposes ?? []);
    const extra = minus(mine.purposes ?? [], entry.purposes ?? []);
    if (lost.length || extra.length)
      add(
        where,
        `${name}: the App Store label gives the purposes ${list(entry.purposes ?? [])}; the policy (data categories ${categoriesOf(types)}) gives ${list(mine.purposes ?? [])}.`,
      );
    const linked = (e: AppleUsage) => e.data_protections.includes('DATA_LINKED_TO_YOU');
    if (linked(entry) !== linked(mine))
      add(
        where,
        `${name}: the App Store label says ${linked(entry) ? 'linked' : 'not linked'} to the person; the policy says ${linked(mine) ? 'linked (linkedToIdentity is not false)' : 'not linked (linkedToIdentity: false)'}.`,
      );
    const tracks = (e: AppleUsage) => e.data_protections.includes('DATA_USED_TO_TRACK_YOU');
    if (tracks(entry) !== tracks(mine))
      add(
        where,
        `${name}: the App Store label says ${tracks(entry) ? '' : 'not '}used to track; the policy says ${tracks(mine) ? 'used for tracking (usedForTracking: true)' : 'not used for tracking'}.`,
      );
    if (tracks(entry) && !types.some((t) => t.shared || t.purposes.includes('third-party-advertising')))
      add(
        where,
        `${name}: the App Store label says used to track, but the policy names no third-party advertising purpose for it and no third party it is shared with.`,
      );
    if (!linked(entry) && types.some((t) => t.purposes.includes('account-management')))
      add(
        where,
        `${name}: the App Store label says not linked to the person, but the policy uses it for account management.`,
      );
  }
  for (const [category, mine] of expected)
    if (!declared.has(category) && !notCollected)
      add(
        pointerOf(policy, behind(category)),
        `the policy collects ${category} (${APPLE_DATA_TYPES[category]}: data categories ${categoriesOf(behind(category))}) for ${list(mine.purposes ?? [])}; the App Store label does not declare it.`,
      );
  return found;
}

/** The Data safety form against the policy: data types, collected/shared, optional, ephemeral, purposes, app-wide answers. */
export function checkPlay(policy: NormalizedPolicy, facts: PolicyLabelFacts, label: PlayLabel): LabelMismatch[] {
  const found: LabelMismatch[] = [];
  const add = (pointer: string, message: string) => found.push({ store: 'play', pointer, message });
  const { label: mine } = playLabel(facts);
  const behind = (id: string) => facts.types.filter((t) => DATA_TYPES[t.type].play === id);
  if (label.collects !== mine.collects)
    add(
      '/dataCategories',
      `the Data safety form says the app ${label.collects ? 'collects' : 'does not collect'} user data; the policy says it ${mine.collects ? 'does' : 'does not'}.`,
    );
  for (const [id, answer] of label.types) {
    const expected = mine.types.get(id);
    const name = `${id} (${playName(id)})`;
    if (!expected) {
      add(
        '/dataCategories',
        `the Data safety form declares ${name}; no data category of the policy maps to it (add a "storeTypes" entry that maps to ${id}, or remove it from the form).`,
      );
      continue;
    }
    const where = pointerOf(policy, behind(id));
    const differ = (field: 'shared' | 'optional' | 'ephemeral', yes: string, no: string, fix: string) => {
      if (answer[field] !== expected[field])
        add(
          where,
          `${name}: the Data safety form says ${answer[field] ? yes : no}; the policy says ${expected[field] ? yes : no} (${fix}).`,
        );
    };
    differ('shared', 'shared', 'not shared', 'recipients of its purposes, by "kind"');
    differ('optional', 'optional', 'required', 'dataCategories[].optional');
    differ('ephemeral', 'processed ephemerally', 'stored', 'dataCategories[].ephemeral');
    for (const [field, what] of [
      ['collectionPurposes', 'collected'],
      ['sharingPurposes', 'shared'],
    ] as const)
      if (minus(answer[field], expected[field]).length || minus(expected[field], answer[field]).length)
        add(
          where,
          `${name}: the Data safety form says it is ${what} for ${list(answer[field].map(playName))}; the policy says ${list(expected[field].map(playName))}.`,
        );
  }
  for (const [id, expected] of mine.types)
    if (!label.types.has(id))
      add(
        pointerOf(policy, behind(id)),
        `the policy collects ${id} (${playName(id)}: data categories ${categoriesOf(behind(id))}) for ${list(expected.collectionPurposes.map(playName))}; the Data safety form does not declare it.`,
      );
  if (
    label.encryptedInTransit !== undefined &&
    mine.encryptedInTransit !== undefined &&
    label.encryptedInTransit !== mine.encryptedInTransit
  )
    add(
      '/dataSecurity/encryptedInTransit',
      `the Data safety form says data is ${label.encryptedInTransit ? '' : 'not '}encrypted in transit; the policy says it is${mine.encryptedInTransit ? '' : ' not'} (dataSecurity.encryptedInTransit).`,
    );
  if (
    label.deletion &&
    mine.deletion &&
    (label.deletion === 'DATA_DELETION_YES') !== (mine.deletion === 'DATA_DELETION_YES')
  )
    add(
      '/rights',
      `the Data safety form says ${label.deletion === 'DATA_DELETION_YES' ? 'people can' : 'people cannot'} ask for their data to be deleted; the policy ${mine.deletion === 'DATA_DELETION_YES' ? 'gives a right to erasure or account deletion' : 'gives no right to erasure or account deletion'}.`,
    );
  return found;
}
