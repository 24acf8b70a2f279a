import { LitElement, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import type { ChoiceState } from '../consent/toggles.js';
import type { ConsentKind } from '../consent/types.js';
import { DeepLinkController } from '../controllers/deep-links.js';
import { LanguageController } from '../controllers/language.js';
import { PolicyController, type LoadOutcome, type LoadStatus } from '../controllers/policy.js';
import { ProgressiveController } from '../controllers/progressive.js';
import { createUi, type Ui } from '../i18n/ui.js';
import { pickLanguage, type NormalizedPolicy, type PolicyChanges } from '../model/index.js';
import type { NoticeActions } from '../templates/actions.js';
import { renderFrame } from '../templates/frame.js';
import { adoptingMarkup } from '../templates/markdown.js';
import { styles } from '../templates/styles.js';
import {
  buildErrors,
  buildLanguageSwitcher,
  type ErrorsView,
  type Reader,
  type ScreenView,
  type ViewBuild,
} from '../view/index.js';

/**
 * What every privacy-notice element shares: loading the policy (src, .policy or inline JSON), choosing the language,
 * the localized error panel, deep links into its shadow root and the copy-link control. Subclasses say what view of
 * the policy they show. No slots: light-DOM children are not shown once the element runs, except that a
 * `<script type="application/json">` child is read as the policy (a static fallback may sit beside it).
 *
 * @attr lang - The reader's language (BCP 47); else the nearest ancestor's `lang`, then the browser's. The policy's best match is shown.
 * @event {CustomEvent<PolicyLoadDetail>} privacy-notice-load - A policy was validated and is about to be shown; `detail: { policy, warnings }`. `updateComplete` resolves once all of it is rendered (a policy of more than 500 items renders a screen at a time).
 * @event {CustomEvent<PolicyErrorDetail>} privacy-notice-error - A policy could not be shown; `detail: { errors, retryable, src? }`, each error with a JSON `pointer`. A policy shown before stays shown.
 * @event {CustomEvent<DiagnosticDetail>} privacy-notice-diagnostic - Something was ignored so the element could go on (a UI string missing from a locale: English shown; with consent, a bad stored record or a malformed bridge message); `detail: { code, message, key?, lang? }`.
 * @csspart notice - The wrapper of the rendered policy (an `article`).
 * @csspart language-switcher - The group of language buttons and its label (with `language-switcher`, for a policy in several languages).
 * @csspart fallback-note - The note saying which parts are shown in another language.
 * @csspart loading - "Loading the privacy policy…", while there is nothing to show yet.
 * @csspart error - The error panel (`role="alert"`).
 * @csspart error-title - The error panel's heading (at `heading-level`).
 * @csspart error-details - The collapsed developer detail of the error panel (a `<details>`).
 * @cssprop --pn-color-text - Text colour.
 * @cssprop --pn-color-muted - Secondary text colour.
 * @cssprop --pn-color-background - Background colour.
 * @cssprop --pn-color-surface - Background of the table of contents and table headers.
 * @cssprop --pn-color-border - Border colour.
 * @cssprop --pn-color-accent - Link colour.
 * @cssprop --pn-color-focus - Focus outline colour.
 * @cssprop --pn-color-error - Colour of the error panel and sensitive-data markers.
 * @cssprop --pn-font - Font shorthand for the whole notice.
 * @cssprop --pn-title-size - Font size of the main heading.
 * @cssprop --pn-max-width - Largest width of the notice (default 76rem; running text keeps a 70-character measure).
 * @cssprop --pn-scroll-offset - Space kept above a deep-link target, e.g. the height of a sticky page header.
 */
export abstract class PolicyElement extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    policy: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    anchorPrefix: { type: String, attribute: 'anchor-prefix' },
    languageSwitcher: { type: Boolean, attribute: 'language-switcher' },
    // The platform's own `lang` (its attribute is the source of truth): declared so that a change is an update
    // with `lang` in its changed properties; the attribute is observed below.
    lang: { attribute: false, noAccessor: true },
    announcement: { state: true },
    copied: { state: true },
  };

  /** URL of the policy JSON; fetched without credentials. */
  src: string | null = null;
  /** The policy document as an object, for pages that already have it; wins over `src`. */
  policy?: unknown;
  /** Level (1-6) of this element's top heading, so it fits the host page's outline. */
  headingLevel = 2;
  /** Prefix for anchor ids ('app' makes `#app-right-erasure`), for pages with two notices that both use deep links. */
  anchorPrefix = '';
  /** Shows the policy's languages (when it has several) as buttons, each in its own language; pressing one sets this element's `lang`. */
  languageSwitcher = false;
  /** Text of the polite status message (e.g. "Link copied"). */
  protected announcement = '';
  /** The last copy of a right's link, shown next to its button. */
  protected copied?: { anchor: string; ok: boolean; url: string };

  /**
   * The element came with its shadow root in the markup (`<template shadowrootmode>` of `render --dsd` or
   * `renderToString`): its first render takes that markup over (lit's hydration) instead of rendering it again.
   */
  protected readonly prerendered = this.shadowRoot !== null && this.hasAttribute('prerendered');
  protected readonly loader = new PolicyController(this, (policy) => this.beforeShow(policy));
  protected readonly languages = new LanguageController(this);
  // A pre-rendered notice is all in the page already: it is never shown a screen at a time.
  private readonly progress = new ProgressiveController(this, !this.prerendered);
  protected readonly deepLinks = new DeepLinkController(this, (id) => this.progress.reveal(id));
  /** The view last built and what it was built from: built again only when one of those changes. */
  private built?: { from: unknown[]; build: ViewBuild; reader: Reader };

  /** What the controls of the notice do; bound in the templates. */
  protected readonly actions: NoticeActions = {
    toggle: (kind, id, on) => this.onToggle(kind, id, on),
    all: (on) => this.onAll(on),
    confirm: () => this.onConfirm(),
    copyLink: (anchor) => void this.copyLink(anchor),
    language: (tag) => (this.lang = tag),
    retry: () => void this.retryLoad(),
    hideChanges: () => this.hideChanges(),
  };

  /** lit's hydrate(), loaded only for a pre-rendered element, before its first update. */
  private hydrator?: typeof import('@lit-labs/ssr-client').hydrate;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  /** Where loading stands: 'initial' (nothing to show yet), 'pending', 'complete' (a policy is shown) or 'error'. */
  get readyState(): LoadStatus {
    return this.loader.status;
  }

  /**
   * Resolves, once the notice is rendered, with how the load under way ended (or the last one, when none is under
   * way): `{ ok: true, policy, warnings }` or `{ ok: false, errors, retryable }`. Unlike the load and error events,
   * it cannot be missed: an inline or embedded policy may have loaded before a page script listens.
   */
  get ready(): Promise<LoadOutcome> {
    return (async () => {
      // A `policy` or `src` just set starts its load in the coming update: its outcome is the one wanted.
      if (this.isUpdatePending) await this.nextRender();
      const outcome = await this.loader.settled();
      await this.updateComplete;
      return outcome;
    })();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.takingOver && this.policy === undefined) {
      // The policy the markup shows, inline or at `src`: loaded before the first update, which hydrates.
      this.loader.load({ src: this.src, prerendered: this.getAttribute('prerendered') ?? '' });
    } else if (this.policy === undefined && !this.src) this.loader.load({}); // an inline <script type="application/json">
  }

  /** A pre-rendered element's shadow root and styles are those of the markup. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.prerendered && this.shadowRoot ? this.shadowRoot : super.createRenderRoot();
  }

  /**
   * A pre-rendered element updates first once it has all its markup shows (the policy, the UI strings of its
   * language): until then the browser shows the markup, and the first render can adopt it as it stands.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.takingOver) return super.scheduleUpdate();
    return this.beforeHydration().then(() => super.scheduleUpdate());
  }

  private async beforeHydration(): Promise<void> {
    const [{ hydrate }, outcome] = await Promise.all([import('@lit-labs/ssr-client'), this.loader.settled()]);
    this.hydrator = hydrate;
    if (outcome.ok) this.reader(outcome.policy); // starts loading the UI strings of its language
    for (let wait = this.settling; wait; wait = this.settling) await wait;
  }

  /**
   * The first update of a pre-rendered element hydrates: lit binds its parts to the markup's nodes (listeners,
   * switches) without touching what is shown. Markup that is not what the element renders now (the policy at `src`
   * changed since the page was built, or failed) is replaced by a render, as if it had not been pre-rendered.
   */
  protected override update(changed: PropertyValues<this>): void {
    const hydrate = this.hydrator;
    if (!hydrate || this.hasUpdated) return super.update(changed);
    this.hydrator = undefined;
    const value = this.render();
    const root = this.renderRoot as ShadowRoot;
    if (this.loader.policy && this.loader.checkedByServer) {
      try {
        ReactiveElement.prototype['update'].call(this, changed);
        adoptingMarkup(() => hydrate(value, root, this.renderOptions));
        return;
      } catch (error) {
        console.warn('privacy-notice: the pre-rendered markup is not what the element shows; rendered again.', error);
      }
    }
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
    delete (root as { _$litPart$?: unknown })._$litPart$;
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.takingOver) return; // its load started when it was connected
    if ((changed.has('src') || changed.has('policy')) && (this.policy !== undefined || this.src)) {
      this.loader.load({ policy: this.policy, src: this.src });
    }
  }

  /** The first update of a pre-rendered element, which adopts the markup: it renders what the server rendered. */
  protected get takingOver(): boolean {
    return this.prerendered && !this.hasUpdated;
  }

  protected override firstUpdated(): void {
    // The markup adopted, what the server could not know shows next (the reader's saved choices).
    if (this.prerendered) this.requestUpdate();
  }

  protected override updated(): void {
    if (this.loader.policy) this.deepLinks.afterRender();
  }

  /**
   * Scrolls to a right (by its id, e.g. 'erasure') and moves focus to its heading, rendering as far as it first in a
   * large notice; false when the element does not show it.
   */
  focusRight(id: string): boolean {
    return this.deepLinks.focus(this.anchorId(`right-${id}`));
  }

  /** Scrolls to a section (by its id) and moves focus to its heading, rendering as far as it first; false when it is not shown. */
  focusSection(id: string): boolean {
    return this.deepLinks.focus(this.anchorId(`section-${id}`));
  }

  /**
   * Performs a pending update now (a deep link or print needs what a large notice has not shown yet).
   * @internal
   */
  renderNow(): boolean {
    this.performUpdate();
    return true;
  }

  private anchorId(id: string): string {
    return this.anchorPrefix ? `${this.anchorPrefix}-${id}` : id;
  }

  /** The reader's languages: the `lang` of this element or its ancestors up to `<html>`, then the browser's. */
  protected get requestedLanguages(): string[] {
    return this.languages.readerLanguages;
  }

  /**
   * Resolves once the whole notice is rendered, in the final language: after the last step of a large notice shown
   * a screen at a time, once a locale's strings that were still loading are in, once a very large policy's check (over
   * several tasks) is done, and with the error panel of a broken policy (whose explanation loads on demand).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let wait = this.settling; wait; wait = this.settling) {
      await wait;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * What must load before a policy that passed its checks is shown: the stepping of a large notice; subclasses add
   * theirs (the consent code).
   */
  protected beforeShow(policy: NormalizedPolicy): Array<Promise<unknown> | undefined> {
    return [this.progress.beforeShow(policy)];
  }

  /** Work the notice waits for before it is complete (subclasses add theirs). */
  protected get settling(): Promise<void> | undefined {
    return this.languages.loading ?? this.loader.checking ?? this.progress.pending;
  }

  /** Resolves after the pending render only (not the rest of a large notice): for a status message to be said. */
  protected nextRender(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /**
   * Who reads the shown policy: the best language the policy has for them, and UI strings that follow it.
   * Undefined before a policy is loaded, and while the strings of a new language load.
   */
  protected reader(policy: NormalizedPolicy): Reader | undefined {
    const requested = this.requestedLanguages;
    const lang = pickLanguage(requested, policy.languages, policy.defaultLanguage);
    const ui = this.languages.ui(lang, [...requested, policy.defaultLanguage]);
    const changes = this.changeState;
    return (
      ui && {
        lang,
        ui,
        anchorPrefix: this.anchorPrefix,
        ...(this.choices ? { choices: this.choices } : {}),
        ...(changes?.changes ? { changes: changes.changes, changesHidden: changes.hidden } : {}),
        ...(this.copied ? { copied: this.copied } : {}),
        ...this.readerOptions,
      }
    );
  }

  /** What a subclass's own attributes say about how the policy is shown (a summary first, where the notice is). */
  protected get readerOptions(): Pick<Reader, 'summary' | 'noticeUrl'> {
    return {};
  }

  /** What changed since an earlier version, for elements that can say so. */
  protected get changeState(): { changes?: PolicyChanges; hidden: boolean } | undefined {
    return undefined;
  }

  /** The reader hid the summary of what changed. */
  protected hideChanges(): void {}

  /** The reader's choices, for elements that show switches. */
  protected get choices(): (ChoiceState & { revision: number }) | undefined {
    return undefined;
  }

  /**
   * What this element shows of a policy, as a build (a large notice is built as far as it is shown); pieces equal to
   * those of `previous`, the view it replaces, keep their identity, so only what changed renders again.
   */
  protected abstract buildView(policy: NormalizedPolicy, reader: Reader, previous?: ScreenView): ViewBuild;

  /** The view of the shown policy for this reader, built again only when what it says may have changed. */
  private shown(policy: NormalizedPolicy): { build: ViewBuild; reader: Reader } | undefined {
    const reader = this.reader(policy);
    if (!reader) return this.built; // the old language stays on screen until the new one is ready
    const from = [
      policy,
      reader.ui,
      reader.lang,
      reader.anchorPrefix,
      this.choices?.revision,
      reader.changes,
      reader.changesHidden,
      reader.copied,
      reader.summary,
      reader.noticeUrl,
    ];
    if (!this.built || from.some((value, i) => value !== this.built!.from[i])) {
      this.built = { from, reader, build: this.buildView(policy, reader, this.built?.build.screen) };
    }
    return this.built;
  }

  protected override render(): TemplateResult {
    const policy = this.loader.policy;
    const shown = policy && this.shown(policy);
    const errorsUi = this.uiNow;
    const reader = this.languageSwitcher ? shown?.reader : undefined;
    return renderFrame(
      {
        ...(policy && shown ? { screen: this.progress.trim(policy, shown.build) } : {}),
        level: this.headingLevel,
        errors: this.errorsView(errorsUi),
        switcher: policy && reader ? buildLanguageSwitcher(policy, reader) : undefined,
        stepped: this.progress.stepwise,
        busy: this.loader.loading || this.languages.loading !== undefined,
        loading: { text: errorsUi.t('notice.loading'), lang: errorsUi.lang, dir: errorsUi.dir },
        status: this.announcement,
        ui: { lang: errorsUi.lang, dir: errorsUi.dir },
      },
      this.actions,
    );
  }

  /**
   * Try again, with feedback either way: a policy that now loads gets focus on its first heading (the Try again
   * button is gone); one that fails again says so again in the status region, since the alert itself is unchanged.
   */
  private async retryLoad(): Promise<void> {
    this.loader.retry();
    const outcome = await this.ready;
    if (outcome.ok) {
      this.shadowRoot?.querySelector<HTMLElement>(':is(h1, h2, h3, h4, h5, h6)[tabindex="-1"]')?.focus();
      return;
    }
    const ui = this.uiNow;
    const panel = this.errorsView(ui);
    if (panel) await this.say(ui.t('joins.sentences', { first: panel.title, second: panel.advice }));
  }

  /** The UI strings for what the element says now; errors are never held back for a language still loading. */
  private get uiNow(): Ui {
    const requested = this.requestedLanguages;
    return this.languages.ui(requested[0] ?? 'en', requested) ?? createUi('en');
  }

  /** The error panel's view, when the last load failed. */
  private errorsView(ui: Ui): ErrorsView | undefined {
    return buildErrors(this.loader.errors, ui, {
      retryable: this.loader.retryable,
      updating: this.loader.policy !== undefined,
    });
  }

  /** Consent actions: only elements with switches have something to do. */
  protected onToggle(_kind: ConsentKind, _id: string, _on: boolean): void {}
  protected onAll(_on: boolean): void {}
  protected onConfirm(): void {}

  /** Says `message` in the status region; an identical message is said again. */
  protected async say(message: string): Promise<void> {
    this.announcement = '';
    await this.nextRender();
    this.announcement = message;
  }

  /** Copies the link to an anchor of the notice and says whether it worked. */
  private async copyLink(anchor: string): Promise<void> {
    const policy = this.loader.policy;
    const ui = policy && this.reader(policy)?.ui;
    if (!ui) return;
    const url = new URL(location.href);
    url.hash = anchor;
    let ok = true;
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      ok = false;
    }
    // Shown next to the button (the link itself when it could not be copied), and said in the status region.
    this.copied = { anchor, ok, url: url.href };
    await this.say(ok ? ui.t('rights.copied') : ui.t('rights.copyFailed', { link: url.href }));
  }
}
