import type { LegalBasisDetail, PartPlacement, Retention } from '../../model/index.js';
import type { Inline } from '../types.js';
import type { Words } from '../words.js';

/** The items a placement names, in its order, or all of them. */
export function placed<T extends { id: string }>(items: readonly T[], placement: PartPlacement): readonly T[] {
  if (!placement.ids) return items;
  const byId = new Map(items.map((item) => [item.id, item]));
  return placement.ids.flatMap((id) => byId.get(id) ?? []);
}

/** How long something is kept, in words: the duration, the criterion, or both. */
export function retentionOf(words: Words, retention: Retention | undefined): Inline[] {
  const duration = retention?.duration !== undefined ? words.ui.duration(retention.duration) : undefined;
  const criterion = words.text(retention?.criterion);
  if (duration !== undefined && criterion) return words.detail(duration, criterion);
  return duration !== undefined ? [duration] : criterion ? [criterion] : [];
}

/** Laws other than the GDPR (the default), by the acronym they go by in every language. */
const REGIMES: Partial<Record<LegalBasisDetail['regime'], string>> = {
  'uk-gdpr': 'UK GDPR',
  ccpa: 'CCPA',
  lgpd: 'LGPD',
  pipl: 'PIPL',
  pipeda: 'PIPEDA',
};

/**
 * A legal basis by its name and law, with the policy's own wording of it when that says something the name does
 * not, and the legitimate interest pursued.
 */
export function legalBasisOf(words: Words, basis: LegalBasisDetail): Inline[] {
  const name = words.t(`legalBasis.${basis.basis}`);
  const regime = REGIMES[basis.regime];
  const note =
    basis.note !== undefined && words.plain(basis.note).trim().toLowerCase() !== name.toLowerCase()
      ? words.text(basis.note)
      : undefined;
  const interest = words.text(basis.legitimateInterest);
  const named: Inline[] = regime ? words.sentence('joins.aside', { item: name, aside: regime }) : [name];
  return [
    ...(note ? words.sentence('joins.quoted', { item: named, quote: { kind: 'quote', content: [note] } }) : named),
    ...(interest
      ? [
          {
            kind: 'span' as const,
            role: 'note' as const,
            content: words.sentence('purpose.legitimateInterest', { interest }),
          },
        ]
      : []),
  ];
}
