import { html, nothing, type TemplateResult } from 'lit';
import type { RecipientsView, RetentionView, TransfersView } from '../../view/index.js';
import { facts, groups, inlines } from '../content.js';
import { renderMarkdown } from '../markdown.js';

/** Who receives personal data: name, role and country, description, privacy policy. */
export function renderRecipients(view: RecipientsView, level: number): TemplateResult | typeof nothing {
  const statement = view.statement ? html`<p class="statement">${view.statement}</p>` : nothing;
  if (view.recipients.length === 0) return statement;
  return html`${statement}
    <ul class="plain recipients">
      ${groups(
        view.recipients,
        level,
        (recipient) =>
          html`<li class="recipient">
            ${inlines(recipient.line)} ${renderMarkdown(recipient.description, level)}
            ${recipient.privacyPolicy ? html`<p>${inlines(recipient.privacyPolicy)}</p>` : nothing}
          </li>`,
      )}
    </ul>`;
}

/** How long data is kept: the policy's explanation, then each rule. */
export function renderRetention(view: RetentionView, level: number): TemplateResult {
  return html`${renderMarkdown(view.description, level)}
  ${
    view.rules.length
      ? html`<ul class="plain rules">
          ${groups(view.rules, level, (rule) => html`<li class="rule">${inlines(rule.content)}</li>`)}
        </ul>`
      : nothing
  }`;
}

/** Where data is stored, then each international transfer. */
export function renderTransfers(view: TransfersView, level: number): TemplateResult {
  return html`${view.statement ? html`<p class="statement">${view.statement}</p>` : nothing}
  ${renderMarkdown(view.description, level)} ${view.storage ? html`<p class="storage">${view.storage}</p>` : nothing}
  ${
    view.transfers.length
      ? html`<ul class="transfers">
          ${groups(
            view.transfers,
            level,
            (transfer) =>
              html`<li class="transfer">
                ${facts(transfer.facts, level)} ${renderMarkdown(transfer.description, level)}
                ${transfer.moreInformation ? html`<p>${inlines(transfer.moreInformation)}</p>` : nothing}
              </li>`,
          )}
        </ul>`
      : nothing
  }`;
}
