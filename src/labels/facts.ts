import { localize, type NormalizedPolicy } from '../model/index.js';
import type { Purpose, StoreDataType, StorePurpose } from '../model/policy.generated.js';
import { byAncestor, DATA_TYPES, INFER, PURPOSES } from './vocabulary.js';

/** Something of the policy the labels cannot say, with the place to fix it. Never dropped silently. */
export interface LabelNote {
  /** JSON Pointer into the policy (or '' for the document). */
  pointer: string;
  message: string;
}

/** What the policy says about one store-neutral data type, gathered from every category that holds it. */
export interface TypeFacts {
  type: StoreDataType;
  /** The data categories (ids) that hold it. */
  categories: string[];
  /** Why it is collected, in the stores' terms (mapping order). */
  purposes: StorePurpose[];
  /** Whether it goes to a third party (a recipient that is neither a processor nor the controller's own). */
  shared: boolean;
  /** The purposes of the processing that shares it. */
  sharedPurposes: StorePurpose[];
  linked: boolean;
  tracking: boolean;
  optional: boolean;
  ephemeral: boolean;
}

export interface PolicyLabelFacts {
  /** In the mapping's order. Empty when the policy collects nothing (or maps nothing: see `notes`). */
  types: TypeFacts[];
  notes: LabelNote[];
  /** Third parties (by kind) that no purpose or table row names: the policy does not say which data they receive. */
  unlinkedThirdParties: LabelNote[];
  encryptedInTransit?: boolean;
  /** Whether readers can ask for their data to be deleted (an erasure or account-deletion right), and where. */
  deletion: { supported: boolean; dataUrl?: string; accountUrl?: string };
}

const inOrder = <T extends string>(table: Record<T, unknown>, items: Iterable<T>): T[] => {
  const set = new Set(items);
  return (Object.keys(table) as T[]).filter((key) => set.has(key));
};

/** The terms given (`own`), else those found by the mapping's lookups, in the mapping's order. */
function termsOf<T extends string>(table: Record<T, unknown>, own: T[] | undefined, found: Array<T | undefined>): T[] {
  return (
    own ??
    inOrder(
      table,
      found.filter((term): term is T => term !== undefined),
    )
  );
}

/** A purpose's store purposes: its own `storePurposes`, else what its fideslang or DPV id or its consent choices say. */
function storePurposesOf(
  policy: NormalizedPolicy,
  purpose: Pick<Purpose, 'id' | 'storePurposes' | 'fideslang' | 'dpv'>,
): StorePurpose[] {
  const choices = policy.consentPurposes.filter((choice) => choice.purpose === purpose.id);
  return termsOf(PURPOSES, purpose.storePurposes, [
    byAncestor(INFER.fideslangUse, purpose.fideslang),
    purpose.dpv ? INFER.dpvPurpose[purpose.dpv] : undefined,
    ...choices.flatMap((choice) => (choice.uses ?? []).map((use) => INFER.consentUses[use])),
  ]);
}

/** A category's store data types: its own `storeTypes`, else what its fideslang, DPV or sensitive kind says. */
function storeTypesOf(category: NormalizedPolicy['dataCategories'][number]): StoreDataType[] {
  return termsOf(DATA_TYPES, category.storeTypes, [
    byAncestor(INFER.fideslang, category.fideslang),
    category.dpv ? INFER.dpv[category.dpv] : undefined,
    ...(category.sensitiveKind ?? []).map((kind) => INFER.sensitiveKind[kind]),
  ]);
}

/**
 * What the app stores' labels ask, answered from the policy: which data types it collects, why, whether they are
 * shared, linked, used for tracking, optional or ephemeral, and what could not be answered (`notes`).
 */
