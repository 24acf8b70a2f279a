import type { NormalizedPolicy } from '../model/index.js';
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
import { emailMalformed, emptySection, insecureUrls, missingTranslation } from './rules/text.js';

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
  emptySection,
  emailMalformed,
  insecureUrls,
  missingTranslation,
];

/**
 * Checks a validated, normalized policy for what a notice must contain under GDPR Art. 13/14 and for text that
 * cannot be published as it is. Pure: no DOM, no I/O, so the CLI and the browser playground run the same code.
 */
export function lintPolicy(policy: NormalizedPolicy): LintFinding[] {
  const ctx = lintContext(policy);
  return RULES.flatMap((rule) => rule(ctx));
}
