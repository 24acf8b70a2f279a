// Lints variations of test/fixtures/valid/complete.json, a policy that gives everything GDPR Art. 13 asks for.
import { lintPolicy, type LintFinding, type LintProfile } from '../../src/lint/index.js';
import { validatePolicy, type PrivacyPolicyDocument } from '../../src/model/index.js';

let complete: PrivacyPolicyDocument | undefined;

export async function loadComplete(): Promise<void> {
  complete = await (await fetch('/test/fixtures/valid/complete.json')).json();
}

/** The findings for the complete policy after `change`; the changed policy must still be valid. */
export function lintChanged(
  change: (doc: PrivacyPolicyDocument) => void,
  profile: LintProfile = 'default',
): LintFinding[] {
  const doc = structuredClone(complete!);
  change(doc);
  const result = validatePolicy(doc);
  if (!result.ok) throw new Error(`the changed policy is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
  return lintPolicy(result.policy, { profile });
}

/** 'rule pointer' of each finding: what the tests compare, besides the messages they quote. */
export const where = (findings: LintFinding[]) => findings.map((f) => `${f.rule} ${f.pointer}`);
