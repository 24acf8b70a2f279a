import { html, nothing } from 'lit';
import type { Address, Authority, Contact, Organization, PartPlacement } from '../../model/index.js';
import { facts, heading, md, para, plain, t, text, type Content, type RenderContext } from '../context.js';
import { mailtoHref, telHref } from '../links.js';

/** A postal address as its printed lines. */
export function renderAddress(ctx: RenderContext, address: Address): Content {
  const country = address.country && !address.lines.some((l) => plain(ctx, l).toUpperCase().includes(ctx.ui.place(address.country!).toUpperCase()))
    ? ctx.ui.place(address.country)
    : undefined;
  return html`<address>${address.lines.map((line, i) => html`${i ? html`<br>` : nothing}${text(ctx, line)}`)}${country ? html`<br>${country}` : nothing}</address>`;
}

function link(url: string | undefined): Content | undefined {
  if (!url) return undefined;
  return url.startsWith('https:') ? html`<a href=${url} rel="noopener noreferrer" dir="ltr">${url}</a>` : html`<span dir="ltr">${url}</span>`;
}

function reach(ctx: RenderContext, who: Contact | Organization | Authority): Array<[string, Content | undefined]> {
  return [
    [t(ctx, 'contact.email'), who.email ? html`<a href=${mailtoHref(who.email)} dir="ltr">${who.email}</a>` : undefined],
    [t(ctx, 'contact.phone'), who.phone ? html`<a href=${telHref(who.phone)} dir="ltr">${who.phone}</a>` : undefined],
    [t(ctx, 'contact.website'), link('website' in who ? who.website : 'url' in who ? who.url : undefined)],
    [t(ctx, 'contact.address'), who.address ? renderAddress(ctx, who.address) : undefined],
  ];
}

function renderContact(ctx: RenderContext, contact: Contact, fallbackTitle: string, level: number): Content {
  const title = contact.title ? text(ctx, contact.title) : fallbackTitle;
  return html`<div class="contact">
    ${heading(level, undefined, title)}
    ${para(ctx, contact.name)}
    ${facts(reach(ctx, contact))}
    ${md(ctx, contact.note, level)}
  </div>`;
}

/** The controller, the DPO and the other contacts. */
export function renderContacts(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  const doc = ctx.policy.document;
  const c = doc.controller;
  return html`<div class="contact">
      ${heading(level, undefined, t(ctx, 'contact.controller'))}
      <p><strong>${text(ctx, c.name)}</strong>${c.tradingName ? html` (${t(ctx, 'contact.tradingName')} ${text(ctx, c.tradingName)})` : nothing}</p>
      ${facts([
        [t(ctx, 'contact.legalForm'), c.legalForm ? text(ctx, c.legalForm) : undefined],
        [t(ctx, 'contact.registration'), c.registration ? html`${c.registration.number}${c.registration.register ? html`, ${text(ctx, c.registration.register)}` : nothing}` : undefined],
        ...reach(ctx, c),
      ])}
      ${md(ctx, c.description, level)}
    </div>
    ${doc.dpo ? renderContact(ctx, doc.dpo, t(ctx, 'contact.dpo'), level) : nothing}
    ${(doc.contacts ?? []).map((contact) => renderContact(ctx, contact, t(ctx, `contactRole.${contact.role ?? 'other'}`), level))}`;
}

/** Supervisory authorities a reader can complain to. */
export function renderAuthorities(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  return html`${(ctx.policy.document.supervisoryAuthorities ?? []).map(
    (authority) => html`<div class="contact">
      ${heading(level, undefined, text(ctx, authority.name))}
      ${facts(reach(ctx, authority))}
      ${md(ctx, authority.note, level)}
    </div>`,
  )}`;
}
