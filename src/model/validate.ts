import schemaValidator from './validate.generated.js';
import { guardDocument } from './guard.js';
import { humanize } from './humanize.js';
import { normalize, type NormalizedPolicy } from './normalize.js';
import type { PrivacyPolicyDocument } from './policy.generated.js';
import { pointerTokens, problem, type PolicyProblem } from './problems.js';
import { checkVersion } from './version.js';

export type LoadResult =
  | { ok: true; policy: NormalizedPolicy; warnings: PolicyProblem[] }
  | { ok: false; errors: PolicyProblem[]; warnings: PolicyProblem[] };

function schemaProblems(value: unknown): PolicyProblem[] {
  return schemaValidator(value) ? [] : humanize(schemaValidator.errors ?? []);
}

/** Removes the value at a pointer from a (cloned) document. */
function remove(root: unknown, pointer: string): void {
  const tokens = pointerTokens(pointer);
  const last = tokens.pop();
  let parent = root as Record<string, unknown> | undefined;
  for (const t of tokens) parent = parent?.[t] as Record<string, unknown> | undefined;
  if (parent && last !== undefined && Object.prototype.hasOwnProperty.call(parent, last)) delete parent[last];
}

/**
 * The whole check of a parsed policy: reserved keys and nesting, schema version, the JSON Schema, then references
 * and ids during normalization. Never throws; every problem carries a JSON Pointer into `input`.
 */
export function validatePolicy(input: unknown): LoadResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [problem('', 'type', 'must be a JSON object: a policy document.')], warnings: [] };
  }
  const guarded = guardDocument(input);
  if (guarded.length > 0) return { ok: false, errors: guarded, warnings: [] };

  const version = checkVersion(input);
  if (version.problem) return { ok: false, errors: [version.problem], warnings: [] };

  let document = input;
  let errors = schemaProblems(document);
  const warnings: PolicyProblem[] = [];
  if (version.newerMinor && errors.some((e) => e.code === 'unknown-field')) {
    // A newer minor version may add fields: ignore them (with a warning) rather than refuse the whole document.
    document = structuredClone(input);
    for (const unknown of errors.filter((e) => e.code === 'unknown-field')) {
      warnings.push({ ...unknown, severity: 'warning', message: `${unknown.message.replace(/\.$/, '')}; it comes from a newer schema version and is ignored.` });
      remove(document, unknown.pointer);
    }
    errors = schemaProblems(document);
  }
  if (errors.length > 0) return { ok: false, errors, warnings };

  const { policy, problems } = normalize(document as PrivacyPolicyDocument);
  warnings.push(...problems.filter((p) => p.severity === 'warning'));
  const referenceErrors = problems.filter((p) => p.severity === 'error');
  if (referenceErrors.length > 0) return { ok: false, errors: referenceErrors, warnings };
  return { ok: true, policy, warnings };
}
