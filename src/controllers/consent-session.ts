import type { ReactiveControllerHost } from 'lit';
import type { NativeBridge } from '../bridge/native-bridge.js';
import type { PermissionStateMessage } from '../bridge/protocol.js';
import type { Transport } from '../bridge/transport.js';
import { consentChangeEvent } from '../events/consent-change.js';
import { consentReadyEvent } from '../events/consent-ready.js';
import { diagnosticEvent } from '../events/diagnostic.js';
import { policyHash } from '../model/hash.js';
import type { NormalizedPolicy, PolicyChanges } from '../model/index.js';
import {
  defaultChoices,
  explicitChoices,
  gpcEnabled,
  meaningsOf,
  policyVersionOf,
  restoreChoices,
  snapshotOf,
  switchOf,
} from '../consent/state.js';
import { consentReceipt, type ConsentReceipt, type ReceiptOptions } from '../consent/receipt.js';
import type { ChoiceMeaning } from '../consent/record.js';
import { readStored, writeStored } from '../consent/storage.js';
import {
  choiceKey,
  type ConsentChoice,
  type ConsentKind,
  type ConsentSnapshot,
  type ConsentSource,
} from '../consent/types.js';
import type { BulkChange, ChoiceState, ToggleNote, ToggleState } from '../consent/toggles.js';

/** What the controller needs from its element. */
export interface ConsentHost extends ReactiveControllerHost, HTMLElement {
  /** How long to wait for the app to answer a permission change (ms). */
  bridgeTimeout: number;
  /** The name of the iOS message handler / Android injected object. */
  bridgeName: string;
  /** Says a toggle's note through the element's status message. */
  announce(kind: ConsentKind, id: string, note: ToggleNote): void;
  /** Says what Accept all / Reject all changed through the element's status message. */
  announceAll(change: BulkChange): void;
}

/**
 * The element's consent state: the choices for the shown policy (defaults, GPC, stored choices), saving them, the
 * events, receipts, and the permissions the host app reports through the bridge. It loads as its own chunk
 * (consent.ts loads it): before a policy with choices is shown, and inside an app's webview at once; once loaded it
 * takes every later policy, with choices or not. `emit` queues an event for after the next render.
 */
export class ConsentSession {
  policy?: NormalizedPolicy;
  private source = '';
  /** What each choice of the shown policy means, worked out once per policy for reading and saving records. */
  private meanings = new Map<string, ChoiceMeaning>();
  private version = '';
  private choices = new Map<string, ConsentChoice>();
  private notes = new Map<string, ToggleNote>();
  private persisted = true;
  private outdated = false;
  private gpc = false;
  private bridge?: NativeBridge;
  /** The app this page is shown in, known at once; its bridge (above) loads a moment later. */
  private platform?: Transport['platform'];
  /** Settles once the bridge to the app is loaded (inside an app's webview only); undefined when there is none to load. */
  connecting?: Promise<void>;
  private revision = 0;

  constructor(
    private readonly host: ConsentHost,
    private readonly emit: (event: Event) => void,
  ) {}

  /** Talks to the app of the webview the page is shown in (its bridge loads first). */
  connect(transport: Transport): void {
    this.platform = transport.platform;
    // The bridge and its message validator are loaded only inside an app's webview, where there is an app to talk to.
    const connecting: Promise<void> = import('../bridge/native-bridge.js').then(({ NativeBridge }) => {
      if (this.connecting !== connecting) return; // disconnected meanwhile
      this.connecting = undefined;
      this.bridge = new NativeBridge(
        transport,
        {
          state: (message) => this.onAppState(message),
          result: (id, state, requested, reason) => this.onAppResult(id, state === 'granted', requested, reason),
          timeout: (id) => this.note('permission', id, { key: 'timedOut' }, true),
          diagnostic: (code, message) => this.emit(diagnosticEvent({ code, message })),
        },
        () => this.host.bridgeTimeout,
      );
      if (this.policy) this.bridge.hello(this.policy, this.version, [...this.choices.values()]);
      this.host.requestUpdate();
    });
    this.connecting = connecting;
  }

  disconnect(): void {
    this.connecting = undefined;
    this.platform = undefined;
    this.bridge?.dispose();
    this.bridge = undefined;
  }

