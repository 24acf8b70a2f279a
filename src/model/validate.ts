import { guardDocument } from './guard.js';
import isValid from './is-valid.generated.js';
import { normalize, type NormalizedPolicy } from './normalize.js';
import type { PrivacyPolicyDocument } from './policy.generated.js';
import { pointerTokens, problem, type PolicyProblem } from './problems.js';
import { DEFAULT_MAX_BYTES } from './parse.js';
import { checkVersion } from './version.js';

export type LoadResult =
  | { ok: true; policy: NormalizedPolicy; warnings: PolicyProblem[] }
  | { ok: false; errors: PolicyProblem[]; warnings: PolicyProblem[] };

/**
 * The JSON Schema's verdict on a document as problems. `explain` gives the reasons for a document the quick yes/no
 * check refused; without it (its code not loaded yet) the verdict is `undefined`: "invalid, reasons not at hand".
 * The quick check decides; ajv's explanation (test/model/quick-check.test.ts shows the two agree) is only asked for
 * when there is something to explain, and if it finds nothing wrong the document passes.
 */
export type SchemaExplainer = (document: unknown) => PolicyProblem[];

function schemaVerdict(document: unknown, explain: SchemaExplainer | undefined): PolicyProblem[] | undefined {
  return isValid(document) ? [] : explain?.(document);
}

/** Removes the value at a pointer from a (cloned) document. */
function remove(root: unknown, pointer: string): void {
  const tokens = pointerTokens(pointer);
  const last = tokens.pop();
  let parent = root as Record<string, unknown> | undefined;
  for (const t of tokens) parent = parent?.[t] as Record<string, unknown> | undefined;
  if (parent && last !== undefined && Object.prototype.hasOwnProperty.call(parent, last)) delete parent[last];
}

export interface ValidateOptions {
  /** Cap on the text of all strings and keys together (the same cap as a policy file's size); 5 MB by default. */
  maxBytes?: number;
  /**
   * The document is the very one a server already checked against the schema: the version a pre-rendered element's
   * markup names by its hash. The schema is not checked again; the guard's caps and the references still are.
   */
  schemaChecked?: boolean;
}

/**
 * The whole check of a parsed policy: reserved keys, nesting and size caps, schema version, the JSON Schema, then
 * references and ids during normalization. Never throws; every problem carries a JSON Pointer into `input`.
 * `undefined` when the document fails the schema and no `explain` was given: the caller loads it and asks again
 * (eager.ts always has it; quick.ts loads it on demand).
 */
export function validateWith(
  input: unknown,
  options: ValidateOptions,
  explain: SchemaExplainer | undefined,
): LoadResult | undefined {
  const steps = validationSteps(input, options, explain);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * {@link validateWith} as steps: between them (after the guard's copy, after the schema) it yields the number of
 * values the document holds, so a caller with a very large document can let the page paint and respond there.
 */
export function* validationSteps(
  input: unknown,
  options: ValidateOptions,
  explain: SchemaExplainer | undefined,
): Generator<number, LoadResult | undefined, void> {
  try {
    return yield* check(input, options, explain);
  } catch (error) {
    // Only an object handed in as `.policy` gets here: a getter or a proxy that throws while it is read.
    return {
      ok: false,
      errors: [problem('', 'unreadable', `could not be read as JSON data (${String(error)}).`)],
      warnings: [],
    };
  }
}

function* check(
  input: unknown,
  options: ValidateOptions,
  explain: SchemaExplainer | undefined,
): Generator<number, LoadResult | undefined, void> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [problem('', 'type', 'must be a JSON object: a policy document.')], warnings: [] };
  }
  const guarded = guardDocument(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (guarded.problems.length > 0) return { ok: false, errors: guarded.problems, warnings: [] };
  input = guarded.data; // plain data from here on: what is checked is what renders
  yield guarded.values;

  const version = checkVersion(input);
  if (version.problem) return { ok: false, errors: [version.problem], warnings: [] };

  let document = input;
  let errors = options.schemaChecked ? [] : schemaVerdict(document, explain);
  if (!errors) return undefined;
  const warnings: PolicyProblem[] = [];
  if (version.newerMinor && errors.some((e) => e.code === 'unknown-field')) {
    // A newer minor version may add fields: ignore them (with a warning) rather than refuse the whole document.
    document = structuredClone(input);
    for (const unknown of errors.filter((e) => e.code === 'unknown-field')) {
      warnings.push({
        ...unknown,
        severity: 'warning',
        message: `${unknown.message.replace(/\.$/, '')}; it comes from a newer schema version and is ignored.`,
      });
      remove(document, unknown.pointer);
    }
    errors = explain!(document);
  }
  if (errors.length > 0) return { ok: false, errors, warnings };
  yield guarded.values;

  const { policy, problems } = normalize(document as PrivacyPolicyDocument);
  warnings.push(...problems.filter((p) => p.severity === 'warning'));
  const referenceErrors = problems.filter((p) => p.severity === 'error');
  if (referenceErrors.length > 0) return { ok: false, errors: referenceErrors, warnings };
  return { ok: true, policy, warnings };
}
