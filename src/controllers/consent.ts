import type { ReactiveController } from 'lit';
import { detectTransport, type Transport } from '../bridge/transport.js';
import { consentReceipt, type ConsentReceipt, type ReceiptOptions } from '../consent/receipt.js';
import { gpcEnabled, snapshotOf } from '../consent/state.js';
import type { ChoiceState, ToggleState } from '../consent/toggles.js';
import type { ConsentKind, ConsentSnapshot } from '../consent/types.js';
import { consentReadyEvent } from '../events/consent-ready.js';
import { diagnosticEvent } from '../events/diagnostic.js';
import type { NormalizedPolicy, PolicyChanges } from '../model/index.js';
import type { ConsentHost, ConsentSession } from './consent-session.js';

export type { ConsentHost } from './consent-session.js';

/** Whether a policy has anything for the reader to choose: a consent purpose or a cookie category. */
function hasChoices(policy: NormalizedPolicy): boolean {
  return policy.consentPurposes.length > 0 || policy.cookieCategories.length > 0;
}

/** Whether storage works in this browser (reading `localStorage` throws where it is blocked). */
function storageWorks(): boolean {
  try {
    return window.localStorage !== null;
  } catch {
    return false;
  }
}

/**
 * The element's consent state, and the code behind it loaded only when a policy needs it (consent-session.ts, its own
 * chunk with the choices' state, storage, records and the bridge's loader): before a policy with choices is shown,
 * and at once inside an app's webview (whose permissions are choices). A policy without choices outside an app has
 * none to read, save or announce: its snapshot (no choices, the policy's hash) and receipt are made here. Events wait
 * for the next render, so listeners always see a notice that already shows what the event says.
 */
export class ConsentController implements ReactiveController {
  private session?: ConsentSession;
  private loading?: Promise<ConsentSession>;
  /** The shown policy without choices, while there is no session: its snapshot, made once. */
  private bare?: { policy: NormalizedPolicy; snapshot: ConsentSnapshot };
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
    // A policy with choices whose session could not be loaded (offline) has no consent state; the next policy tries
    // to load it again (beforeShow).
    if (hasChoices(policy) || this.transport || this.bare?.policy === policy) return;
    const snapshot = snapshotOf(policy, {
      persisted: storageWorks(),
      outdated: false,
      gpc: gpcEnabled(),
      bridge: null,
      choices: [],
    });
    this.bare = { policy, snapshot };
    this.emit(consentReadyEvent(snapshot));
  }

  /** The current choices; undefined before a policy is shown. */
  snapshot(): ConsentSnapshot | undefined {
    return this.session?.policy ? this.session.snapshot() : this.bare?.snapshot;
  }

  receipt(options: ReceiptOptions): ConsentReceipt | undefined {
    if (this.session) return this.session.receipt(options);
    return this.bare && consentReceipt(this.bare.policy, [], options);
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

  /**
   * Loads the session once; the element's next update attaches the policy it shows. A failed load (offline) is said
   * in a diagnostic and tried again by the next policy.
   */
  private load(): Promise<ConsentSession> {
    this.loading ??= import('./consent-session.js').then(
      ({ ConsentSession }) => {
        const session = (this.session = new ConsentSession(this.host, (event) => this.emit(event)));
        this.bare = undefined;
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
