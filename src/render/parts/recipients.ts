import { html, nothing } from 'lit';
import type { PartPlacement, Recipient } from '../../model/index.js';
import { take } from '../budget.js';
import { weigh } from '../weights.js';
import { md, t, text, type Content, type RenderContext } from '../context.js';
import { urlLink } from './transfers.js';

function renderRecipient(ctx: RenderContext, recipient: Recipient, level: number): Content {
  const meta = [
    recipient.kind ? t(ctx, `recipientKind.${recipient.kind}`) : undefined,
    recipient.country ? ctx.ui.place(recipient.country) : undefined,
  ].filter((value): value is string => value !== undefined);
  return html`<li class="recipient">
    <strong>${text(ctx, recipient.label)}</strong>
    ${meta.length ? html`<span class="meta-inline">(${meta.join(', ')})</span>` : nothing}
    ${md(ctx, recipient.description, level)}
    ${recipient.privacyPolicy ? html`<p>${urlLink(recipient.privacyPolicy)}</p>` : nothing}
  </li>`;
}

/**
 * Who receives personal data: each recipient's name, role, country, description and privacy policy link.
 * With `placement.ids`, only those recipients, in that order.
 */
export function renderRecipients(ctx: RenderContext, placement: PartPlacement, level: number): Content {
  const all = ctx.policy.document.recipients ?? [];
  const shown = placement.ids ? placement.ids.flatMap((id) => all.filter((r) => r.id === id)) : all;
  if (shown.length === 0) return nothing;
  return html`<ul class="plain recipients">${take(ctx, shown, (recipient) => renderRecipient(ctx, recipient, level), (recipient) => weigh(recipient.description))}</ul>`;
}
