import { html, nothing } from 'lit';
import type { UiKey } from '../../i18n/ui.js';
import type { PartPlacement, ResolvedChannel, ResolvedRight } from '../../model/index.js';
import { take } from '../budget.js';
import { weigh } from '../weights.js';
import { anchor, facts, heading, md, path, plain, t, text, type Content, type RenderContext } from '../context.js';
import { mailtoHref, telHref } from '../links.js';
import { renderAddress } from './contacts.js';

/** The heading text of a right: the policy's own title, else the catalog's localized name. */
export function rightTitle(ctx: RenderContext, right: ResolvedRight): string {
  return plain(ctx, right.title) || (right.custom ? right.id : t(ctx, `rightTitle.${right.id}` as UiKey));
}

/** One way to exercise a right, as something the reader can act on: a mail link, a form link, an address, a path. */
function renderChannel(ctx: RenderContext, channel: ResolvedChannel): Content {
  const contact = channel.contactDetails;
  const email = channel.email ?? contact?.email;
  const address = channel.address ?? contact?.address;
  const phone = channel.phone ?? contact?.phone;
  const subject = plain(ctx, channel.subject);
  const label = channel.label ? text(ctx, channel.label) : t(ctx, `channel.${channel.type}`);
  let action: Content = nothing;
  if (channel.type === 'email' && email) action = html`<a href=${mailtoHref(email, subject)} dir="ltr">${email}</a>`;
  else if ((channel.type === 'web-form' || channel.url) && channel.url?.startsWith('https:')) action = html`<a href=${channel.url} rel="noopener noreferrer" dir="ltr">${channel.url}</a>`;
  else if (channel.url) action = html`${channel.url}`;
  if (channel.type === 'postal' && address) action = renderAddress(ctx, address);
  if (channel.type === 'phone' && phone) action = html`<a href=${telHref(phone)} dir="ltr">${phone}</a>`;
  return html`<li class="channel" data-type=${channel.type}>
    <span class="channel-label">${label}</span>
    ${action}
    ${channel.path ? path(ctx, channel.path) : nothing}
    ${subject ? html`<span class="note">${t(ctx, 'rights.subject', { subject })}</span>` : nothing}
    ${channel.note ? html`<span class="note">${text(ctx, channel.note)}</span>` : nothing}
  </li>`;
}

/** A right: its heading and anchor, a copy-link control, what it means, and how to exercise it. */
export function renderRight(ctx: RenderContext, right: ResolvedRight, level: number): Content {
  const id = anchor(ctx, right.anchor);
  const title = rightTitle(ctx, right);
  return html`<section class="right" part="right" aria-labelledby=${id}>
    <div class="right-heading">
      ${heading(level, id, right.title ? text(ctx, right.title) : title)}
      ${ctx.noScript ? nothing : html`<button type="button" class="copy-link" part="copy-link" data-anchor=${id} aria-label=${t(ctx, 'rights.copyLinkTo', { right: title })} title=${t(ctx, 'rights.copyLink')}>
        <span aria-hidden="true">#</span>
      </button>`}
    </div>
    ${right.appliesTo ? html`<p class="applies-to"><strong>${t(ctx, 'rights.appliesTo')}:</strong> ${text(ctx, right.appliesTo)}</p>` : nothing}
    ${md(ctx, right.description, level)}
    ${right.channels.length
      ? html`<p class="how-to"><strong>${t(ctx, 'rights.howTo')}</strong></p><ul class="channels">${right.channels.map((c) => renderChannel(ctx, c))}</ul>`
      : nothing}
    ${facts([
      [t(ctx, 'rights.responseTime'), right.responseTime !== undefined ? ctx.ui.duration(right.responseTime) : undefined],
      [t(ctx, 'rights.fees'), right.fees ? html`${t(ctx, right.fees.free ? 'rights.free' : 'rights.notFree')}${right.fees.note ? html` — ${text(ctx, right.fees.note)}` : nothing}` : undefined],
      [t(ctx, 'rights.verification'), right.verification ? text(ctx, right.verification) : undefined],
      [t(ctx, 'rights.exceptions'), right.exceptions.length ? html`${right.exceptions.map((e) => md(ctx, e, level))}` : undefined],
      [t(ctx, 'rights.legalReference'), right.legalReference ? text(ctx, right.legalReference) : undefined],
    ])}
  </section>`;
}

/**
 * The rights part: the shared introduction and each right. When sections show the rights in several places, the
 * introduction goes with the place that shows the first right, so it is shown exactly once.
 */
export function renderRights(ctx: RenderContext, placement: PartPlacement, level: number): Content {
  const rights = placement.ids ? placement.ids.flatMap((id) => ctx.policy.rights.filter((r) => r.id === id)) : ctx.policy.rights;
  const first = ctx.policy.rights[0]?.id;
  const intro = !placement.ids || (first !== undefined && placement.ids.includes(first)) ? ctx.policy.document.rightsExercise?.introduction : undefined;
  return html`${md(ctx, intro, level - 1)}${take(ctx, rights, (right) => renderRight(ctx, right, level), (right) => weigh(right.description, ...right.exceptions))}`;
}
