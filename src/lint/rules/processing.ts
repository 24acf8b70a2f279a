import { legalBasisDetail, type LegalBasis, type Text } from '../../model/index.js';
import { finding, quote, type LintFinding, type Rule } from '../finding.js';

/** Art. 13(1)(c): a notice says why data is processed. */
export const purposes: Rule = ({ doc }) =>
  doc.purposes?.length || doc.processingActivities?.length
    ? []
    : [
        finding(
          'purposes',
          '',
          'The policy states no purpose of processing (GDPR Art. 13(1)(c)).',
          'Add `purposes`, each with a `label`, a `description` and its `legalBases`.',
        ),
      ];

/** Art. 13(1)(c): each purpose with its legal basis, given on the purpose or on a processing row that lists it. */
export const legalBasis: Rule = (ctx) => {
  const { doc } = ctx;
  const fromRows = new Set(
    (doc.processingActivities ?? []).filter((a) => a.legalBases?.length).flatMap((a) => a.purposes),
  );
  const fromChoices = new Set((doc.consentPurposes ?? []).flatMap((c) => (c.purpose ? [c.purpose] : [])));
  return (doc.purposes ?? []).flatMap((purpose, i): LintFinding[] => {
    if (purpose.legalBases?.length || fromRows.has(purpose.id) || fromChoices.has(purpose.id)) return [];
    return [
      finding(
        'legal-basis',
        `/purposes/${i}`,
        `{path} (${quote(ctx, purpose.label ?? purpose.description)}) has no legal basis, neither its own nor in a processing row that lists it (GDPR Art. 13(1)(c)).`,
        'Add `legalBases`, e.g. ["contract"] or ["legal-obligation"] (GDPR Art. 6(1)(a)-(f)).',
      ),
    ];
  });
};

/** "Legitimate interest(s)" as GDPR translations name it, in the languages of the policies we have seen. */
const INTEREST =
  'legitimate interests?|berechtigte[sn]? interessen?|intérêts? légitimes?|interés(?:es)? legítimos?|legittimi? interessi?|gerechtvaardigde? belang(?:en)?';
const NAMES_BASIS = new RegExp(`\\b(?:${INTEREST})`, 'i');
/** The basis's name followed by what the interest is: "legitimate interest in preventing fraud", "...: security". */
const NAMES_INTEREST = new RegExp(
  `\\b(?:${INTEREST})\\s{0,3}(?:in|of|to|an|daran|à|de|du|des|en|di|nel|bij|om|:|—|–|\\()`,
  'i',
);

/**
 * Whether policy words state an interest: they name it after the basis ("our legitimate interest in keeping
 * accounts safe"), or they do not repeat the basis's name at all and so are the interest ("to keep the service
 * safe"). "The legal basis ... is our legitimate interest." names the basis only.
 */
function statesInterest(text: Text | undefined): boolean {
  if (text === undefined) return false;
  return (typeof text === 'string' ? [text] : Object.values(text))
    .filter((t): t is string => typeof t === 'string')
    .some((t) => NAMES_INTEREST.test(t) || (!NAMES_BASIS.test(t) && t.trim().split(/\s+/).length >= 3));
}

