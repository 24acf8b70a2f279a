import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorEvent } from '../events/error.js';
import { loadEvent } from '../events/load.js';
import { fetchPolicy } from '../load/fetch-policy.js';
import type { LoadResult, NormalizedPolicy, PolicyProblem } from '../model/index.js';
import { policyHash } from '../model/hash.js';
import { markdownStrings } from '../model/markdown-fields.js';
import { parsePolicyTextSoon, validatePolicySoon, type Soon } from '../model/quick.js';
import { loadMarkdownParser, needsMarkdownParser } from '../view/index.js';
import { yieldToMain } from './yield.js';

/** Where a policy comes from, in order of precedence: the `policy` property, `src`, an inline JSON script child. */
export interface PolicyInputs {
  policy?: unknown;
  src?: string | null;
  /**
   * The hash (policyHash) of the policy a pre-rendered element's markup shows: a document with this hash was checked
   * by the server that rendered it, and is not checked against the schema again.
   */
  prerendered?: string;
}

/** The policy's hash, or undefined for what has none (a value that cannot be read as JSON data). */
function hashOf(value: unknown): string | undefined {
  try {
    return value !== null && typeof value === 'object' ? policyHash(value) : undefined;
  } catch {
    return undefined;
  }
}

/** Where loading stands, in the words of lit's Task: nothing asked yet, under way, shown, or failed. */
export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

/** How the last load ended: the policy shown (with its warnings), or why it could not be. */
export type LoadOutcome =
  | { ok: true; policy: NormalizedPolicy; warnings: PolicyProblem[] }
  | { ok: false; errors: PolicyProblem[]; retryable: boolean };

/**
 * Loads, validates and normalizes the host's policy, shaped like lit's Task: a status, the run under way aborted by
 * a newer one (the latest input wins), and the last good policy kept: a later failure shows an error next to it
 * instead of replacing it.
 */
export class PolicyController implements ReactiveController {
  policy?: NormalizedPolicy;
  /** The URL (without query or fragment) the shown policy was loaded from; undefined when it was given inline. */
  source?: string;
  errors: PolicyProblem[] = [];
  retryable = false;
  loading = false;
  /**
   * Set while a check is not answered at once (quick.ts): a broken policy's explanation loads, or a very large policy
   * is checked over several tasks. The host's `updateComplete` waits for it; an ordinary good policy never waits.
   */
  checking?: Promise<void>;
  /** The shown policy is the version a pre-rendered element's markup names (its schema check was the server's). */
  checkedByServer = false;
  private request?: AbortController;
  private lastInputs: PolicyInputs = {};
  private outcome?: LoadOutcome;
  private waiting: Array<(outcome: LoadOutcome) => void> = [];

  /**
   * @param beforeShow What must load before a policy that passed its checks is shown, besides marked (the stepping
   *   of a large notice, the consent code for a policy with choices); a load that fails does not keep the policy from
   *   showing.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly beforeShow: (policy: NormalizedPolicy) => Array<Promise<unknown> | undefined> = () => [],
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  get status(): LoadStatus {
    if (this.loading || this.checking) return 'pending';
    if (this.errors.length) return 'error';
    return this.policy ? 'complete' : 'initial';
  }

  /**
   * The outcome of the load under way, or of the last one when none is: for a page script that starts listening
   * after an inline policy already loaded.
   */
  settled(): Promise<LoadOutcome> {
    if (this.outcome && this.status !== 'pending') return Promise.resolve(this.outcome);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private settle(outcome: LoadOutcome): void {
    this.outcome = outcome;
    for (const resolve of this.waiting.splice(0)) resolve(outcome);
  }

  /** Starts loading from the given inputs, dropping any load still under way. */
  load(inputs: PolicyInputs): void {
    this.lastInputs = inputs;
    this.request?.abort();
    const request = (this.request = new AbortController());
    if (inputs.policy !== undefined) return this.accept(inputs.policy, request);
    if (inputs.src) return void this.fetch(inputs.src, request);
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      return this.when(parsePolicyTextSoon(inline.textContent ?? ''), request, (parsed) =>
        parsed.ok ? this.accept(parsed.value, request) : this.fail(parsed.errors, false),
      );
    }
    if (inputs.prerendered !== undefined) {
      const message =
        'The pre-rendered element names no policy: it needs its src or its <script type="application/json">.';
      this.fail([{ pointer: '', path: '(document)', code: 'no-policy', severity: 'error', message }], false);
    }
  }

