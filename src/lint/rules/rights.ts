import { en } from '../../i18n/locales/en.js';
import type { LegalBasisId } from '../../model/index.js';
import { and, finding, type LintFinding, type Rule } from '../finding.js';
import { applicableRights } from '../rights-by-basis.js';

/** Rights that are not requested from the controller, so they need no channel. */
const NOT_REQUESTED = new Set(['information', 'non-discrimination']);

/** 'Right to data portability' -> 'the right to data portability'; 'Rights related to...' -> 'rights related to...'. */
function rightPhrase(id: string): string {
  const title = en.rightTitle[id as keyof typeof en.rightTitle] ?? id;
  const lower = title.charAt(0).toLowerCase() + title.slice(1);
  return lower.startsWith('right ') ? `the ${lower}` : lower;
}

/** The GDPR legal bases the policy relies on anywhere: purposes, processing rows and consent choices. */
function gdprBases({ policy }: Parameters<Rule>[0]): LegalBasisId[] {
  const details = [
    ...policy.purposes.flatMap((p) => p.legalBases),
    ...policy.processing.flatMap((a) => a.legalBases),
    ...policy.consentPurposes.map((c) => ({ basis: c.legalBasis, regime: 'gdpr' as const })),
  ];
  return details.filter((d) => d.regime === 'gdpr' || d.regime === 'uk-gdpr').map((d) => d.basis);
}

/**
 * Art. 13(2)(b)-(d): every right that applies under the legal bases used, after W3C DPV's legal basis -> rights
 * mapping. Automated-decision rights only matter when automated decisions are made. A complaint right the policy
 * gives only by naming supervisory authorities is a warning: the reader is told, but there is no #right-complaint.
 */
export const rightsForBases: Rule = (ctx) => {
  const present = new Set(ctx.doc.rights?.filter((r) => !r.custom).map((r) => r.id));
  const at = ctx.doc.rights ? '/rights' : '';
  return applicableRights(gdprBases(ctx)).flatMap(({ right, article, because }): LintFinding[] => {
    if (present.has(right) || (right === 'automated-decision' && !ctx.doc.automatedDecisionMaking?.used)) return [];
    const gives = `GDPR ${article} gives ${rightPhrase(right)}`;
    const reason = because.length
      ? `The policy relies on ${and(because.map((b) => en.legalBasis[b].toLowerCase()))}, under which ${gives} (W3C DPV)`
      : `No legal basis is given, and ${gives} whatever the basis (W3C DPV)`;
    if (right === 'complaint' && ctx.doc.supervisoryAuthorities?.length) {
      return [
        finding(
          'complaint-right',
          '/supervisoryAuthorities',
          `{path} names where to complain, but \`rights\` has no "complaint", so the notice has no #right-complaint to link to.`,
          'Add {"id": "complaint"} to `rights`; its channels can point to the authority.',
        ),
      ];
    }
    return [
      finding(
        'right-missing',
        at,
        `${reason}; \`rights\` has no "${right}".`,
        `Add {"id": "${right}"} to \`rights\`, with how to exercise it.`,
      ),
    ];
  });
};

/** Art. 12(2): a right with no channel shows no "How to exercise this right", whatever its description says. */
export const rightChannel: Rule = ({ policy, doc }) =>
  policy.rights.flatMap((right, i): LintFinding[] => {
    if (right.channels.length || NOT_REQUESTED.has(right.id)) return [];
    if (right.id === 'complaint' && doc.supervisoryAuthorities?.length) return [];
    return [
      finding(
        'right-channel',
        `/rights/${i}`,
        `{path} ("${right.id}") has no channels and \`rightsExercise\` shares none, so the notice lists no way to exercise it (GDPR Art. 12(2)).`,
        'Add `channels` (email, web form, in-app path...) to the right, or shared ones to `rightsExercise.channels`.',
      ),
    ];
  });
