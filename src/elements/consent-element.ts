import type { PropertyValues } from 'lit';
import type { ConsentReceipt } from '../consent/receipt.js';
import { defaultChoiceState } from '../consent/state.js';
import type { BulkChange, ChoiceState, ToggleNote } from '../consent/toggles.js';
import type { ConsentKind, ConsentSnapshot } from '../consent/types.js';
import { ChangesController } from '../controllers/changes.js';
import { ConsentController } from '../controllers/consent.js';
import type { NormalizedPolicy, PolicyChanges } from '../model/index.js';
import { bulkText, noteText, Words } from '../view/index.js';
import { PolicyElement } from './policy-element.js';

/** Options of `getConsentReceipt()`. */
export interface ConsentReceiptOptions {
  /** Who the receipt is for, as the controller knows them (an account id); "anonymous" without it. */
  principalId?: string;
}

/**
 * A policy element whose readers make choices: consent purposes, cookie categories and, inside an app's webview,
 * the app's OS permissions. Owns the consent state (through ConsentController) and the public consent methods.
 *
 * @event {CustomEvent<ConsentSnapshot>} privacy-notice-consent-ready - The choices for the shown policy are known; `detail` is what `getConsent()` returns.
 * @event {CustomEvent<ConsentChangeDetail>} privacy-notice-consent-change - A choice changed (or got its first value); `detail: { id, kind, granted, source, persisted, policyHash }`.
 * @csspart toggle - Each switch with its label, state and note.
 * @csspart outdated - The message that the policy changed since the reader chose.
 */
export abstract class ConsentElement extends PolicyElement {
  static override properties = {
    ...PolicyElement.properties,
    bridgeTimeout: { type: Number, attribute: 'bridge-timeout' },
    bridgeName: { type: String, attribute: 'bridge-name' },
    consentKey: { type: String, attribute: 'consent-key' },
    previous: { type: String },
    changes: { attribute: false },
  };

  /** How long (ms) a permission switch waits for the app's answer before it gives up and says so. */
  bridgeTimeout = 10_000;
  /** Name of the iOS script message handler and of the object an Android app injects. */
  bridgeName = 'privacyNotice';
  /**
   * Keeps this notice's saved choices apart from any other policy with the same id on the origin (another tenant, a
   * test page). Without it, a policy loaded from `src` is keyed by its URL and one given inline by its id alone.
   */
  consentKey = '';
  /**
   * URL of the version of the policy readers saw before (its JSON). The notice then says what changed, marks the
   * changed sections, and keeps readers' earlier choices when no change is consent-relevant.
   */
  previous: string | null = null;
  /** What changed, as `privacy-notice diff OLD NEW --format json` writes it (instead of `previous`). */
  changes?: PolicyChanges;

  protected readonly consent = new ConsentController(this);
  protected readonly whatChanged = new ChangesController(this);

  /** The switches as the server rendered them, while a pre-rendered element takes its markup over. */
  private serverChoices?: ChoiceState & { revision: number };

  protected override get choices(): (ChoiceState & { revision: number }) | undefined {
    const policy = this.loader.policy;
    if (this.takingOver && policy) return (this.serverChoices ??= defaultChoiceState(policy));
    return this.consent.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const policy = this.loader.policy;
    if (!policy) return;
    this.whatChanged.update(policy, this.previous, this.changes);
    // Consent waits for the earlier version: whether the reader's earlier choices hold depends on what changed.
    if (!this.whatChanged.pending)
      this.consent.attach(policy, this.consentKey || this.loader.source || '', this.whatChanged.changes);
  }

  protected override beforeShow(policy: NormalizedPolicy): Array<Promise<unknown> | undefined> {
    return [...super.beforeShow(policy), this.consent.beforeShow(policy)];
  }

  protected override get settling(): Promise<void> | undefined {
    return super.settling ?? this.whatChanged.pending ?? this.consent.connecting;
  }

  protected override get changeState(): { changes?: PolicyChanges; hidden: boolean } {
    const { changes, hidden } = this.whatChanged;
    return { ...(changes ? { changes } : {}), hidden };
  }

  protected override hideChanges(): void {
    this.whatChanged.hide();
  }

  /** The current choices: purposes, cookie categories and the permissions the app reported; null before a policy is shown. */
  getConsent(): ConsentSnapshot | null {
    return this.consent.snapshot() ?? null;
  }

  /**
   * Sets a choice for the reader, e.g. from the page's own banner: `setConsent('marketing', false)`. For a permission
   * this asks the app, and the change shows once it answers. Returns false for an unknown or locked choice.
   */
  setConsent(id: string, granted: boolean, kind: ConsentKind = 'purpose'): boolean {
    const done = this.consent.set(kind, id, granted);
    this.requestUpdate();
    return done;
  }

  /** The reader's current consents as a Kantara Consent Receipt 1.1; null before a policy is shown. */
  getConsentReceipt(options: ConsentReceiptOptions = {}): ConsentReceipt | null {
    const policy = this.loader.policy;
    const reader = policy && this.reader(policy);
    const snapshot = this.consent.snapshot();
    if (!policy || !reader || !snapshot) return null;
    const receipt = this.consent.receipt({
      ...options,
      language: reader.lang,
      policyUrl: this.src ? new URL(this.src, document.baseURI).href : location.href,
      collectionMethod: snapshot.bridge
        ? `privacy-notice switches in a ${snapshot.bridge} app`
        : 'privacy-notice switches on a web page',
    });
    return receipt ?? null;
  }

  /** The words of the shown policy for the current reader, to say things in the status message. */
  private words(): Words | undefined {
    const policy = this.loader.policy;
    const reader = policy && this.reader(policy);
    return policy && reader ? new Words(policy, reader) : undefined;
  }

  /**
   * Says a toggle's note in the element's status message (an identical message is said again).
   * @internal
   */
  async announce(kind: ConsentKind, id: string, note: ToggleNote): Promise<void> {
    const words = this.words();
    if (words) await this.say(noteText(words, kind, id, note));
  }

  /**
   * Says what Accept all / Reject all changed in the element's status message.
   * @internal
   */
  async announceAll(change: BulkChange): Promise<void> {
    const words = this.words();
    if (words) await this.say(bulkText(words, change));
  }

  /**
   * A flipped switch asks for the change; whatever the outcome, the switch then shows the state the choice really
   * has (a refused change, which changes nothing the view says, snaps back here).
   */
  protected override onToggle(kind: ConsentKind, id: string, on: boolean): void {
    this.consent.set(kind, id, on);
    this.requestUpdate();
    void this.nextRender().then(() => {
      const input = this.renderRoot.querySelector<HTMLInputElement>(
        `input[role="switch"][id="${CSS.escape(this.anchorPrefix ? `${this.anchorPrefix}-switch-${kind}-${id}` : `switch-${kind}-${id}`)}"]`,
      );
      const state = this.consent.toggle(kind, id)?.on;
      if (input && state !== undefined) input.checked = state;
    });
  }

  protected override onAll(on: boolean): void {
    this.consent.setAll(on);
  }

  protected override onConfirm(): void {
    this.consent.confirm();
  }
}
