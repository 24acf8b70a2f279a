import { html, nothing } from 'lit';
import { isAllowedHref } from '../../markdown/href.js';
import type { InternationalTransfers, PartPlacement } from '../../model/index.js';
import { take } from '../budget.js';
import { weigh } from '../weights.js';
import { facts, list, md, t, text, type Content, type RenderContext } from '../context.js';

type Transfer = NonNullable<InternationalTransfers['transfers']>[number];

/**
 * A link from a URL field the schema validated. Only https:, mailto: and tel: become links (https: ones leave the
 * page without an opener or referrer); anything else (an http: URL kept as the source wrote it) is shown as text.
 */
export function urlLink(url: string, label?: Content | string): Content {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (!['https:', 'mailto:', 'tel:'].includes(scheme) || !isAllowedHref(url)) {
    return label === undefined ? html`<span class="url" dir="ltr">${url}</span>` : html`${label} <span class="url" dir="ltr">${url}</span>`;
  }
  return html`<a href=${url} rel=${scheme === 'https:' ? 'noopener noreferrer' : nothing} dir=${label === undefined ? 'ltr' : nothing}>${label ?? url}</a>`;
}

/** Countries and regions in the reader's language, as one list ("France and Germany"). */
export function places(ctx: RenderContext, codes: readonly string[]): string {
  return ctx.ui.list(codes.map((code) => ctx.ui.place(code)));
}

/** Where a transfer goes and under which safeguards, in a line (the processing table's Transfers column). */
export function transferSummary(ctx: RenderContext, transfer: Transfer): Content {
  const safeguards = (transfer.safeguards ?? []).map((s) => t(ctx, `safeguard.${s}`));
  return html`${places(ctx, transfer.destinations)}${safeguards.length ? html` (${ctx.ui.list(safeguards)})` : nothing}`;
}

function renderTransfer(ctx: RenderContext, transfer: Transfer, level: number): Content {
  const recipients = (transfer.recipients ?? []).flatMap((id) => (ctx.policy.document.recipients ?? []).filter((r) => r.id === id));
  return html`<li class="transfer">
    ${facts([
      [t(ctx, 'transfers.destinations'), places(ctx, transfer.destinations)],
      [t(ctx, 'transfers.safeguards'), list(transfer.safeguards, (s) => t(ctx, `safeguard.${s}`))],
      [t(ctx, 'processing.recipients'), list(recipients, (r) => text(ctx, r.label))],
    ])}
    ${md(ctx, transfer.description, level)}
    ${transfer.moreInformation ? html`<p>${urlLink(transfer.moreInformation, t(ctx, 'transfers.moreInformation'))}</p>` : nothing}
  </li>`;
}

/** Where data is stored, then each international transfer: destinations, safeguards, recipients, details, a link. */
export function renderTransfers(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  const transfers = ctx.policy.document.internationalTransfers;
  if (!transfers) return nothing;
  const storage = transfers.storageLocations ?? [];
  const entries = transfers.transfers ?? [];
  return html`${md(ctx, transfers.description, level)}
    ${storage.length ? html`<p class="storage">${t(ctx, 'transfers.storage', { places: places(ctx, storage) })}</p>` : nothing}
    ${entries.length ? html`<ul class="transfers">${take(ctx, entries, (transfer) => renderTransfer(ctx, transfer, level), (transfer) => weigh(transfer.description))}</ul>` : nothing}`;
}
