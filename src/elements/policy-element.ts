import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createUi } from '../i18n/ui.js';
import { pickLanguage } from '../model/index.js';
import type { RenderContext } from '../render/context.js';
import { renderFallbackNote, renderLanguageSwitcher } from '../render/language.js';
import { noticeAnchors } from '../render/notice.js';
import { styles } from '../render/styles.js';
import { DeepLinkController } from './deep-link-controller.js';
import { LanguageController } from './language-controller.js';
import { PolicyController } from './policy-controller.js';
import { ProgressiveRender } from './progressive-controller.js';

/**
 * What every privacy-notice element shares: loading the policy (src, .policy or inline JSON), choosing the language,
 * the localized error panel, deep links into its shadow root and the copy-link control. Subclasses only say what
 * part of the policy they show. No slots: light-DOM children are not shown once the element runs, except that a
 * `<script type="application/json">` child is read as the policy (a static fallback may sit beside it).
 *
 * @attr lang - The reader's language (BCP 47); else the nearest ancestor's `lang`, then the browser's. The policy's best match is shown.
 * @event {CustomEvent<PolicyLoadDetail>} privacy-notice-load - A policy was validated and is about to be shown; `detail: { policy, warnings }`. `updateComplete` resolves once all of it is rendered (a policy of more than 500 items renders a screen at a time).
 * @event {CustomEvent<PolicyErrorDetail>} privacy-notice-error - A policy could not be shown; `detail: { errors, retryable, src? }`, each error with a JSON `pointer`. A policy shown before stays shown.
 * @event {CustomEvent<DiagnosticDetail>} privacy-notice-diagnostic - Something was ignored so the element could go on (a UI string missing from a locale: English shown; with consent, a bad stored record or a malformed bridge message); `detail: { code, message, key?, lang? }`.
 * @csspart notice - The wrapper of the rendered policy (an `article`).
 * @csspart language-switcher - The language menu and its label (with `language-switcher`, for a policy in several languages).
 * @csspart fallback-note - The note saying which parts are shown in another language.
 * @csspart error - The error panel (`role="alert"`).
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
    announcement: { state: true },
  };

  /** URL of the policy JSON; fetched without credentials. */
  src: string | null = null;
  /** The policy document as an object, for pages that already have it; wins over `src`. */
  policy?: unknown;
  /** Level (1-6) of this element's top heading, so it fits the host page's outline. */
  headingLevel = 2;
  /** Prefix for anchor ids ('app' makes `#app-right-erasure`), for pages with two notices that both use deep links. */
  anchorPrefix = '';
  /** Shows a menu of the policy's languages (when it has several); choosing one sets this element's `lang`. */
  languageSwitcher = false;
  /** Text of the polite status message (e.g. "Link copied"). */
  protected announcement = '';

  protected readonly loader = new PolicyController(this);
  protected readonly deepLinks = new DeepLinkController(this, (id) => this.reveal(id));
  protected readonly languages = new LanguageController(this);
  private readonly progress = new ProgressiveRender(this, () => this.flush());
  private updating = false;
  /** The context last rendered, kept on screen while the strings of a new language load. */
  private shown?: RenderContext;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Every update but the growing limit of a large notice shown in steps renders the whole notice anew. */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.progress?.invalidate(); // undefined while lit's constructor asks for the first update
    super.requestUpdate(...args);
  }

  protected override performUpdate(): void {
    this.updating = true;
    try {
      super.performUpdate();
    } finally {
      this.updating = false;
    }
  }

  /** Performs a pending update now (a deep link to a part of a large notice not rendered yet); false inside one. */
  private flush(): boolean {
    if (this.updating) return false;
    this.performUpdate();
    return true;
  }

  /** Renders as far as the element with this id, when the policy has it but it is not rendered yet. */
  private reveal(id: string): boolean {
    const policy = this.loader.policy;
    if (!policy || !this.progress.partial || !noticeAnchors(policy).some((anchor) => this.anchorId(anchor) === id)) return false;
    const root = this.renderRoot as ShadowRoot;
    return this.progress.reveal(() => root.getElementById(id) !== null);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.policy === undefined && !this.src) this.loader.load({}); // an inline <script type="application/json">
    this.renderRoot.addEventListener('click', this.onCopyClick as unknown as EventListener);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('policy')) && (this.policy !== undefined || this.src)) {
      this.loader.load({ policy: this.policy, src: this.src });
    }
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

  private get settling(): Promise<void> | undefined {
    return this.languages.loading ?? this.loader.checking ?? this.progress.pending;
  }

  /** Resolves after the pending render only (not the rest of a large notice): for a status message to be said. */
  protected nextRender(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /**
   * The render context for the current policy: the best language the policy has for the reader, and UI strings that
   * follow it. Undefined before a policy is loaded; the previous context while the new language's strings load.
   */
  protected get context(): RenderContext | undefined {
    const policy = this.loader.policy;
    if (!policy) return undefined;
    const reader = this.requestedLanguages;
    const lang = pickLanguage(reader, policy.languages, policy.defaultLanguage);
    const ui = this.languages.ui(lang, [...reader, policy.defaultLanguage]);
    if (!ui) return this.shown;
    return (this.shown = { policy, lang, ui, anchorPrefix: this.anchorPrefix, fallbacks: new Set() });
  }

  /** What this element shows of a loaded policy. */
  protected abstract renderContent(ctx: RenderContext, level: number): TemplateResult;

  private renderErrors(): TemplateResult | typeof nothing {
    const { errors, retryable } = this.loader;
    if (errors.length === 0) return nothing;
    const reader = this.requestedLanguages;
    const ui = this.languages.ui(reader[0] ?? 'en', reader) ?? createUi('en'); // errors are never held back
    const shown = errors.slice(0, 20);
    return html`<div class="error" part="error" role="alert" lang=${ui.lang} dir=${ui.dir}>
      <p><strong>${ui.t(this.loader.policy ? 'errors.titleUpdate' : 'errors.title')}</strong></p>
      <ul>
        ${shown.map((e) => html`<li><span lang="en" dir="ltr">${e.message}</span>${e.pointer ? html` <code>${ui.t('errors.where', { pointer: e.pointer })}</code>` : nothing}</li>`)}
      </ul>
      ${errors.length > shown.length ? html`<p>${ui.t('errors.more', { count: errors.length - shown.length })}</p>` : nothing}
      ${retryable ? html`<button type="button" @click=${() => this.loader.retry()}>${ui.t('errors.retry')}</button>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const ctx = this.progress.context(() => this.context);
    const content = ctx ? this.renderContent(ctx, this.headingLevel) : nothing; // first: it records fallbacks
    const busy = this.loader.loading || this.languages.loading !== undefined;
    return html`${this.renderErrors()}
      <article class=${this.progress.stepwise ? 'notice stepped' : 'notice'} part="notice" lang=${ctx?.ui.lang ?? nothing} dir=${ctx?.ui.dir ?? nothing} aria-busy=${busy ? 'true' : 'false'}>
        ${ctx && this.languageSwitcher ? renderLanguageSwitcher(ctx, this.onLanguageChange) : nothing}
        ${ctx ? renderFallbackNote(ctx) : nothing}
        ${content}
      </article>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  /**
   * The switcher's choice becomes this element's `lang`. The policy is not fetched again, the select is updated in
   * place (it keeps focus) and the old language stays on screen until the new one is ready, so nothing collapses
   * and the page does not scroll.
   */
  private readonly onLanguageChange = (event: Event): void => {
    this.lang = (event.target as HTMLSelectElement).value;
  };

  private readonly onCopyClick = async (event: MouseEvent): Promise<void> => {
    const button = (event.composedPath()[0] as Element | undefined)?.closest?.('button.copy-link');
    const ctx = this.context;
    if (!button || !ctx) return;
    const url = new URL(location.href);
    url.hash = button.getAttribute('data-anchor') ?? '';
    this.announcement = '';
    await this.nextRender(); // an identical message must still be announced again
    try {
      await navigator.clipboard.writeText(url.href);
      this.announcement = ctx.ui.t('rights.copied');
    } catch {
      this.announcement = ctx.ui.t('rights.copyFailed', { link: url.href });
    }
  };
}
