import type { LegalBasisId, RightId } from '../model/index.js';
import { DPV_GDPR, RIGHTS_BY_LEGAL_BASIS } from './dpv-rights.js';

/** Our legal-basis ids -> DPV's GDPR Art. 6(1) terms ('other' has none: it is not a GDPR basis). */
export const DPV_BASIS: Partial<Record<LegalBasisId, string>> = {
  consent: 'A6-1-a',
  'explicit-consent': 'A6-1-a-explicit-consent',
  contract: 'A6-1-b',
  'legal-obligation': 'A6-1-c',
  'vital-interests': 'A6-1-d',
  'public-task': 'A6-1-e',
  'legitimate-interests': 'A6-1-f',
};

/**
 * DPV's GDPR right terms -> our catalog's right ids. A13/A14, the right to be informed, is missing on purpose: the
 * notice being linted is how that right is met.
 */
export const RIGHT_FOR_TERM: Readonly<Record<string, RightId>> = {
  A15: 'access',
  A16: 'rectification',
  A17: 'erasure',
  A18: 'restriction',
  A20: 'portability',
  A21: 'objection',
  A22: 'automated-decision',
  'A7-3': 'withdraw-consent',
  A77: 'complaint',
};

export interface ApplicableRight {
  right: RightId;
  /** The right's DPV concept, e.g. https://w3id.org/dpv/legal/eu/gdpr#A20. */
  iri: string;
  /** 'Art. 20', 'Art. 7(3)'. */
  article: string;
  /** The bases (of those given) under which it applies; empty when none were given and it applies under every one. */
  because: LegalBasisId[];
}

/** 'A7-3' -> 'Art. 7(3)'. */
function article(term: string): string {
  const [number, ...paragraphs] = term.slice(1).split('-');
  return `Art. ${number}${paragraphs.map((p) => `(${p})`).join('')}`;
}

/**
 * The data-subject rights that apply under some GDPR legal bases, after W3C DPV's mapping. With no basis known,
 * the rights that apply whatever the basis (access, rectification, restriction, complaint).
 */
export function applicableRights(bases: readonly LegalBasisId[]): ApplicableRight[] {
  const known = [...new Set(bases)].filter((basis) => DPV_BASIS[basis]);
  const everyBasis = Object.values(DPV_BASIS).map((term) => RIGHTS_BY_LEGAL_BASIS[term!] ?? []);
  const terms = known.length
    ? [...new Set(known.flatMap((basis) => RIGHTS_BY_LEGAL_BASIS[DPV_BASIS[basis]!] ?? []))]
    : everyBasis[0]!.filter((term) => everyBasis.every((rights) => rights.includes(term)));
  return terms
    .filter((term) => RIGHT_FOR_TERM[term])
    .map((term) => ({
      right: RIGHT_FOR_TERM[term]!,
      iri: DPV_GDPR + term,
      article: article(term),
      because: known.filter((basis) => RIGHTS_BY_LEGAL_BASIS[DPV_BASIS[basis]!]?.includes(term)),
    }));
}
