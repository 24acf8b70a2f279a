import { html, nothing, type TemplateResult } from 'lit';
import type { DataCategoriesView, PurposesView } from '../../view/index.js';
import { facts, groups, heading, text } from '../content.js';
import { renderMarkdown } from '../markdown.js';

/** Data categories: label, a sensitive marker in words (not colour alone), description, examples and facts. */
export function renderDataCategories(view: DataCategoriesView, level: number): TemplateResult {
  return html`${view.statement ? html`<p class="statement">${view.statement}</p>` : nothing}
    <ul class="categories">
      ${groups(
        view.categories,
        level,
        (category) =>
          html`<li class="category" part="data-category">
            <strong>${text(category.label)}</strong>
            ${category.sensitive ? html` <span class="badge sensitive">${category.sensitive}</span>` : nothing}
            ${category.onDevice ? html` <span class="badge on-device">${category.onDevice}</span>` : nothing}
            ${renderMarkdown(category.description, level)}
            ${
              category.examples.length
                ? html`<ul class="examples">
                    ${category.examples.map((e) => html`<li>${text(e)}</li>`)}
                  </ul>`
                : nothing
            }
            ${renderMarkdown(category.note, level)} ${facts(category.facts, level)}
          </li>`,
      )}
    </ul>`;
}

/**
 * Purposes, in a list: each with something to say (a description, legal bases...) under its own heading, one with
 * only a name as a plain item, never a heading with nothing under it.
 */
export function renderPurposes(view: PurposesView, level: number): TemplateResult {
  return html`<ul class="purposes">
    ${groups(view.purposes, level, (purpose) =>
      purpose.description || purpose.facts.length
        ? html`<li class="purpose" part="purpose">
            ${purpose.label ? heading(level, undefined, text(purpose.label)) : nothing}
            ${renderMarkdown(purpose.description, level)} ${facts(purpose.facts, level)}
          </li>`
        : html`<li class="purpose named" part="purpose">${text(purpose.label)}</li>`,
    )}
  </ul>`;
}
