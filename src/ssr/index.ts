// privacy-notice/ssr: the library's elements as HTML, in node (or any JavaScript runtime) without a DOM.
import { checkPolicyText, type PlacedProblem } from '../model/check-text.js';
import { validatePolicy, type PolicyProblem } from '../model/index.js';
import { prerenderElement, type PrerenderOptions } from './element.js';

export { styleSrc } from './element.js';

export type { PrerenderOptions } from './element.js';
export type { ElementTag } from '../view/index.js';

/** A policy that cannot be rendered: every error, each with its JSON Pointer (and line, for JSON text). */
export class PolicyRenderError extends Error {
  constructor(readonly errors: ReadonlyArray<PolicyProblem | PlacedProblem>) {
    super(
      `the policy could not be rendered:\n${errors
        .map(
          (e) =>
            `- ${e.message}${e.pointer ? ` (at ${e.pointer}` : ' (at the document'}${'line' in e ? `, line ${e.line}:${e.column})` : ')'}`,
        )
        .join('\n')}`,
    );
    this.name = 'PolicyRenderError';
  }
}

/**
 * An element of the library (`<privacy-notice>` unless `tag` says another) as HTML with its declarative shadow
 * root, made by the element's own templates: a page shows the whole notice with no JavaScript, and once
 * privacy-notice.js loads, the element takes the markup over without rendering it again. `policy` is the policy
 * document (an object, or its JSON text), checked exactly as the element checks it; a policy that is not valid
 * throws a PolicyRenderError that lists what and where.
 */
export async function renderToString(policy: unknown, options: PrerenderOptions = {}): Promise<string> {
  if (typeof policy === 'string') {
    const check = checkPolicyText(policy);
    if (!check.policy) throw new PolicyRenderError(check.errors);
    return (await prerenderElement(check.policy, check.document, options)).html;
  }
  const result = validatePolicy(policy);
  if (!result.ok) throw new PolicyRenderError(result.errors);
  return (await prerenderElement(result.policy, policy, options)).html;
}
