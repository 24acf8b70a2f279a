import { html, nothing } from 'lit';
import type { UiKey } from '../../i18n/ui.js';
import type { LegalBasisDetail, PartPlacement, ResolvedActivity, Text } from '../../model/index.js';
import { renderGroups, takeGroups } from '../budget.js';
import { weigh } from '../weights.js';
import { facts, heading, list, md, plain, t, text, type Content, type RenderContext } from '../context.js';
import { retentionText, sentence } from './retention.js';
import { transferSummary } from './transfers.js';

type Column = [header: UiKey, cell: (row: ResolvedActivity) => Content];

/** Laws other than the GDPR (the default), by the acronym they go by in every language. */
const REGIMES: Partial<Record<LegalBasisDetail['regime'], string>> = { 'uk-gdpr': 'UK GDPR', ccpa: 'CCPA', lgpd: 'LGPD', pipl: 'PIPL', pipeda: 'PIPEDA' };

/** A legal basis by its name, with the vendor's own wording of it when that says something the name does not. */
function renderBasis(ctx: RenderContext, basis: LegalBasisDetail): Content {
  const name = t(ctx, `legalBasis.${basis.basis}`);
  const regime = REGIMES[basis.regime];
  const note = basis.note !== undefined && plain(ctx, basis.note).trim().toLowerCase() !== name.toLowerCase() ? basis.note : undefined;
  return html`${name}${regime ? ` (${regime})` : nothing}${note !== undefined ? html` <q class="note">${text(ctx, note)}</q>` : nothing}${
    basis.legitimateInterest !== undefined
      ? html`<span class="note">${sentence(ctx, 'purpose.legitimateInterest', { interest: text(ctx, basis.legitimateInterest) })}</span>`
      : nothing}`;
}

function labels(ctx: RenderContext, items: Array<{ label: Text }>): Content {
  return list(items, (item) => text(ctx, item.label));
}

/** The columns after the row header; Retention and Transfers only when some row has them. */
function columns(ctx: RenderContext, rows: ResolvedActivity[], level: number): Column[] {
  const shown: Column[] = [
    ['processing.source', (r) => (r.source
      ? html`${text(ctx, r.source.label)} <span class="kind">(${t(ctx, `sourceKind.${r.source.kind}`)})</span>${md(ctx, r.source.description, level)}`
      : nothing)],
    ['processing.operations', (r) => text(ctx, r.operations)],
    ['processing.purposes', (r) => labels(ctx, r.purposes)],
    ['processing.data', (r) => labels(ctx, r.dataCategories)],
    ['processing.legalBasis', (r) => (r.legalBases.length || r.legalBasisNote !== undefined
      ? html`${list(r.legalBases, (b) => renderBasis(ctx, b))}${md(ctx, r.legalBasisNote, level)}`
      : nothing)],
    ['processing.subjects', (r) => labels(ctx, r.dataSubjects)],
    ['processing.recipients', (r) => labels(ctx, r.recipients)],
  ];
  if (rows.some((r) => r.retention)) shown.push(['processing.retention', (r) => retentionText(ctx, r.retention)]);
  if (rows.some((r) => r.transfers.length)) shown.push(['processing.transfers', (r) => list(r.transfers, (x) => transferSummary(ctx, x))]);
  return shown;
}

/** A row shows its Markdown and its lists twice (table and stacked): about 7 cookie rows for the usual row. */
function rowWeight(row: ResolvedActivity): number {
  const listed = row.purposes.length + row.dataCategories.length + row.dataSubjects.length + row.recipients.length + row.transfers.length;
  return 2 * weigh(row.sourceExplanation, row.source?.description, row.legalBasisNote) + listed / 4;
}

/** A row's name: its label, else its purposes (every row has at least one). */
function rowLabel(ctx: RenderContext, row: ResolvedActivity): Content | string {
  return row.label !== undefined ? text(ctx, row.label) : ctx.ui.list(row.purposes.map((p) => plain(ctx, p.label)));
}

function renderWide(ctx: RenderContext, rows: ResolvedActivity[][], cols: Column[], level: number): Content {
  return html`<table class="wide" part="table">
    <caption>${t(ctx, 'processing.caption')}</caption>
    <thead>
      <tr><th scope="col">${t(ctx, 'processing.activity')}</th>${cols.map(([header]) => html`<th scope="col">${t(ctx, header)}</th>`)}</tr>
    </thead>
    <tbody>
      ${renderGroups(ctx, rows, (row) => html`<tr>
        <th scope="row"><span class="row-label">${rowLabel(ctx, row)}</span>${md(ctx, row.sourceExplanation, level)}</th>
        ${cols.map(([, cell]) => html`<td>${cell(row)}</td>`)}
      </tr>`)}
    </tbody>
  </table>`;
}

/** The same rows stacked, one block per row with each field labelled by its column header, for narrow screens. */
function renderNarrow(ctx: RenderContext, rows: ResolvedActivity[][], cols: Column[], level: number): Content {
  return html`<div class="narrow">
    <p class="caption">${t(ctx, 'processing.caption')}</p>
    <ul class="cards" role="list">
      ${renderGroups(ctx, rows, (row) => html`<li class="card">
        ${heading(level, undefined, rowLabel(ctx, row))}
        ${md(ctx, row.sourceExplanation, level)}
        ${facts(cols.map(([header, cell]) => [t(ctx, header), cell(row)]))}
      </li>`)}
    </ul>
  </div>`;
}

/**
 * The processing table: one row per activity (source, operations, purposes, data, legal bases, people concerned,
 * recipients, and retention and transfers when any row has them). Rendered twice, as a table and stacked; the
 * stylesheet shows the one that fits the notice's width (see tables.styles.ts). With `placement.ids`, only those rows.
 */
export function renderProcessing(ctx: RenderContext, placement: PartPlacement, level: number): Content {
  const all = ctx.policy.processing;
  const rows = placement.ids ? placement.ids.flatMap((id) => all.filter((r) => r.id === id)) : all;
  if (rows.length === 0) return nothing;
  const cols = columns(ctx, rows, level);
  const shown = takeGroups(ctx, rows, rowWeight); // the same rows in both forms
  return html`<div class="processing">${renderWide(ctx, shown, cols, level)}${renderNarrow(ctx, shown, cols, level)}</div>`;
}
