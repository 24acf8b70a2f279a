import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentsView } from '../../view/index.js';
import type { NoticeActions } from '../actions.js';
import { facts, groups, text } from '../content.js';
import { renderMarkdown } from '../markdown.js';
import { renderChoiceActions, renderOutdated, renderSwitch } from '../switch.js';

/** Consent purposes: each with its switch (or its default in words), then accept all / reject all. */
export function renderConsents(view: ConsentsView, level: number, actions: NoticeActions): TemplateResult {
  return html`${renderOutdated(view.outdated)}
    <div role="group" aria-label=${view.label}>
      <ul class="consents">
        ${groups(
          view.consents,
          level,
          (c) =>
            html`<li class="consent" part="consent">
              ${c.badge ? html`<strong>${text(c.badge.label)}</strong> <span class="badge">${c.badge.state}</span>` : renderSwitch(c.switch, actions)}
              ${
                c.descriptionId
                  ? html`<div id=${c.descriptionId}>${renderMarkdown(c.description, level)}</div>`
                  : renderMarkdown(c.description, level)
              }
              ${facts(c.facts, level)}
            </li>`,
        )}
      </ul>
    </div>
    ${view.after ? renderChoiceActions(view.after.actions, actions) : nothing}`;
}