  /**
   * Takes a newly shown policy and where it came from (the element's `consent-key`, else its `src` URL, else ""):
   * works out its choices and announces them. The same policy object from the same source is a no-op.
   */
  attach(policy: NormalizedPolicy, source: string, changes?: PolicyChanges): void {
    if (policy === this.policy && source === this.source) return;
    this.policy = policy;
    this.source = source;
    this.version = policyVersionOf(policy);
    this.gpc = gpcEnabled();
    this.notes.clear();
    const defaults = defaultChoices(policy, this.gpc);
    this.meanings = meaningsOf(policy);
    const read = readStored(policy, this.version, source, this.meanings);
    this.persisted = read.status !== 'unavailable';
    // Choices made under the version the changes start from still hold when none of the changes is consent-relevant:
    // they are carried over (and saved for this version); otherwise the reader is asked again.
    const carried =
      read.status === 'outdated' &&
      changes !== undefined &&
      !changes.consentRelevant &&
      (read.record.policyHash !== undefined
        ? read.record.policyHash === changes.from.policyHash
        : read.record.policyVersion === changes.from.version);
    // A policy without choices has nothing to ask again.
    this.outdated = read.status === 'outdated' && !carried && defaults.length > 0;
    if (read.status === 'unavailable') this.diagnose('consent-storage-unavailable', read.message);
    if (read.status === 'discarded') this.diagnose(read.code, read.message);
    const choices = read.status === 'current' || carried ? restoreChoices(defaults, read.record.choices) : defaults;
    this.choices = new Map(choices.map((c) => [choiceKey(c.kind, c.id), c]));
    if (carried) writeStored(policy, this.version, source, explicitChoices(this.choices.values(), this.meanings));
    for (const c of choices) this.changed(c, c.source === 'restored');
    this.revision++;
    this.emit(consentReadyEvent(this.snapshot()));
    this.bridge?.hello(policy, this.version, choices);
  }

  /** The current choices of the attached policy (there is one: callers check `policy`). */
  snapshot(): ConsentSnapshot {
    const permissions = [...(this.bridge?.states ?? [])].flatMap(([id, state]): ConsentChoice[] =>
      state === 'unknown'
        ? []
        : [{ id, kind: 'permission', granted: state === 'granted', source: 'native', locked: false }],
    );
    return snapshotOf(this.policy!, {
      persisted: this.persisted,
      outdated: this.outdated,
      gpc: this.gpc,
      bridge: this.platform ?? null,
      choices: [...this.choices.values(), ...permissions],
    });
  }

  /** The reader's current consents to the shown policy as a Kantara Consent Receipt 1.1. */
  receipt(options: ReceiptOptions): ConsentReceipt | undefined {
    return this.policy && consentReceipt(this.policy, this.snapshot().choices, options);
  }

  /** Sets a choice as the reader (or the page for them) asked; false when there is no such switch or it is locked. */
  set(kind: ConsentKind, id: string, granted: boolean, source: ConsentSource = 'user'): boolean {
    if (kind === 'permission') return this.askApp(id, granted);
    const choice = this.choices.get(choiceKey(kind, id));
    if (!choice || choice.locked) return false;
    const saved = this.update([{ ...choice, granted, source, at: Date.now() }]);
    this.note(kind, id, { key: saved ? (this.bridge ? 'saved' : 'savedHere') : 'notSaved' }, source === 'user');
    return true;
  }

  /** Sets every purpose and cookie category that is not locked, and says which of them that changed. */
  setAll(granted: boolean): void {
    const changed = [...this.choices.values()]
      .filter((c) => !c.locked && c.granted !== granted)
      .map(({ kind, id }) => ({ kind, id }));
    const saved = this.keep((c) => ({ ...c, granted }));
    if (saved) this.host.announceAll({ granted, changed, saved });
  }

  /** The reader keeps the choices shown (after a policy change): they become explicit and are saved for this version. */
  confirm(): void {
    const saved = this.keep((c) => c);
    const last = [...this.choices.values()].filter((c) => !c.locked).at(-1);
    if (saved && last) this.host.announce(last.kind, last.id, { key: saved });
  }

