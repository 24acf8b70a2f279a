import { DEFAULT_MAX_BYTES, documentProblem, parseWith, type ParseResult } from './parse.js';
import { validateWith, validationSteps, type LoadResult, type ValidateOptions } from './validate.js';

/*
 * Parsing and validation for the elements: the same checks and the same results as eager.ts, but the code that
 * explains a failure (ajv's compiled schema and its messages, the JSON syntax locator: explain.ts) is loaded only
 * when there is a failure to explain. A good policy is answered at once, without it (a very large one over a few
 * tasks, when the caller asks for that); a broken one a moment later.
 */

/** The answer now, or its promise when explaining a failure needs explain.ts to load first (or the check is paused). */
export type Soon<T> = T | Promise<T>;

const explainer = () => import('./explain.js');

/** Said when the explanation itself cannot load (offline, a blocked chunk): still an error, still where. */
function unexplained(
  what: string,
  error: unknown,
): { ok: false; errors: [ReturnType<typeof documentProblem>]; warnings: [] } {
  return {
    ok: false,
    errors: [documentProblem('unexplained', `${what}; the details could not be loaded (${String(error)}).`)],
    warnings: [],
  };
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

export interface SoonOptions extends ValidateOptions {
  /**
   * Called between the steps of checking a very large document (over {@link LARGE} values), whose checks would
   * otherwise hold the page for hundreds of milliseconds in one task: resolve it in a later task (the elements pass
   * `scheduler.yield` or `setTimeout`). Without it, or for an ordinary document, the check runs in one go.
   */
  pause?: () => Promise<void>;
}

/** Values from which a document's check is worth splitting: some 20 times the largest reference policy. */
export const LARGE = 20_000;

/** validatePolicy of eager.ts, loading ajv and the messages only for a document the quick check refuses. */
export function validatePolicySoon(input: unknown, options: SoonOptions = {}): Soon<LoadResult> {
  const steps = validationSteps(input, options, undefined);
  let step = steps.next();
  while (!step.done && !(options.pause && step.value >= LARGE)) step = steps.next();
  if (!step.done) return finish(steps, options.pause!).then((result) => result ?? explained(input, options));
  return step.value ?? explained(input, options);
}

/** The rest of the steps, each in a later task. */
async function finish(
  steps: ReturnType<typeof validationSteps>,
  pause: () => Promise<void>,
): Promise<LoadResult | undefined> {
  for (;;) {
    await pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The check again with the explanation loaded: only for a document the quick check refused. */
function explained(input: unknown, options: ValidateOptions): Promise<LoadResult> {
  return explainer().then(
    ({ schemaProblems }) => validateWith(input, options, schemaProblems)!,
    (error) => unexplained('The policy does not follow the policy schema', error),
  );
}
