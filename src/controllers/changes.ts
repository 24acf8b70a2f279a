import type { ReactiveControllerHost } from 'lit';
import { diagnosticEvent } from '../events/diagnostic.js';
import { fetchPolicy } from '../load/fetch-policy.js';
import { policyHash } from '../model/hash.js';
import type { NormalizedPolicy, PolicyChanges } from '../model/index.js';
import { validatePolicySoon } from '../model/quick.js';

/** localStorage key under which a reader's "hide this summary" is kept, with the version it was hidden for. */
const hiddenKey = (policyId: string) => `privacy-notice:changes-hidden:${policyId}`;

/**
 * What changed since an earlier version of the shown policy: given as the output of `privacy-notice diff --format
 * json` (the `changes` property), or worked out here from the earlier document (the `previous` URL, fetched and
 * validated like `src`; the comparison's code loads only then). Whether the reader hid the summary is kept per
 * version. Anything that does not fit the shown policy is ignored with a diagnostic: the notice shows as without it.
 */
export class ChangesController {
  /** The changes into the shown policy, when known. */
  changes?: PolicyChanges;
  /** The reader hid the summary of these changes. */
  hidden = false;
  /** Set while the earlier version loads: consent waits for it, to know whether earlier choices still hold. */
  pending?: Promise<void>;
  private inputs: unknown[] = [];
  /** The fetch of the earlier version under way, dropped when the inputs change. */
  private request?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Takes the shown policy and the element's inputs; works again only when one of them changed. */
  update(policy: NormalizedPolicy, previous: string | null, given: PolicyChanges | undefined): void {
    const inputs = [policy, previous, given];
    if (inputs.every((value, i) => value === this.inputs[i])) return;
    this.inputs = inputs;
    this.request?.abort();
    this.request = undefined;
    this.changes = undefined;
    this.hidden = false;
    if (given !== undefined) return this.accept(policy, given);
    if (previous) {
      const request = (this.request = new AbortController());
      const work = this.compare(policy, previous, inputs, request.signal).finally(() => {
        if (this.pending === work) this.pending = undefined;
        this.host.requestUpdate();
      });
      this.pending = work;
    }
  }

  /** Hides the summary, for this version of the policy (it shows again for the next one). */
  hide(): void {
    this.hidden = true;
    if (this.changes) {
      try {
        window.localStorage.setItem(hiddenKey(this.changes.policyId), this.changes.to.policyHash);
      } catch {
        // Hidden for this visit only.
      }
    }
    this.host.requestUpdate();
  }

  private accept(policy: NormalizedPolicy, changes: PolicyChanges): void {
    const hash = policyHash(policy.document);
    if (changes?.policyId !== policy.id || changes.to?.policyHash !== hash || !Array.isArray(changes.changes)) {
      return this.diagnose(
        'changes-mismatch',
        `The changes given are not into the policy shown ("${policy.id}", ${hash}); they are ignored.`,
      );
    }
    this.changes = changes;
    try {
      this.hidden = window.localStorage.getItem(hiddenKey(policy.id)) === hash;
    } catch {
      this.hidden = false;
    }
  }

  private async compare(
    policy: NormalizedPolicy,
    previous: string,
    inputs: unknown[],
    signal: AbortSignal,
  ): Promise<void> {
    let url: string;
    try {
      url = new URL(previous, document.baseURI).href;
    } catch {
      return this.diagnose('changes-unavailable', `previous "${previous}" is not a URL.`);
    }
    const fetched = await fetchPolicy(url, signal);
    const validated = fetched.ok ? await validatePolicySoon(fetched.value) : undefined;
    if (inputs !== this.inputs) return; // newer inputs took over
    if (!validated?.ok) {
      const why = (fetched.ok ? validated?.errors : fetched.errors)?.[0]?.message ?? 'it could not be read';
      return this.diagnose('changes-unavailable', `The earlier version at ${previous} could not be compared: ${why}`);
    }
    if (validated.policy.id !== policy.id)
      return this.diagnose(
        'changes-unavailable',
        `The earlier version at ${previous} is another policy ("${validated.policy.id}", not "${policy.id}").`,
      );
    const { comparePolicies } = await import('../model/diff.js');
    if (inputs === this.inputs) this.accept(policy, comparePolicies(validated.policy.document, policy.document));
  }

  private diagnose(code: string, message: string): void {
    this.host.dispatchEvent(diagnosticEvent({ code, message }));
  }
}
