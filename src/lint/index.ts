// The lint entry: pure and DOM-free, so `privacy-notice lint` and the browser playground run the same checks.
import { checkPolicyText, type PlacedProblem } from '../model/check-text.js';
import type { NormalizedPolicy } from '../model/index.js';
import type { LintProfile } from './catalog.js';
import type { LintFinding } from './finding.js';
import { lintPolicy } from './lint.js';

export { PROFILES, RULE_CATALOG, type LintProfile, type RuleId } from './catalog.js';
export type { LintFinding } from './finding.js';
export { lintPolicy } from './lint.js';
export { applicableRights, type ApplicableRight } from './rights-by-basis.js';
export { checkPolicyText, type PlacedProblem, type TextCheck } from '../model/check-text.js';

/** A finding placed at a line and column of the policy's text. */
export interface PlacedFinding extends LintFinding {
  line: number;
  column: number;
}

export interface LintReport {
  /** Whether the policy passed validation; lint rules run only on a valid policy. */
  valid: boolean;
  /** Validation errors and warnings, as `validate` reports them. */
  problems: PlacedProblem[];
  /** Lint findings, by line and column. */
  findings: PlacedFinding[];
  policy?: NormalizedPolicy;
}

/**
 * Validates and lints policy JSON text, placing everything at a line and column. `more` adds findings of checks
 * that need more than the policy (the store labels of `lint --apple/--play`). Never throws.
 */
export function lintText(
  text: string,
  maxBytes?: number,
  profile?: LintProfile,
  more?: (policy: NormalizedPolicy) => LintFinding[],
): LintReport {
  const check = checkPolicyText(text, maxBytes);
  const problems = [...check.errors, ...check.warnings];
  if (!check.policy) return { valid: false, problems, findings: [] };
  const findings = [...lintPolicy(check.policy, profile ? { profile } : {}), ...(more?.(check.policy) ?? [])]
    .map((f) => ({ ...f, ...check.locate(f.pointer) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { valid: true, problems, findings, policy: check.policy };
}