/** Art. 13(1)(d): relying on legitimate interests means saying which interests. */
export const legitimateInterest: Rule = (ctx) => {
  // The interest may be stated in the basis's own note or in the policy's words about the bases (legalBasisNote).
  const check = (
    where: string,
    label: string,
    bases: LegalBasis[] | undefined,
    said: Text | undefined,
  ): LintFinding[] =>
    (bases ?? []).flatMap((basis, j) => {
      const detail = legalBasisDetail(basis);
      if (detail.basis !== 'legitimate-interests' || detail.legitimateInterest) return [];
      if (statesInterest(detail.note) || statesInterest(said)) return [];
      return [
        finding(
          'legitimate-interest',
          `${where}/legalBases/${j}`,
          `{path} relies on legitimate interests for ${label} without saying which interests are pursued (GDPR Art. 13(1)(d)).`,
          'Turn the basis into {"basis": "legitimate-interests", "legitimateInterest": "..."} and name the interest, e.g. "preventing fraud" (or state it in `legalBasisNote`).',
        ),
      ];
    });
  return [
    ...(ctx.doc.purposes ?? []).flatMap((p, i) =>
      check(`/purposes/${i}`, quote(ctx, p.label ?? p.description), p.legalBases, p.legalBasisNote),
    ),
    ...(ctx.doc.processingActivities ?? []).flatMap((a, i) =>
      check(
        `/processingActivities/${i}`,
        a.label ? quote(ctx, a.label) : `row "${a.id}"`,
        a.legalBases,
        a.legalBasisNote,
      ),
    ),
  ];
};

/** Art. 14(1)(d): data not collected from the person needs its categories listed. */
export const dataCategories: Rule = ({ doc }) => {
  const indirect = (doc.sources ?? []).filter((s) => s.kind === 'third-party' || s.kind === 'public');
  if (indirect.length === 0 || doc.dataCategories?.length) return [];
  return [
    finding(
      'data-categories',
      '/sources',
      `{path} names sources other than the person (${indirect.map((s) => s.id).join(', ')}), but the policy lists no categories of personal data (GDPR Art. 14(1)(d)).`,
      'Declare `dataCategories` and reference them from purposes or processing rows.',
    ),
  ];
};

/** Art. 13(2)(a): how long data is kept, or the criteria, ideally per purpose or category. */
export const retention: Rule = ({ doc }) => {
  const specific =
    Boolean(doc.retention?.rules?.length) ||
    [...(doc.dataCategories ?? []), ...(doc.purposes ?? []), ...(doc.processingActivities ?? [])].some(
      (item) => item.retention,
    );
  if (specific) return [];
  if (!doc.retention?.description) {
    return [
      finding(
        'retention',
        '',
        'The policy never says how long personal data is kept, or how that period is decided (GDPR Art. 13(2)(a)).',
        'Add `retention` to purposes or data categories (a period such as "P3Y", or a criterion in words), or `retention.rules`.',
      ),
    ];
  }
  return [
    finding(
      'retention-general',
      '/retention',
      '{path} only says in general terms how long data is kept; no purpose, data category or rule has its own period or criterion (GDPR Art. 13(2)(a)).',
      'State a period or criterion per purpose or data category, e.g. in `retention.rules`.',
    ),
  ];
};

/** Art. 13(2)(e): whether the person must provide the data, and what happens if they do not. */
export const provision: Rule = ({ doc }) =>
  doc.provisionRequirement
    ? []
    : [
        finding(
          'provision',
          '',
          'The policy has no statement (`provisionRequirement`) of whether providing personal data is a legal or contractual requirement, whether the reader must provide it, and what happens if they do not (GDPR Art. 13(2)(e)).',
          'Add `provisionRequirement`, e.g. "You need to give your email address to create an account; without it we cannot provide the service."',
        ),
      ];

/** Art. 13(2)(f): whether automated decisions (including profiling) are made, and if so how. */
export const automatedDecisions: Rule = ({ doc }) => {
  const adm = doc.automatedDecisionMaking;
  if (!adm) {
    return [
      finding(
        'automated-decisions',
        '',
        'The policy does not say (in `automatedDecisionMaking`) whether decisions with legal or similarly significant effects are made by automated means, including profiling (GDPR Art. 13(2)(f)).',
        'Add `automatedDecisionMaking` with `used` true or false.',
      ),
    ];
  }
  if (!adm.used || adm.description) return [];
  return [
    finding(
      'automated-decisions-logic',
      '/automatedDecisionMaking',
      '{path} says automated decisions are made, but not the logic involved, their significance or their consequences (GDPR Art. 13(2)(f)).',
      'Describe them in `automatedDecisionMaking.description`.',
    ),
  ];
};