export function labelFacts(policy: NormalizedPolicy): PolicyLabelFacts {
  const doc = policy.document;
  const notes: LabelNote[] = [];
  const name = (text: Parameters<typeof localize>[0], id: string) =>
    `"${localize(text, policy.defaultLanguage, policy.defaultLanguage)?.value ?? id}"`;

  const purposeTerms = new Map<string, StorePurpose[]>();
  policy.purposes.forEach((purpose, i) => {
    const terms = storePurposesOf(policy, purpose);
    purposeTerms.set(purpose.id, terms);
    if (terms.length === 0)
      notes.push({
        pointer: `/purposes/${i}`,
        message: `purpose ${name(purpose.label ?? purpose.description, purpose.id)} has no store purpose: add "storePurposes" (e.g. ["app-functionality"]) so the labels can say why data is collected.`,
      });
  });

  const sharedKinds = new Set(INFER.sharedRecipientKinds);
  const knownKinds = new Set([...INFER.sharedRecipientKinds, ...INFER.notSharedRecipientKinds]);
  const unknownRecipients = new Set<string>();
  const isShared = (recipient: { id: string; kind?: string }) => {
    if (recipient.kind && sharedKinds.has(recipient.kind)) return true;
    if (!recipient.kind || !knownKinds.has(recipient.kind)) unknownRecipients.add(recipient.id);
    return false;
  };

  const byType = new Map<StoreDataType, TypeFacts>();
  const everyCategory = policy.purposes.filter((p) => p.dataCategories.length === 0);
  if (doc.onDeviceOnly !== true)
    policy.dataCategories.forEach((category, i) => {
      if (category.onDeviceOnly) return; // processed on the device only: not collected, in both stores' terms
      const types = storeTypesOf(category);
      if (types.length === 0) {
        notes.push({
          pointer: `/dataCategories/${i}`,
          message: `data category ${name(category.label, category.id)} has no store data type: add "storeTypes" (e.g. ["email-address"]) so the labels can declare it.`,
        });
        return;
      }
      // The processing that uses it: purposes and table rows that name it; failing those, purposes that name no data.
      const uses: Array<{ purposes: string[]; recipients: Array<{ id: string; kind?: string }> }> = [
        ...policy.purposes
          .filter((p) => p.dataCategories.some((c) => c.id === category.id))
          .map((p) => ({ purposes: [p.id], recipients: p.recipients })),
        ...policy.processing
          .filter((a) => a.dataCategories.some((c) => c.id === category.id))
          .map((a) => ({ purposes: a.purposes.map((p) => p.id), recipients: a.recipients })),
      ];
      if (uses.length === 0) uses.push(...everyCategory.map((p) => ({ purposes: [p.id], recipients: p.recipients })));
      const purposes = new Set<StorePurpose>();
      const sharedPurposes = new Set<StorePurpose>();
      for (const use of uses) {
        const terms = use.purposes.flatMap((id) => purposeTerms.get(id) ?? []);
        terms.forEach((t) => purposes.add(t));
        if (use.recipients.filter(isShared).length > 0) terms.forEach((t) => sharedPurposes.add(t));
      }
      if (purposes.size === 0)
        notes.push({
          pointer: `/dataCategories/${i}`,
          message: `no purpose with a store purpose names data category ${name(category.label, category.id)}: name it in a purpose's "dataCategories" so the labels can say why it is collected.`,
        });
      for (const type of types) {
        const facts = byType.get(type) ?? {
          type,
          categories: [],
          purposes: [],
          shared: false,
          sharedPurposes: [],
          linked: false,
          tracking: false,
          optional: true,
          ephemeral: true,
        };
        facts.categories.push(category.id);
        facts.purposes = inOrder(PURPOSES, [...facts.purposes, ...purposes]);
        facts.sharedPurposes = inOrder(PURPOSES, [...facts.sharedPurposes, ...sharedPurposes]);
        facts.shared ||= sharedPurposes.size > 0;
        facts.linked ||= category.linkedToIdentity !== false;
        facts.tracking ||= category.usedForTracking === true;
        facts.optional &&= category.optional === true;
        facts.ephemeral &&= category.ephemeral === true;
        byType.set(type, facts);
      }
    });

  if (doc.onDeviceOnly !== true && policy.dataCategories.length === 0)
    notes.push({
      pointer: '/dataCategories',
      message:
        'the policy declares no data categories, so the labels cannot say what is collected: declare them in "dataCategories" with their "storeTypes" (or set "onDeviceOnly": true if no data leaves the device).',
    });

  for (const id of unknownRecipients) {
    const i = policy.recipients.findIndex((r) => r.id === id);
    notes.push({
      pointer: `/recipients/${i}`,
      message: `recipient ${name(policy.recipients[i]?.label, id)} has no "kind" the labels know: set it (processor, controller, business-partner...) so they can say whether data is shared.`,
    });
  }

  const named = new Set([
    ...policy.purposes.flatMap((p) => p.recipients.map((r) => r.id)),
    ...policy.processing.flatMap((a) => a.recipients.map((r) => r.id)),
  ]);
  const unlinkedThirdParties = policy.recipients.flatMap((r, i) =>
    r.kind && sharedKinds.has(r.kind) && !named.has(r.id)
      ? [
          {
            pointer: `/recipients/${i}`,
            message: `recipient ${name(r.label, r.id)} (${r.kind}) is named by no purpose, so the labels cannot say which data is shared with it: name it in the "recipients" of the purposes whose data it receives.`,
          },
        ]
      : [],
  );

  const urlOf = (id: string) =>
    policy.rights.find((r) => r.id === id)?.channels.find((c) => c.url && /^https:/.test(c.url))?.url;
  const supported = policy.rights.some((r) => r.id === 'erasure' || r.id === 'account-deletion');
  const dataUrl = urlOf('erasure') ?? urlOf('account-deletion');
  const accountUrl = urlOf('account-deletion');
  return {
    types: inOrder(DATA_TYPES, byType.keys()).map((type) => byType.get(type)!),
    notes,
    unlinkedThirdParties,
    ...(doc.dataSecurity?.encryptedInTransit !== undefined
      ? { encryptedInTransit: doc.dataSecurity.encryptedInTransit }
      : {}),
    deletion: { supported, ...(dataUrl ? { dataUrl } : {}), ...(accountUrl ? { accountUrl } : {}) },
  };
}
