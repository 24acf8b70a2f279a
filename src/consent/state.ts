import { policyHash } from '../model/hash.js';
import { versionOf } from '../model/version-of.js';
import type { NormalizedPolicy } from '../model/index.js';
import { localize } from '../model/localize.js';
import type { ChoiceMeaning, StoredChoice } from './record.js';
import type { ChoiceState, ToggleNote, ToggleState } from './toggles.js';
import { choiceKey, type ConsentChoice, type ConsentSnapshot } from './types.js';

/** The uses Global Privacy Control opts out of: a "do not sell or share" signal (CCPA/CPRA and similar laws). */
export const GPC_USES: readonly string[] = ['sale', 'sharing', 'targeted-advertising'];
/** Cookie categories whose cookies serve targeted advertising or share data with social networks. */
export const GPC_COOKIE_KINDS: readonly string[] = ['marketing', 'social-media'];

/** Whether the browser sends Global Privacy Control (`navigator.globalPrivacyControl`, https://globalprivacycontrol.org). */
export function gpcEnabled(nav: Navigator = navigator): boolean {
  return (nav as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
}

/** The version choices are stored under: the policy's own version label, else its dates. */
export function policyVersionOf(policy: NormalizedPolicy): string {
  return versionOf(policy.document);
}

/** What `getConsent()` says of a shown policy: which policy (its id, version and hash), then the choices' state. */
export function snapshotOf(
  policy: NormalizedPolicy,
  state: Omit<ConsentSnapshot, 'policyId' | 'policyVersion' | 'policyHash'>,
): ConsentSnapshot {
  return {
    policyId: policy.id,
    policyVersion: policyVersionOf(policy),
    policyHash: policyHash(policy.document),
    ...state,
  };
}

/**
 * The choices before the reader makes any: each consent purpose and cookie category at its default, strictly
 * necessary categories locked on, and with GPC the purposes used for sale, sharing or targeted advertising off, and
 * the marketing and social-media cookie categories too.
 */
export function defaultChoices(policy: NormalizedPolicy, gpc: boolean): ConsentChoice[] {
  const purposes = policy.consentPurposes.map((c): ConsentChoice => {
    const byGpc = gpc && (c.uses ?? []).some((use) => GPC_USES.includes(use));
    return {
      id: c.id,
      kind: 'purpose',
      granted: byGpc ? false : c.default,
      source: byGpc ? 'gpc' : 'default',
      locked: false,
    };
  });
  const categories = policy.cookieCategories.map((c): ConsentChoice => {
    const byGpc = gpc && !c.alwaysOn && GPC_COOKIE_KINDS.includes(c.kind) && c.default === true;
    return {
      id: c.id,
      kind: 'cookie-category',
      granted: byGpc ? false : c.alwaysOn || (c.default ?? false),
      source: byGpc ? 'gpc' : 'default',
      locked: c.alwaysOn,
    };
  });
  return [...purposes, ...categories];
}

/** Stored choices over the defaults: an explicit choice wins over a default and over GPC; locked ones stay on. */
export function restoreChoices(defaults: ConsentChoice[], stored: readonly StoredChoice[]): ConsentChoice[] {
  const byKey = new Map(stored.map((s) => [choiceKey(s.kind, s.id), s]));
  return defaults.map((choice) => {
    const saved = byKey.get(choiceKey(choice.kind, choice.id));
    return saved && !choice.locked ? { ...choice, granted: saved.granted, source: 'restored', at: saved.at } : choice;
  });
}

/** Long enough to tell labels apart, short enough that a record stays far below its cap. */
const MEANING_LABEL_LENGTH = 200;

/**
 * What each choice of the policy means, by choice key: its label in the default language and its type (a cookie
 * category's kind, a purpose's uses). A stored choice is believed only for a choice that means the same.
 */
export function meaningsOf(policy: NormalizedPolicy): Map<string, ChoiceMeaning> {
  const label = (text: Parameters<typeof localize>[0], id: string) =>
    (localize(text, policy.defaultLanguage, policy.defaultLanguage)?.value ?? id).slice(0, MEANING_LABEL_LENGTH);
  return new Map([
    ...policy.consentPurposes.map((c): [string, ChoiceMeaning] => [
      choiceKey('purpose', c.id),
      { label: label(c.label, c.id), type: [...(c.uses ?? [])].sort().join(' ') },
    ]),
    ...policy.cookieCategories.map((c): [string, ChoiceMeaning] => [
      choiceKey('cookie-category', c.id),
      { label: label(c.label, c.id), type: c.kind },
    ]),
  ]);
}

/**
 * The choices worth storing, with what they mean: those the reader or the app made. Defaults and GPC are worked out
 * again on each visit.
 */
export function explicitChoices(
  choices: Iterable<ConsentChoice>,
  meanings: ReadonlyMap<string, ChoiceMeaning>,
): StoredChoice[] {
  return [...choices].flatMap((c) =>
    c.at !== undefined && !c.locked && c.kind !== 'permission'
      ? [{ id: c.id, kind: c.kind, granted: c.granted, at: c.at, ...meanings.get(choiceKey(c.kind, c.id)) }]
      : [],
  );
}

/** A purpose's or cookie category's switch as the view reads it: its state, and why it is in it (GPC). */
export function switchOf(choice: ConsentChoice, note?: ToggleNote): ToggleState {
  const why = note ?? (choice.source === 'gpc' ? { key: 'gpc' as const } : undefined);
  return { on: choice.granted, locked: choice.locked, pending: false, ...(why ? { note: why } : {}) };
}

/**
 * The switches as a server shows them, knowing nothing of the reader (no saved choice, no GPC, no app): each at its
 * default. A pre-rendered notice shows these, and the element takes the page over with them before it shows the
 * reader's own (revision -1: never the revision of a live state).
 */
export function defaultChoiceState(policy: NormalizedPolicy): ChoiceState & { revision: number } {
  const choices = new Map(defaultChoices(policy, false).map((c) => [choiceKey(c.kind, c.id), c]));
  return {
    toggle: (kind, id) => {
      const choice = choices.get(choiceKey(kind, id));
      return choice && switchOf(choice);
    },
    outdated: false,
    revision: -1,
  };
}
