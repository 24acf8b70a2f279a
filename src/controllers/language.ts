import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { diagnosticEvent, type DiagnosticDetail } from '../events/diagnostic.js';
import { createUi, type MissingKind, type Ui } from '../i18n/ui.js';
import { cldrPending, loadCldr } from '../i18n/cldr.js';
import { loadedLocale, loadLocale, uiLocaleFor } from '../i18n/registry.js';
import { observeLang, readerLanguages } from './lang-observer.js';

/** What each UI-string diagnostic tells a developer. */
const MESSAGES: Record<MissingKind | 'locale-load-failed', (key: string, locale: string) => string> = {
  'missing-translation': (key, locale) => `The "${locale}" UI strings have no "${key}"; the English string is shown.`,
  'missing-key': (key) =>
    `No UI locale has "${key}" (a policy value newer than this library?); a label made from the key is shown.`,
  'locale-load-failed': (_, locale) =>
    `The "${locale}" UI strings could not be loaded; the notice is shown in English.`,
};

/**
 * The host's languages: who the reader is (from `lang` attributes and the browser), and the UI strings for the
 * language shown, loaded on demand. While a locale's strings load, `ui()` answers undefined and the host keeps what
 * it showed; it re-renders once they arrive, so the reader never sees raw keys or a flash of English.
 */
export class LanguageController implements ReactiveController {
  private readonly uis = new Map<string, Ui>();
  private readonly failed = new Set<string>();
  private readonly started = new Set<string>();
  private readonly diagnostics: DiagnosticDetail[] = [];
  private pending?: Promise<void>;
  private unobserve?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unobserve = observeLang(this.host);
    // Start loading the likely UI locale while the policy is still being fetched.
    void loadLocale(uiLocaleFor(this.readerLanguages)).catch(() => undefined);
  }

  hostDisconnected(): void {
    this.unobserve?.();
  }

  hostUpdated(): void {
    for (const detail of this.diagnostics.splice(0)) this.host.dispatchEvent(diagnosticEvent(detail));
  }

  /** The reader's languages, most preferred first. */
  get readerLanguages(): string[] {
    return readerLanguages(this.host);
  }

  /** Settles once every locale asked for so far has loaded or failed. */
  get loading(): Promise<void> | undefined {
    return this.pending;
  }

  /**
   * The UI for text in `lang`: the best UI locale for `lang`, else for the `fallbacks` (the reader's other languages),
   * else English. Undefined while that locale loads.
   */
  ui(lang: string, fallbacks: readonly string[]): Ui | undefined {
    const locale = uiLocaleFor([lang, ...fallbacks]);
    const id = `${lang}|${locale}`;
    const cached = this.uis.get(id);
    if (cached) return cached;
    // The CLDR data of a language this browser's Intl lacks comes with it (Irish dates in Irish, not English).
    if ((!loadedLocale(locale) && !this.failed.has(locale)) || cldrPending(lang)) {
      this.load(locale, lang);
      return undefined;
    }
    const ui = createUi(lang, {
      locale,
      onMissing: (key, code) =>
        this.diagnostics.push({ code, message: MESSAGES[code](key, locale), key, lang: locale }),
    });
    this.uis.set(id, ui);
    return ui;
  }

  private load(locale: string, lang: string): void {
    const id = `${locale}|${lang}`;
    if (this.started.has(id)) return;
    this.started.add(id);
    const previous = this.pending;
    const done = Promise.all([loadLocale(locale), loadCldr(lang)]).then(
      () => {
        this.started.delete(id);
      },
      () => {
        this.started.delete(id);
        this.failed.add(locale); // shown in English from now on, and said so
        this.diagnostics.push({
          code: 'locale-load-failed',
          message: MESSAGES['locale-load-failed']('', locale),
          lang: locale,
        });
      },
    );
    const all = Promise.all([previous, done]).then(() => {
      if (this.pending === all) this.pending = undefined;
      this.host.requestUpdate();
    });
    this.pending = all;
  }
}
