import { html, type TemplateResult } from 'lit';
import type { SummaryView } from '../../view/index.js';
import { inlines } from '../content.js';

/**
 * The first layer: a description list, one line per part it sums up, the part's name a link to it in the full
 * notice, then its first items (a right's name links to the right).
 */
export function renderSummary(view: SummaryView): TemplateResult {
  return html`<dl class="facts summary" part="summary">
    ${view.rows.map(
      (row) =>
        html`<div class="summary-row" part="summary-row" data-part=${row.part}>
          <dt><a href=${row.href}>${row.label}</a></dt>
          <dd>${inlines(row.content)}</dd>
        </div>`,
    )}
  </dl>`;
}
