import { html, nothing, type TemplateResult } from 'lit';
import type { ProcessingView } from '../../view/index.js';
import { contents, facts, groups, heading, inline } from '../content.js';

/**
 * The processing table, drawn twice from the same rows: as a table, and stacked (one block per row, each field
 * labelled by its column header) for narrow screens; the stylesheet shows the one that fits (tables.styles.ts).
 */
export function renderProcessing(view: ProcessingView, level: number): TemplateResult | typeof nothing {
  if (view.rows.length === 0) return nothing;
  return html`<div class="processing">
    <table class="wide" part="table">
      <caption>
        ${view.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${view.rowHeader}</th>
          ${view.columns.map((header) => html`<th scope="col">${header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${groups(
          view.rows,
          level,
          (row) =>
            html`<tr>
              <th scope="row"><span class="row-label">${inline(row.label)}</span></th>
              ${row.cells.map((cell) => html`<td>${contents(cell, level)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
    <div class="narrow">
      <p class="caption">${view.caption}</p>
      <ul class="cards" role="list">
        ${groups(
          view.rows,
          level,
          (row) =>
            html`<li class="card">${heading(level, undefined, inline(row.label))} ${facts(row.facts, level)}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}
