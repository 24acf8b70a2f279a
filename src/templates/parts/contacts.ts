import { html, type TemplateResult } from 'lit';
import type { AuthoritiesView, ContactsView, ContactView } from '../../view/index.js';
import { facts, heading, inline, inlines, para } from '../content.js';
import { renderMarkdown } from '../markdown.js';

function renderContact(contact: ContactView, level: number): TemplateResult {
  return html`<div class="contact">
    ${heading(level, undefined, inline(contact.heading))} ${para(contact.name)} ${facts(contact.facts, level)}
    ${renderMarkdown(contact.note, level)}
  </div>`;
}

/** The controller, the DPO and the other contacts. */
export function renderContacts(view: ContactsView, level: number): TemplateResult {
  const { controller } = view;
  return html`<div class="contact">
      ${heading(level, undefined, controller.heading)}
      <p>${inlines(controller.line)}</p>
      ${facts(controller.facts, level)} ${renderMarkdown(controller.description, level)}
    </div>
    ${view.contacts.map((contact) => renderContact(contact, level))}`;
}

/** Supervisory authorities a reader can complain to. */
export function renderAuthorities(view: AuthoritiesView, level: number): TemplateResult {
  return html`${view.authorities.map((authority) => renderContact(authority, level))}`;
}