  /** Makes every unlocked choice explicit as `change` has it and saves them; how saving went, or none to save. */
  private keep(change: (c: ConsentChoice) => ConsentChoice): BulkChange['saved'] | undefined {
    const now = Date.now();
    const next = [...this.choices.values()]
      .filter((c) => !c.locked)
      .map((c) => ({ ...change(c), source: 'user' as const, at: now }));
    if (next.length === 0) return undefined;
    const saved = this.update(next) ? (this.bridge ? 'saved' : 'savedHere') : 'notSaved';
    const last = next[next.length - 1]!;
    this.note(last.kind, last.id, { key: saved }, false);
    return saved;
  }

  /**
   * The choices as the view reads them. `revision` grows with every change of anything a switch shows, so the
   * element knows when to build its view again.
   */
  get state(): ChoiceState & { revision: number } {
    return { toggle: (kind, id) => this.toggle(kind, id), outdated: this.outdated, revision: this.revision };
  }

  /** A switch's state now (undefined when there is no such switch). */
  toggle(kind: ConsentKind, id: string): ToggleState | undefined {
    const note = this.notes.get(choiceKey(kind, id));
    if (kind === 'permission') {
      const state = this.bridge?.states.get(id);
      if (!state) return undefined;
      return {
        on: state === 'unknown' ? undefined : state === 'granted',
        locked: false,
        pending: this.bridge!.pending.has(id),
        ...(note ? { note } : {}),
      };
    }
    const choice = this.choices.get(choiceKey(kind, id));
    return choice && switchOf(choice, note);
  }

  /** Applies changed choices, saves them, queues their events and tells the app; true when they were saved. */
  private update(next: ConsentChoice[]): boolean {
    for (const c of next) this.choices.set(choiceKey(c.kind, c.id), c);
    const policy = this.policy;
    const saved = policy
      ? writeStored(policy, this.version, this.source, explicitChoices(this.choices.values(), this.meanings))
      : false;
    if (saved) this.outdated = false;
    else if (this.persisted) {
      this.persisted = false;
      this.diagnose(
        'consent-storage-unavailable',
        'Consent choices cannot be saved in this browser; they last for this visit only.',
      );
    }
    for (const c of next) {
      this.changed(c, saved);
      if (c.source !== 'native') this.bridge?.tell(c);
    }
    return saved;
  }

  private askApp(id: string, granted: boolean): boolean {
    const state = this.bridge?.states.get(id);
    if (!state || state === 'unknown' || (state === 'granted') === granted) return false;
    if (!this.bridge!.request(id, granted)) return false;
    this.note('permission', id, { key: 'pending' }, true);
    return true;
  }

  private onAppState(message: PermissionStateMessage): void {
    for (const p of message.permissions) {
      if (p.state !== 'unknown' && this.policy?.permissions.some((q) => q.id === p.id)) {
        this.changed(
          { id: p.id, kind: 'permission', granted: p.state === 'granted', source: 'native', locked: false },
          false,
        );
      }
    }
    const now = Date.now();
    const choices = (message.choices ?? []).flatMap((c) => {
      const current = this.choices.get(choiceKey(c.kind, c.id));
      return current && !current.locked ? [{ ...current, granted: c.granted, source: 'native' as const, at: now }] : [];
    });
    if (choices.length) this.update(choices);
    this.refresh();
  }

  private onAppResult(id: string, granted: boolean, requested: boolean | undefined, reason?: string): void {
    this.changed({ id, kind: 'permission', granted, source: 'native', locked: false }, false);
    if (requested === undefined) return this.refresh();
    const note: ToggleNote = granted === requested || !reason ? { key: 'confirmed' } : { key: 'failed', reason };
    this.note('permission', id, note, true);
  }

  private note(kind: ConsentKind, id: string, note: ToggleNote, announce: boolean): void {
    this.notes.set(choiceKey(kind, id), note);
    if (announce) this.host.announce(kind, id, note);
    this.refresh();
  }

  private changed(c: ConsentChoice, persisted: boolean): void {
    const hash = this.policy ? policyHash(this.policy.document) : '';
    this.emit(
      consentChangeEvent({ id: c.id, kind: c.kind, granted: c.granted, source: c.source, persisted, policyHash: hash }),
    );
  }

  private diagnose(code: string, message: string): void {
    this.emit(diagnosticEvent({ code, message }));
  }

  /** Something a switch shows changed: the element renders again, with a view built anew. */
  private refresh(): void {
    this.revision++;
    this.host.requestUpdate();
  }
}
