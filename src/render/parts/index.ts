import type { PartName, PartPlacement } from '../../model/index.js';
import type { Content, RenderContext } from '../context.js';
import { renderAuthorities, renderContacts } from './contacts.js';
import { renderCookies } from './cookies.js';
import { renderDataCategories, renderPurposes } from './data.js';
import { renderAutomatedDecisions, renderChanges, renderChildren, renderConsents, renderProvision } from './misc.js';
import { renderPermissions } from './permissions.js';
import { renderProcessing } from './processing.js';
import { renderRecipients } from './recipients.js';
import { renderRetention } from './retention.js';
import { renderRights } from './rights.js';
import { renderTransfers } from './transfers.js';

type PartRenderer = (ctx: RenderContext, placement: PartPlacement, level: number) => Content;

/** The template of each structured part. `level` is the heading level of headings inside the part. */
export const PART_RENDERERS: Record<PartName, PartRenderer> = {
  contacts: renderContacts,
  authorities: renderAuthorities,
  'data-categories': renderDataCategories,
  purposes: renderPurposes,
  processing: renderProcessing,
  recipients: renderRecipients,
  retention: renderRetention,
  transfers: renderTransfers,
  cookies: renderCookies,
  permissions: renderPermissions,
  consents: renderConsents,
  rights: renderRights,
  children: renderChildren,
  changes: renderChanges,
  'automated-decisions': renderAutomatedDecisions,
  provision: renderProvision,
};

export function renderPart(ctx: RenderContext, placement: PartPlacement, level: number): Content {
  return PART_RENDERERS[placement.part](ctx, placement, level);
}
