import type { TemplateResult } from 'lit';
import type { PartView } from '../../view/index.js';
import type { NoticeActions } from '../actions.js';
import type { Rendered } from '../content.js';
import { renderAuthorities, renderContacts } from './contacts.js';
import { renderConsents } from './consents.js';
import { renderCookies } from './cookies.js';
import { renderDataCategories, renderPurposes } from './data.js';
import { renderRecipients, renderRetention, renderTransfers } from './lists.js';
import { renderPermissions } from './permissions.js';
import { renderProcessing } from './processing.js';
import { renderProse } from './prose.js';
import { renderRights } from './rights.js';
import { renderSummary } from './summary.js';

/** A structured part; `level` is the level of the headings inside it. */
export function renderPart(view: PartView, level: number, actions: NoticeActions): TemplateResult | Rendered {
  switch (view.part) {
    case 'contacts':
      return renderContacts(view, level);
    case 'authorities':
      return renderAuthorities(view, level);
    case 'data-categories':
      return renderDataCategories(view, level);
    case 'purposes':
      return renderPurposes(view, level);
    case 'processing':
      return renderProcessing(view, level);
    case 'recipients':
      return renderRecipients(view, level);
    case 'retention':
      return renderRetention(view, level);
    case 'transfers':
      return renderTransfers(view, level);
    case 'cookies':
      return renderCookies(view, level, actions);
    case 'permissions':
      return renderPermissions(view, level, actions);
    case 'consents':
      return renderConsents(view, level, actions);
    case 'rights':
      return renderRights(view, level, actions);
    case 'summary':
      return renderSummary(view);
    default:
      return renderProse(view, level);
  }
}
