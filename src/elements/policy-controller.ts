import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorEvent, loadEvent } from '../events/events.js';
import { fetchPolicy } from '../load/fetch-policy.js';
import { parsePolicyText, validatePolicy, type NormalizedPolicy, type PolicyProblem } from '../model/index.js';

/** Where a policy comes from, in order of precedence: the `policy` property, `src`, an inline JSON script child. */
export interface PolicyInputs {
  policy?: unknown;
  src?: string | null;
}

/**
 * Loads, validates and normalizes the host's policy, and keeps the last good one: a later failure shows an error
 * next to it instead of replacing it. A newer input always wins over a load still under way.
 */
export class PolicyController implements ReactiveController {
  policy?: NormalizedPolicy;
  errors: PolicyProblem[] = [];
  retryable = false;
  loading = false;
  private request?: AbortController;
  private lastInputs: PolicyInputs = {};

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
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
      const parsed = parsePolicyText(inline.textContent ?? '');
      return parsed.ok ? this.accept(parsed.value, request) : this.fail(parsed.errors, false);
    }
  }

  /** Loads the same inputs again (the error panel's retry). */
  retry(): void {
    this.load(this.lastInputs);
  }

  private async fetch(src: string, request: AbortController): Promise<void> {
    this.loading = true;
    this.host.requestUpdate();
    const url = new URL(src, document.baseURI).href;
    const result = await fetchPolicy(url, request.signal);
    if (request !== this.request) return; // a newer input took over: this response is stale
    this.loading = false;
    if (result.ok) this.accept(result.value, request, result.warnings);
    else this.fail(result.errors, result.retryable, src);
  }

  private accept(value: unknown, request: AbortController, parseWarnings: PolicyProblem[] = []): void {
    if (request !== this.request) return;
    const result = validatePolicy(value);
    if (!result.ok) return this.fail(result.errors, false, this.lastInputs.src ?? undefined);
    this.policy = result.policy;
    this.errors = [];
    this.retryable = false;
    this.host.requestUpdate();
    this.host.dispatchEvent(loadEvent({ policy: result.policy, warnings: [...parseWarnings, ...result.warnings] }));
  }

  private fail(errors: PolicyProblem[], retryable: boolean, src?: string): void {
    this.loading = false;
    this.errors = errors;
    this.retryable = retryable;
    this.host.requestUpdate();
    this.host.dispatchEvent(errorEvent({ errors, retryable, ...(src ? { src } : {}) }));
  }
}
