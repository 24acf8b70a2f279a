import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { localize, pickLanguage } from '../../model/index.js';
import { PolicyController } from '../policy-controller.js';
import { styles } from './privacy-notice.styles.js';

/**
 * Shows a privacy policy document as an accessible notice.
 *
 * @event privacy-notice-load - A policy was validated and is shown; `detail: { policy, warnings }`.
 * @event privacy-notice-error - A policy could not be shown; `detail: { errors, retryable, src? }`. A policy shown before stays shown.
 * @csspart title - The notice's main heading.
 * @csspart error - The error panel.
 * @cssprop --pn-color-text - Text colour.
 * @cssprop --pn-color-background - Background colour.
 * @cssprop --pn-color-error - Border colour of the error panel.
 * @cssprop --pn-color-focus - Focus outline colour.
 * @cssprop --pn-font - Font shorthand for the whole notice.
 */
export class PrivacyNoticeElement extends LitElement {
  static override styles = styles;

  static override properties = {
    src: { type: String, reflect: true },
    policy: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of the policy JSON; fetched without credentials. */
  src: string | null = null;
  /** The policy document as an object, for pages that already have it; wins over `src`. */
  policy?: unknown;
  /** Level (1-6) of the notice's main heading, so it fits the host page's outline. */
  headingLevel = 2;

  private readonly loader = new PolicyController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.policy === undefined && !this.src) this.loader.load({}); // an inline <script type="application/json">
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('policy')) {
      if (this.policy !== undefined || this.src) this.loader.load({ policy: this.policy, src: this.src });
    }
  }

  /** The reader's language: this element's or the nearest ancestor's `lang`, then the browser's languages. */
  private get requestedLanguages(): string[] {
    const own = this.closest('[lang]')?.getAttribute('lang');
    return [...(own ? [own] : []), ...navigator.languages];
  }

  private heading(level: number, content: unknown, lang: string) {
    const l = Math.min(6, Math.max(1, Math.round(level) || 2));
    // A real heading element of the chosen level, so the outline is right for every assistive technology.
    switch (l) {
      case 1: return html`<h1 class="title" part="title" lang=${lang}>${content}</h1>`;
      case 2: return html`<h2 class="title" part="title" lang=${lang}>${content}</h2>`;
      case 3: return html`<h3 class="title" part="title" lang=${lang}>${content}</h3>`;
      case 4: return html`<h4 class="title" part="title" lang=${lang}>${content}</h4>`;
      case 5: return html`<h5 class="title" part="title" lang=${lang}>${content}</h5>`;
      default: return html`<h6 class="title" part="title" lang=${lang}>${content}</h6>`;
    }
  }

  private renderErrors() {
    const { errors, retryable } = this.loader;
    if (errors.length === 0) return nothing;
    return html`<div class="error" part="error" role="alert">
      <strong>${this.loader.policy ? 'The updated privacy policy could not be shown.' : 'The privacy policy could not be shown.'}</strong>
      <ul>
        ${errors.slice(0, 20).map((e) => html`<li>${e.message}${e.pointer ? html` <code>(${e.pointer})</code>` : nothing}</li>`)}
      </ul>
      ${errors.length > 20 ? html`<p>and ${errors.length - 20} more problems.</p>` : nothing}
      ${retryable ? html`<button type="button" @click=${() => this.loader.retry()}>Try again</button>` : nothing}
    </div>`;
  }

  protected override render() {
    const policy = this.loader.policy;
    const lang = policy ? pickLanguage(this.requestedLanguages, policy.languages, policy.defaultLanguage) : 'en';
    const title = policy ? localize(policy.document.title, lang, policy.defaultLanguage) : undefined;
    return html`${this.renderErrors()}
      <article aria-busy=${this.loader.loading ? 'true' : 'false'}>
        ${title ? this.heading(this.headingLevel, title.value, title.lang) : nothing}
      </article>`;
  }
}
