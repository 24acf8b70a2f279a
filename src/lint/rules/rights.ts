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

/**
 * Art. 12(2): a way to exercise the rights. The controller's or the DPO's e-mail, shown in the notice, is one; else
 * the rights with no channel of their own and none shared are reported together, once.
 */
export const rightChannel: Rule = ({ policy, doc }) => {
  if (doc.controller.email || doc.dpo?.email || doc.contacts?.some((c) => c.role === 'dpo' && c.email)) return [];
  const without = policy.rights.filter(
    (right) =>
      !right.channels.length &&
      !NOT_REQUESTED.has(right.id) &&
      !(right.id === 'complaint' && doc.supervisoryAuthorities?.length),
  );
  if (without.length === 0) return [];
  return [
    finding(
      'right-channel',
      '/rights',
      `${without.length === 1 ? 'The right' : 'The rights'} ${and(without.map((r) => `"${r.id}"`))} ${without.length === 1 ? 'has' : 'have'} no channels, \`rightsExercise\` shares none and the controller has no e-mail address, so the notice lists no way to exercise ${without.length === 1 ? 'it' : 'them'} (GDPR Art. 12(2)).`,
      'Add `rightsExercise.channels` (email, web form, in-app path...) shared by every right, or `controller.email`.',
    ),
  ];
};
