import type { NormalizedPolicy } from '../model/index.js';
import { RULE_CATALOG, type LintProfile } from './catalog.js';
import { lintContext, type LintFinding, type Rule } from './finding.js';
import {
  controllerAddress,
  controllerContact,
  dpoContact,
  recipients,
  transferSafeguards,
  transfers,
} from './rules/parties.js';
import { placeholder, templateLeftover } from './rules/placeholders.js';
import {
  automatedDecisions,
  dataCategories,
  legalBasis,
  legitimateInterest,
  provision,
  purposes,
  retention,
} from './rules/processing.js';
import { rightChannel, rightsForBases } from './rules/rights.js';
import { emailMalformed, emptySection, insecureUrls, languageKeys, missingTranslation } from './rules/text.js';
import { linkTarget, machineTranslation, strayHtml } from './rules/wording.js';

/**
 * The rules in the order their findings are listed for one place. Completeness first (GDPR Art. 13/14, in the
 * order of the articles), then the text itself.
 */
const RULES: Rule[] = [
  controllerContact,
  controllerAddress,
  dpoContact,
  purposes,
  legalBasis,
  legitimateInterest,
  recipients,
  transfers,
  transferSafeguards,
  retention,
  rightsForBases,
  rightChannel,
  provision,
  automatedDecisions,
  dataCategories,
  placeholder,
  templateLeftover,
  machineTranslation,
  strayHtml,
  emptySection,
  emailMalformed,
  linkTarget,
  insecureUrls,
  missingTranslation,
  languageKeys,
];

/**
 * Checks a validated, normalized policy for what a notice must contain under GDPR Art. 13/14 and for text that
 * cannot be published as it is. Pure: no DOM, no I/O, so the CLI and the browser playground run the same code.
 */
export function lintPolicy(policy: NormalizedPolicy, options: { profile?: LintProfile } = {}): LintFinding[] {
  const ctx = lintContext(policy);
  const seen = new Set<string>();
  return RULES.flatMap((rule) => rule(ctx))
    .filter((f) => {
      const key = `${f.rule}\u0000${f.pointer}\u0000${f.message}`; // one finding per problem, however it was reached
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .map((f) =>
      options.profile === 'transcription' && RULE_CATALOG[f.rule].gdpr.startsWith('Art.') && f.severity === 'error'
        ? { ...f, severity: 'warning' as const }
        : f,
    );
}
