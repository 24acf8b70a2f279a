import type { PartPlacement } from '../../model/index.js';
import { weighed } from '../trim.js';
import type { DataCategoriesView, Inline, ListView, PurposesView, TextView } from '../types.js';
import { PART, weigh } from '../weights.js';
import { facts, type Words } from '../words.js';
import { legalBasisOf, placed, retentionOf } from './common.js';

/** A list of policy labels. */
export function labelList(words: Words, items: ReadonlyArray<Parameters<Words['label']>[0]>): ListView | undefined {
  if (!items.length) return undefined;
  return { kind: 'list', role: 'plain', items: items.map((item) => [words.label(item)]) };
}

/**
 * Data categories: label, a sensitive marker in words (not colour alone), description, examples, the policy's note
 * on them, source, retention.
 */
export function buildDataCategories(words: Words, placement: PartPlacement): DataCategoriesView {
  const everywhere = words.policy.document.onDeviceOnly === true;
  return weighed(PART, {
    part: 'data-categories' as const,
    ...(everywhere ? { statement: words.t('data.onDeviceOnly') } : {}),
    categories: placed(words.policy.dataCategories, placement).map((category) => {
      const kinds = (category.sensitiveKind ?? []).map((k) => words.t(`sensitiveKind.${k}`));
      const description = words.md(category.description);
      const note = words.md(category.note);
      return weighed(weigh(category.description, category.note), {
        label: words.text(category.label)!,
        ...(category.sensitive
          ? {
              sensitive: kinds.length
                ? words.t('data.sensitiveKinds', { kinds: words.list(kinds) })
                : words.t('data.sensitive'),
            }
          : {}),
        ...(category.onDeviceOnly && !everywhere ? { onDevice: words.t('data.onDeviceOnly') } : {}),
        ...(description ? { description } : {}),
        examples: (category.examples ?? []).map((e) => words.text(e)).filter((e): e is TextView => e !== undefined),
        ...(note ? { note } : {}),
        facts: facts([
          [words.t('processing.source'), words.text(category.sourceDetails?.label)],
          [words.t('purpose.retention'), retentionOf(words, category.retention)],
        ]),
      });
    }),
  });
}

/** Purposes: each with its legal bases (and the policy's words about them), the data used, who it concerns, who receives it, how long it is kept. */
export function buildPurposes(words: Words, placement: PartPlacement): PurposesView {
  return weighed(PART, {
    part: 'purposes' as const,
    purposes: placed(words.policy.purposes, placement).map((purpose) => {
      const bases = words.join(
        purpose.legalBases.map((basis): Inline[] => [
          { kind: 'span', role: 'basis', content: legalBasisOf(words, basis) },
        ]),
      );
      const description = words.md(purpose.description);
      const note = words.md(purpose.legalBasisNote);
      return weighed(weigh(purpose.description, purpose.legalBasisNote, purpose.optOut), {
        ...(purpose.label !== undefined ? { label: words.text(purpose.label)! } : {}),
        ...(description ? { description } : {}),
        facts: facts([
          [words.t('purpose.legalBasis'), [...bases, ...(note ? [note] : [])]],
          [
            words.t('purpose.data'),
            purpose.dataCategories.length
              ? words.list(purpose.dataCategories.map((c) => words.plain(c.label)))
              : undefined,
          ],
          [
            words.t('purpose.subjects'),
            purpose.dataSubjects.length ? words.list(purpose.dataSubjects.map((s) => words.plain(s.label))) : undefined,
          ],
          [words.t('purpose.recipients'), labelList(words, purpose.recipients)],
          [words.t('purpose.retention'), retentionOf(words, purpose.retention)],
          [words.t('purpose.optOut'), words.md(purpose.optOut)],
        ]),
      });
    }),
  });
}
