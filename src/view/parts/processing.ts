import type { PartPlacement, ResolvedActivity, ResolvedTransfer } from '../../model/index.js';
import type { UiKey } from '../../i18n/ui.js';
import { weighed } from '../trim.js';
import type { Content, Inline, ProcessingView } from '../types.js';
import { PART, weigh } from '../weights.js';
import type { Words } from '../words.js';
import { legalBasisOf, placed, retentionOf } from './common.js';
import { labelList } from './data.js';

type Column = [header: UiKey, cell: (row: ResolvedActivity) => Content[]];

/** Countries and regions in the reader's language, as one phrase ("France and Germany"). */
export function places(words: Words, codes: readonly string[]): string {
  return words.list(codes.map((code) => words.ui.place(code)));
}

/** Where a transfer goes and under which safeguards, in a line (the processing table's Transfers column). */
function transferSummary(words: Words, transfer: ResolvedTransfer | ResolvedActivity['transfers'][number]): string {
  const safeguards = (transfer.safeguards ?? []).map((s) => words.t(`safeguard.${s}`));
  const where = places(words, transfer.destinations);
  return safeguards.length ? words.t('joins.aside', { item: where, aside: words.list(safeguards) }) : where;
}

/** A list, or nothing when it is empty. */
function listOf(items: Content[][]): Content[] {
  return items.length ? [{ kind: 'list', role: 'plain', items }] : [];
}

/** The columns after the row header, in their order. */
function columns(words: Words): Column[] {
  const labels = (items: Parameters<typeof labelList>[1]): Content[] => [labelList(words, items) ?? []].flat();
  return [
    [
      'processing.source',
      (r) => {
        // The policy's explanation of the source sits with it, so the row header stays the activity's name.
        const explanation = words.md(r.sourceExplanation);
        const more = explanation ? [explanation] : [];
        if (!r.source) return more;
        const description = words.md(r.source.description);
        const kind: Inline = { kind: 'span', role: 'kind', content: [words.t(`sourceKind.${r.source.kind}`)] };
        const source = words.sentence('joins.aside', { item: words.text(r.source.label)!, aside: kind });
        return [...source, ...(description ? [description] : []), ...more];
      },
    ],
    ['processing.operations', (r) => [words.text(r.operations) ?? []].flat()],
    ['processing.purposes', (r) => labels(r.purposes)],
    ['processing.data', (r) => labels(r.dataCategories)],
    [
      'processing.legalBasis',
      (r) => {
        const note = words.md(r.legalBasisNote);
        return [...listOf(r.legalBases.map((basis) => legalBasisOf(words, basis))), ...(note ? [note] : [])];
      },
    ],
    ['processing.subjects', (r) => labels(r.dataSubjects)],
    ['processing.recipients', (r) => labels(r.recipients)],
    ['processing.retention', (r) => retentionOf(words, r.retention)],
    ['processing.transfers', (r) => listOf(r.transfers.map((x) => [transferSummary(words, x)]))],
  ];
}

/** A row shows its Markdown and its lists twice (table and stacked): about 7 cookie rows for the usual row. */
function rowWeight(row: ResolvedActivity): number {
  const listed =
    row.purposes.length +
    row.dataCategories.length +
    row.dataSubjects.length +
    row.recipients.length +
    row.transfers.length;
  return 2 * weigh(row.sourceExplanation, row.source?.description, row.legalBasisNote) + listed / 4;
}

/**
 * The processing table: one row per activity (source, operations, purposes, data, legal bases, people concerned,
 * recipients, retention, transfers), named by its label, else by its purposes. A column no row fills is not shown.
 */
export function buildProcessing(words: Words, placement: PartPlacement): ProcessingView {
  const rows = placed(words.policy.processing, placement);
  const all = columns(words);
  const table = rows.map((row) => all.map(([, cell]) => cell(row)));
  const shown = all.flatMap((_, i) => (table.some((cells) => cells[i]!.length) ? [i] : []));
  const headers = shown.map((i) => words.t(all[i]![0]));
  return weighed(PART, {
    part: 'processing' as const,
    caption: words.t('processing.caption'),
    rowHeader: words.t('processing.activity'),
    columns: headers,
    rows: rows.map((row, r) => {
      const cells = shown.map((i) => table[r]![i]!);
      // The row weighs what it costs; its own part of that is what its cells and label are not.
      return {
        weight: rowWeight(row),
        label:
          row.label !== undefined ? words.text(row.label)! : words.list(row.purposes.map((p) => words.label(p).value)),
        cells,
        facts: headers.flatMap((label, i) => (cells[i]!.length ? [{ label, value: cells[i]! }] : [])),
      };
    }),
  });
}
