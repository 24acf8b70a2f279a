import type { PartName } from '../../model/index.js';
import type { Inline, SummaryRowView, SummaryView } from '../types.js';
import type { Words } from '../words.js';
import { partAnchor } from '../anchors.js';
import { retentionOf } from './common.js';
import { rightName } from './rights.js';

/** About how many characters of items a line of the summary shows before "N more": about one line at 360 px. */
export const SUMMARY_BUDGET = 40;

/** A link to an anchor of the full notice: on this page, or on the page the reader names (`noticeUrl`). */
const hrefOf = (words: Words, anchor: string) => `${words.reader.noticeUrl ?? ''}#${anchor}`;

/**
 * The first items of a list, as many as fit the line's budget (at least one), and how many more the full notice has.
 * Items are never cut: the author's words are shown whole or not at all.
 */
export function fit<T>(items: readonly T[], length: (item: T) => number, budget = SUMMARY_BUDGET) {
  let used = 0;
  let shown = 0;
  for (const item of items) {
    used += length(item) + 2;
    if (shown > 0 && used > budget) break;
    shown++;
  }
  return { shown: items.slice(0, shown), more: items.length - shown };
}

const textLength = (inline: Inline[]): number =>
  inline.reduce<number>(
    (n, piece) =>
      n +
      (typeof piece === 'string'
        ? piece.length
        : 'value' in piece && typeof piece.value === 'string'
          ? piece.value.length
          : 'content' in piece
            ? textLength(piece.content)
            : 'words' in piece
              ? textLength(piece.words)
              : 0),
    0,
  );

/**
 * The first layer of the notice: who is responsible, what data (sensitive marked), for what, shared with whom, kept
 * how long, sent where, the reader's choices and rights. Every line names the part of the full notice it sums up and
 * links to it; its items are the policy's own words (names, labels, durations, places), never a sentence of the
 * library's. A line the policy has nothing for is left out.
 */
export function buildSummary(words: Words): SummaryView {
  const { policy } = words;
  const doc = policy.document;
  const rows: SummaryRowView[] = [];
  const row = (part: PartName, label: string, items: Inline[][], links?: string[]) => {
    const anchor = partAnchor(words, part);
    if (anchor === undefined || items.length === 0) return;
    const { shown, more } = fit(items, textLength);
    const linked = shown.map((content, i): Inline[] =>
      links?.[i] ? [{ kind: 'link', href: links[i]!, external: false, literal: false, words: content }] : content,
    );
    rows.push({
      part,
      label,
      href: hrefOf(words, anchor),
      content: words.join(more > 0 ? [...linked, [words.t('summary.more', { count: more })]] : linked),
    });
  };

  const controller = words.name(doc.controller.name)!;
  row('contacts', words.t('contact.controller'), [
    doc.controller.tradingName ? words.detail(controller, words.name(doc.controller.tradingName)) : [controller],
  ]);

  const sensitive = words.t('data.sensitive');
  row(
    'data-categories',
    words.t('parts.data-categories'),
    policy.dataCategories.map((category) => {
      const label = words.text(category.label)!;
      return category.sensitive
        ? words.sentence('joins.aside', {
            item: label,
            aside: { kind: 'span', role: 'badge sensitive', content: [sensitive] },
          })
        : [label];
    }),
  );

  row(
    'purposes',
    words.t('parts.purposes'),
    policy.purposes.map((purpose) => [words.label(purpose)]),
  );

  row(
    'recipients',
    words.t('parts.recipients'),
    doc.noRecipients || doc.onDeviceOnly
      ? [[words.t('data.noRecipients')]]
      : policy.recipients.map((recipient) => [words.text(recipient.label)!]),
  );

  // Each way of keeping data the policy states once, in its own order: rules, then categories, purposes, rows.
  const kept = new Map<string, Inline[]>();
  for (const retention of [
    ...policy.retentionRules.map((rule) => rule.retention),
    ...policy.dataCategories.map((c) => c.retention),
    ...policy.purposes.map((p) => p.retention),
    ...policy.processing.map((a) => a.retention),
  ]) {
    const said = retentionOf(words, retention);
    const key = JSON.stringify(said);
    if (said.length && !kept.has(key)) kept.set(key, said);
  }
  row('retention', words.t('parts.retention'), [...kept.values()]);

  const transfers = doc.internationalTransfers;
  const placesList = [
    ...new Set([...(transfers?.storageLocations ?? []), ...policy.transfers.flatMap((t) => t.destinations)]),
  ];
  row(
    'transfers',
    words.t('parts.transfers'),
    doc.onDeviceOnly ? [[words.t('data.onDeviceOnly')]] : placesList.map((code) => [words.ui.place(code)]),
  );

  row(
    'consents',
    words.t('parts.consents'),
    policy.consentPurposes.map((choice) => [words.text(choice.label)!]),
  );

  const rights = policy.rights;
  row(
    'rights',
    words.t('parts.rights'),
    rights.map((right) => [rightName(words, right)]),
    rights.map((right) => hrefOf(words, words.anchor(right.anchor))),
  );

  return { part: 'summary', weight: rows.length, rows };
}
