import { DEFAULT_MAX_BYTES, documentProblem, parseWith, type ParseResult } from './parse.js';
import { validateWith, type LoadResult, type ValidateOptions } from './validate.js';

/*
 * Parsing and validation for the elements: the same checks and the same results as eager.ts, but the code that
 * explains a failure (ajv's compiled schema and its messages, the JSON syntax locator: explain.ts) is loaded only
 * when there is a failure to explain. A good policy is answered at once, without it; a broken one a moment later.
 */

/** The answer now, or its promise when explaining a failure needs explain.ts to load first. */
export type Soon<T> = T | Promise<T>;

const explainer = () => import('./explain.js');

/** Said when the explanation itself cannot load (offline, a blocked chunk): still an error, still where. */
function unexplained(what: string, error: unknown): { ok: false; errors: [ReturnType<typeof documentProblem>]; warnings: [] } {
  return { ok: false, errors: [documentProblem('unexplained', `${what}; the details could not be loaded (${String(error)}).`)], warnings: [] };
}

/** parsePolicyText of eager.ts, loading the syntax locator only for text that is not JSON. */
export function parsePolicyTextSoon(text: string, maxBytes = DEFAULT_MAX_BYTES): Soon<ParseResult> {
  return (
    parseWith(text, maxBytes, undefined) ??
    explainer().then(
      ({ syntaxProblem }) => parseWith(text, maxBytes, syntaxProblem)!,
      (error) => unexplained('The policy is not valid JSON', error),
    )
  );
}

/** validatePolicy of eager.ts, loading ajv and the messages only for a document the quick check refuses. */
export function validatePolicySoon(input: unknown, options: ValidateOptions = {}): Soon<LoadResult> {
  return (
    validateWith(input, options, undefined) ??
    explainer().then(
      ({ schemaProblems }) => validateWith(input, options, schemaProblems)!,
      (error) => unexplained('The policy does not follow the policy schema', error),
    )
  );
}
