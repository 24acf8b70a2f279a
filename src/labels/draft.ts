import { SCHEMA_VERSION } from '../model/index.js';
import type * as P from '../model/policy.generated.js';
import type { AppleUsage } from './apple.js';
import type { LabelNote } from './facts.js';
import { playName, type PlayLabel } from './play.js';
import { APPLE_DATA_TYPES, APPLE_PURPOSES, DATA_TYPES, neutralOf, PURPOSES } from './vocabulary.js';

/**
 * Every text a draft writes starts with this: the lint rule `placeholder` reports it until someone who knows the
 * app has written the real text.
 */
export const TO_REVIEW = 'TODO: review:';

const review = (text: string) => `${TO_REVIEW} ${text}`;

/** A policy drafted from a store label, and what the label says that the policy cannot hold. */
export interface Draft {
  policy: P.PrivacyPolicyDocument;
  notes: LabelNote[];
}

/** The skeleton every draft starts from: the fields the schema requires, each marked to review. */
function skeleton(from: string): P.PrivacyPolicyDocument {
  return {
    $schema: 'https://unpkg.com/privacy-notice/schemas/privacy-policy.schema.json',
    schemaVersion: SCHEMA_VERSION,
    id: 'app',
    defaultLanguage: 'en',
    title: review(`Privacy Policy (drafted from ${from}; every text marked TODO is a placeholder)`),
    controller: { name: review("the company's legal name") },
  } as P.PrivacyPolicyDocument;
}

/** Purposes built up one data category at a time, in the mapping's order. */
class Purposes {
  private byId = new Map<string, P.Purpose>();
  add(id: string, label: string, storePurpose: P.StorePurpose, category: string, recipients?: string[]) {
    const purpose = this.byId.get(id) ?? {
      id,
      label: review(label),
      storePurposes: [storePurpose],
      dataCategories: [],
      ...(recipients ? { recipients } : {}),
    };
    purpose.dataCategories!.push(category);
    this.byId.set(id, purpose);
  }
  list(): P.Purpose[] {
    const order = Object.keys(PURPOSES);
    const rank = (p: P.Purpose) => order.indexOf(p.storePurposes![0]!) * 2 + (p.recipients ? 1 : 0);
    return [...this.byId.values()].sort((a, b) => rank(a) - rank(b));
  }
}

/** A policy drafted from an App Store label (fastlane's app_privacy_details.json). */
export function draftFromApple(label: AppleUsage[]): Draft {
  const policy = skeleton('the App Store label');
  const categories: P.DataCategory[] = [];
  const purposes = new Purposes();
  for (const entry of label) {
    if (!entry.category) continue; // DATA_NOT_COLLECTED: nothing to declare
    const type = neutralOf(DATA_TYPES, 'apple', entry.category)!;
    const id = type;
    categories.push({
      id,
      label: review(`${APPLE_DATA_TYPES[entry.category]}: ${DATA_TYPES[type].label}`),
      storeTypes: [type],
      ...(entry.data_protections.includes('DATA_NOT_LINKED_TO_YOU') ? { linkedToIdentity: false } : {}),
      ...(entry.data_protections.includes('DATA_USED_TO_TRACK_YOU') ? { usedForTracking: true } : {}),
    });
    for (const p of entry.purposes ?? []) {
      const purpose = neutralOf(PURPOSES, 'apple', p)!;
      purposes.add(purpose, APPLE_PURPOSES[p]!, purpose, id);
    }
  }
  return finish(policy, categories, purposes, []);
}

/** A policy drafted from a Play Data safety CSV. */
export function draftFromPlay(label: PlayLabel): Draft {
  const policy = skeleton('the Google Play Data safety form');
  const notes: LabelNote[] = [];
  const categories: P.DataCategory[] = [];
  const purposes = new Purposes();
  let shares = false;
  for (const [id, answer] of label.types) {
    const type = neutralOf(DATA_TYPES, 'play', id)!;
    categories.push({
      id: type,
      label: review(playName(id).replace(' / ', ': ')),
      storeTypes: [type],
      ...(answer.optional ? { optional: true } : {}),
      ...(answer.ephemeral ? { ephemeral: true } : {}),
    });
    if (!answer.collected)
      notes.push({
        pointer: '',
        message: `${id}: the form says shared but not collected; the policy says collected and shared.`,
      });
    if (answer.shared && answer.sharingPurposes.length === 0)
      notes.push({
        pointer: '',
        message: `${id}: the form says shared without a purpose; the policy cannot say so: give a sharing purpose.`,
      });
    const lost = answer.sharingPurposes.filter((p) => !answer.collectionPurposes.includes(p));
    if (lost.length)
      notes.push({
        pointer: '',
        message: `${id}: shared for ${lost.map(playName).join(', ')} but not collected for it; the policy says collected for it too.`,
      });
    for (const p of answer.collectionPurposes) {
      const purpose = neutralOf(PURPOSES, 'play', p)!;
      purposes.add(purpose, playName(p), purpose, type);
    }
    for (const p of answer.sharingPurposes) {
      const purpose = neutralOf(PURPOSES, 'play', p)!;
      purposes.add(`${purpose}-shared`, `${playName(p)}, shared with third parties`, purpose, type, ['third-parties']);
      shares = true;
    }
  }
  if (label.encryptedInTransit !== undefined) policy.dataSecurity = { encryptedInTransit: label.encryptedInTransit };
  const rights: P.Right[] = [];
  if (label.deletion === 'DATA_DELETION_YES' || label.dataDeletionUrl)
    rights.push({
      id: 'erasure',
      ...(label.dataDeletionUrl ? { channels: [{ type: 'web-form', url: label.dataDeletionUrl }] } : {}),
    } as P.Right);
  if (label.accountDeletionUrl)
    rights.push({ id: 'account-deletion', channels: [{ type: 'web-form', url: label.accountDeletionUrl }] } as P.Right);
  if (label.deletion === 'DATA_DELETION_NO_AUTO_DELETED')
    notes.push({
      pointer: '',
      message: 'the form says data is deleted automatically within 90 days; write that in a retention rule.',
    });
  if (rights.length) policy.rights = rights;
  const recipients: P.Recipient[] = shares
    ? [{ id: 'third-parties', label: review('the third parties this data is shared with'), kind: 'controller' }]
    : [];
  return finish(policy, categories, purposes, recipients, notes);
}

function finish(
  policy: P.PrivacyPolicyDocument,
  categories: P.DataCategory[],
  purposes: Purposes,
  recipients: P.Recipient[],
  notes: LabelNote[] = [],
): Draft {
  if (categories.length) policy.dataCategories = categories;
  if (recipients.length) policy.recipients = recipients;
  const list = purposes.list();
  if (list.length) policy.purposes = list;
  return { policy, notes };
}
