import type { ReactiveController } from 'lit';
import { detectTransport, type Transport } from '../bridge/transport.js';
import type { ConsentReceipt, ReceiptOptions } from '../consent/receipt.js';
import type { ConsentHost, ConsentSession } from './consent-session.js';
import type { ChoiceState, ToggleState } from '../consent/toggles.js';
import type { ConsentKind, ConsentSnapshot } from '../consent/types.js';
import { diagnosticEvent } from '../events/diagnostic.js';
import type { NormalizedPolicy, PolicyChanges } from '../model/index.js';

export type { ConsentHost } from './consent-session.js';

/** Whether a policy has anything for the reader to choose: a consent purpose or a cookie category. */
export function hasChoices(policy: NormalizedPolicy): boolean {
  return policy.consentPurposes.length > 0 || policy.cookieCategories.length > 0;
}

/**
 * The element's consent state, and the code behind it loaded only when a policy needs it (consent-session.ts, its own
 * chunk with storage, records, receipts and the bridge's loader): before a policy with choices is shown, at once
 * inside an app's webview (whose permissions are choices), and after the notice is shown for a policy without
 * choices, whose consent-ready event and receipt come then. Until it is loaded the element has no consent state:
 * `snapshot()` is undefined and setting a choice does nothing. Events wait for the next render, so listeners always
 * see a notice that already shows what the event says.
 */
export class ConsentController implements ReactiveController {
  private session?: ConsentSession;
  private loading?: Promise<ConsentSession>;
  /** The policy to attach once the session is loaded. */
  private waiting?: [policy: NormalizedPolicy, source: string, changes: PolicyChanges | undefined];
  private transport?: Transport;
  /** Settles once the session for an app's webview is loaded (its bridge then loads: `session.connecting`). */
  private connectingApp?: Promise<void>;
  private queue: Event[] = [];

  constructor(private readonly host: ConsentHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const transport = (this.transport = detectTransport(window, this.host.bridgeName));
    if (!transport) return;
    if (this.session) return this.session.connect(transport);
    const connecting: Promise<void> = this.load().then(
      (session) => {
        if (this.connectingApp !== connecting) return; // disconnected meanwhile
        this.connectingApp = undefined;
        session.connect(transport);
      },
      () => {
        if (this.connectingApp === connecting) this.connectingApp = undefined;
      },
    );
    this.connectingApp = connecting;
  }

  hostDisconnected(): void {
    this.transport = undefined;
    this.connectingApp = undefined;
    this.session?.disconnect();
  }

  hostUpdated(): void {
    for (const event of this.queue.splice(0)) this.host.dispatchEvent(event);
  }

  /** Settles once the app's bridge is loaded (inside an app's webview only); undefined when nothing is loading. */
  get connecting(): Promise<void> | undefined {
    return this.connectingApp ?? this.session?.connecting;
  }

  /**
   * What must load before `policy` is shown: the session, for a policy with choices or inside an app's webview;
   * undefined when nothing needs to (it is loaded, or the policy has no choices).
   */
  beforeShow(policy: NormalizedPolicy): Promise<unknown> | undefined {
    if (this.session || !(hasChoices(policy) || this.transport)) return undefined;
    return this.load();
  }

  /**
   * Takes a newly shown policy and where it came from (the element's `consent-key`, else its `src` URL, else ""):
   * works out its choices and announces them. The same policy object from the same source is a no-op.
   */
  attach(policy: NormalizedPolicy, source: string, changes?: PolicyChanges): void {
    if (this.session) return this.session.attach(policy, source, changes);
    this.waiting = [policy, source, changes];
    // A policy without choices is shown first; its consent state follows in a task of its own.
    if (!this.loading)
      void this.host.updateComplete.then(() => setTimeout(() => void this.load().catch(() => undefined)));
  }

  /** The policy whose choices are known; undefined before. */
  get policy(): NormalizedPolicy | undefined {
    return this.session?.policy;
  }

  snapshot(): ConsentSnapshot | undefined {
    return this.session?.policy && this.session.snapshot();
  }

  receipt(options: ReceiptOptions): ConsentReceipt | undefined {
    return this.session?.receipt(options);
  }

  /** Sets a choice as the reader (or the page for them) asked; false when there is no such switch or it is locked. */
  set(kind: ConsentKind, id: string, granted: boolean): boolean {
    return this.session?.set(kind, id, granted) ?? false;
  }

  setAll(granted: boolean): void {
    this.session?.setAll(granted);
  }

  confirm(): void {
    this.session?.confirm();
  }

  /** The choices as the view reads them; undefined until they are known. */
  get state(): (ChoiceState & { revision: number }) | undefined {
    return this.session?.state;
  }

  toggle(kind: ConsentKind, id: string): ToggleState | undefined {
    return this.session?.toggle(kind, id);
  }

  /** Loads the session once; a failed load (offline) is said in a diagnostic and tried again by the next policy. */
  private load(): Promise<ConsentSession> {
    this.loading ??= import('./consent-session.js').then(
      ({ ConsentSession }) => {
        const session = (this.session = new ConsentSession(this.host, (event) => this.emit(event)));
        if (this.waiting) session.attach(...this.waiting);
        this.waiting = undefined;
        this.host.requestUpdate();
        return session;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.emit(
          diagnosticEvent({
            code: 'consent-unavailable',
            message: `The code for the reader's choices could not be loaded, so no choice can be made: ${String(error)}`,
          }),
        );
        throw error;
      },
    );
    return this.loading;
  }

  private emit(event: Event): void {
    this.queue.push(event);
    this.host.requestUpdate(); // dispatched after the render: listeners see what the event says
  }
}
