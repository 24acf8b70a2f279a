import type { NormalizedPolicy } from '../model/index.js';
import { listen } from './hub.js';
import {
  helloChoices,
  pageMessage,
  type AppMessage,
  type PermissionState,
  type PermissionStateMessage,
  type WireChoice,
} from './protocol.js';
import type { Transport } from './transport.js';

/** What the bridge reports to its element. */
export interface BridgeEvents {
  /** The app reported permission states (and maybe consent choices it holds). */
  state(message: PermissionStateMessage): void;
  /**
   * The app answered a request: the permission's state now, and why when it is not what was asked. `requested` is
   * undefined for another element's request on the same page, which only brings this element up to date.
   */
  result(id: string, state: 'granted' | 'denied', requested: boolean | undefined, reason?: string): void;
  /** No answer came in time: the permission keeps the state the app last confirmed. */
  timeout(id: string): void;
  diagnostic(code: string, message: string): void;
}

interface Pending {
  requestId: string;
  granted: boolean;
  timer: ReturnType<typeof setTimeout>;
}

/** Every request the page's elements sent, with its sender: one element's answer is no stranger to the others. */
const issued = new Map<string, NativeBridge>();

/**
 * One element's side of the bridge: announces the policy, asks the app to change permissions, and holds what the app
 * confirmed. The page never shows a permission state the app has not reported.
 */
export class NativeBridge {
  readonly states = new Map<string, PermissionState>();
  readonly pending = new Map<string, Pending>();
  private policy?: NormalizedPolicy;
  private readonly stop: () => void;
  private counter = 0;

  constructor(
    readonly transport: Transport,
    private readonly events: BridgeEvents,
    private readonly timeoutMs: () => number,
    win: Window = window,
  ) {
    this.stop = listen(
      win,
      (incoming) => (incoming.ok ? this.receive(incoming.message) : events.diagnostic(incoming.code, incoming.message)),
      transport.inbox,
    );
  }

  /** Announces a newly shown policy; the app answers with a permission-state message. */
  hello(policy: NormalizedPolicy, version: string, choices: readonly WireChoice[]): void {
    this.cancelAll();
    this.states.clear();
    this.policy = policy;
    const permissions = policy.permissions.map((p) => ({
      id: p.id,
      permission: p.permission,
      ...(p.platforms ? { platforms: p.platforms } : {}),
    }));
    this.send(
      pageMessage({ type: 'hello', policy: { id: policy.id, version }, permissions, choices: helloChoices(choices) }),
    );
  }

  /** Asks the app to switch a permission; false when one request for it is already waiting. */
  request(id: string, granted: boolean): boolean {
    const permission = this.policy?.permissions.find((p) => p.id === id);
    if (!permission || this.pending.has(id)) return false;
    const requestId = `${id}-${Date.now().toString(36)}-${++this.counter}`;
    const timer = setTimeout(() => {
      this.settle(id);
      this.events.timeout(id);
    }, this.timeoutMs());
    this.pending.set(id, { requestId, granted, timer });
    issued.set(requestId, this);
    this.send(pageMessage({ type: 'set-permission', requestId, id, permission: permission.permission, granted }));
    return true;
  }

  /** Tells the app about a consent purpose or cookie category change. */
  tell(choice: WireChoice): void {
    if (choice.kind === 'permission') return;
    this.send(
      pageMessage({
        type: 'consent-change',
        id: choice.id,
        kind: choice.kind,
        granted: choice.granted,
        source: choice.source,
      }),
    );
  }

  dispose(): void {
    this.cancelAll();
    this.stop();
    for (const [requestId, sender] of issued) if (sender === this) issued.delete(requestId);
  }

  private receive(message: AppMessage): void {
    const policy = this.policy;
    if (!policy)
      return this.events.diagnostic(
        'bridge-unsolicited',
        `A "${message.type}" message arrived before the page announced a policy; it is ignored.`,
      );
    if (message.type === 'permission-state') {
      const unknown = message.permissions.filter((p) => !policy.permissions.some((q) => q.id === p.id));
      if (unknown.length)
        this.events.diagnostic(
          'bridge-unknown-id',
          `permission-state names permissions this policy does not have (${unknown.map((p) => p.id).join(', ')}); they are ignored.`,
        );
      for (const p of message.permissions) if (!unknown.includes(p)) this.states.set(p.id, p.state);
      return this.events.state(message);
    }
    const pending = this.pending.get(message.id);
    const sender = issued.get(message.requestId);
    if (sender && sender !== this) {
      this.states.set(message.id, message.state);
      return this.events.result(message.id, message.state, undefined);
    }
    if (!pending || pending.requestId !== message.requestId) {
      return this.events.diagnostic(
        'bridge-unsolicited',
        `permission-result for "${message.id}" answers no request that is waiting (request ${message.requestId}); it is ignored.`,
      );
    }
    this.settle(message.id);
    this.states.set(message.id, message.state);
    this.events.result(message.id, message.state, pending.granted, message.reason);
  }

  private send(message: Parameters<Transport['send']>[0]): void {
    try {
      this.transport.send(message);
    } catch (error) {
      this.events.diagnostic('bridge-send-failed', `The app's message handler threw: ${String(error)}.`);
    }
  }

  private settle(id: string): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending.delete(id);
  }

  private cancelAll(): void {
    for (const id of [...this.pending.keys()]) this.settle(id);
  }
}