  /** Loads the same inputs again (the error panel's retry). */
  retry(): void {
    this.load(this.lastInputs);
  }

  private async fetch(src: string, request: AbortController): Promise<void> {
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      // Not even a URL ("http://["): an error panel that says so, not an unhandled rejection and a notice busy forever.
      const message = `src "${src}" is not a URL the policy can be loaded from.`;
      return this.fail([{ pointer: '', path: '(document)', code: 'bad-src', severity: 'error', message }], false, src);
    }
    this.loading = true;
    this.host.requestUpdate();
    const result = await fetchPolicy(url, request.signal);
    if (request !== this.request) return; // a newer input took over: this response is stale
    this.loading = false;
    if (result.ok) this.accept(result.value, request, result.warnings, url);
    else this.fail(result.errors, result.retryable, src);
  }

  /** Goes on with a result now, or when it arrives if no newer input took over meanwhile. */
  private when<T>(result: Soon<T>, request: AbortController, then: (value: T) => void): void {
    if (!(result instanceof Promise)) return then(result);
    const waiting = result.then((value) => {
      if (this.checking === waiting) this.checking = undefined;
      if (request === this.request) then(value);
    });
    this.checking = waiting;
  }

  private accept(value: unknown, request: AbortController, parseWarnings: PolicyProblem[] = [], url?: string): void {
    if (request !== this.request) return;
    const schemaChecked = this.lastInputs.prerendered !== undefined && hashOf(value) === this.lastInputs.prerendered;
    this.when(validatePolicySoon(value, { pause: yieldToMain, schemaChecked }), request, (result) => {
      this.checkedByServer = schemaChecked && result.ok;
      // marked loads only for a policy whose Markdown has markup (plain prose and bare links need none). Offline, the
      // Markdown with markup shows as its words (markdownNodes), and a policy without its consent code shows without
      // switches (the consent controller says so in a diagnostic and tries again with the next policy).
      const loads = result.ok
        ? [
            needsMarkdownParser(markdownStrings(result.policy.document)) ? loadMarkdownParser() : undefined,
            ...this.beforeShow(result.policy),
          ].filter((load) => load !== undefined)
        : [];
      if (loads.length === 0) return this.show(result, parseWarnings, url);
      const loaded = Promise.allSettled(loads).then(() => result);
      this.when(loaded, request, (ready) => this.show(ready, parseWarnings, url));
    });
  }

  private show(result: LoadResult, parseWarnings: PolicyProblem[], url?: string): void {
    if (!result.ok) return this.fail(result.errors, false, this.lastInputs.src ?? undefined);
    this.policy = result.policy;
    // A cache-busting query (?v=3) names the same policy: the source is the address without it.
    this.source = url === undefined ? undefined : url.replace(/[?#].*$/s, '');
    this.errors = [];
    this.retryable = false;
    this.host.requestUpdate();
    const warnings = [...parseWarnings, ...result.warnings];
    this.host.dispatchEvent(loadEvent({ policy: result.policy, warnings }));
    this.settle({ ok: true, policy: result.policy, warnings });
  }

  private fail(errors: PolicyProblem[], retryable: boolean, src?: string): void {
    this.loading = false;
    this.errors = errors;
    this.retryable = retryable;
    this.host.requestUpdate();
    // A reader sees a sentence in their language; the site's developers find what is wrong here and in the event.
    console.error(
      `privacy-notice: the policy${src ? ` at ${src}` : ''} could not be shown:\n${errors
        .map((e) => `- ${e.message}${e.pointer ? ` (at ${e.pointer})` : ''}`)
        .join('\n')}`,
    );
    this.host.dispatchEvent(errorEvent({ errors, retryable, ...(src ? { src } : {}) }));
    this.settle({ ok: false, errors, retryable });
  }
}
