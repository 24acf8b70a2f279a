import type { PartName, PartPlacement } from '../../model/index.js';
import type { PartView } from '../types.js';
import type { Words } from '../words.js';
import { buildAuthorities, buildContacts } from './contacts.js';
import { buildConsents } from './consents.js';
import { buildCookies } from './cookies.js';
import { buildDataCategories, buildPurposes } from './data.js';
import { buildRecipients, buildRetention, buildTransfers } from './lists.js';
import { buildPermissions } from './permissions.js';
import { buildProcessing } from './processing.js';
import { buildAutomatedDecisions, buildChanges, buildChildren, buildProvision } from './prose.js';
import { buildRights } from './rights.js';
import { buildSummary } from './summary.js';

type PartBuilder = (words: Words, placement: PartPlacement) => PartView;

/** The builder of each structured part. */
const PART_BUILDERS: Record<PartName, PartBuilder> = {
  contacts: buildContacts,
  authorities: buildAuthorities,
  'data-categories': buildDataCategories,
  purposes: buildPurposes,
  processing: buildProcessing,
  recipients: buildRecipients,
  retention: buildRetention,
  transfers: buildTransfers,
  cookies: buildCookies,
  permissions: buildPermissions,
  consents: buildConsents,
  rights: buildRights,
  children: buildChildren,
  changes: buildChanges,
  'automated-decisions': buildAutomatedDecisions,
  provision: buildProvision,
  summary: buildSummary,
};

/** What a part shows where it is placed: all of it, or the items the placement names, in its order. */
export function buildPart(words: Words, placement: PartPlacement): PartView {
  return PART_BUILDERS[placement.part](words, placement);
}
