// A string missing from a locale never reaches the reader as a raw key: English is shown instead and the element
// fires `privacy-notice-diagnostic`, once per key, so the missing translation can be found and fixed.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/privacy-notice/privacy-notice.js';
import type { DiagnosticDetail, PrivacyNoticeElement } from '../../src/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { createUi, registerLocale, type UiKey } from '../../src/i18n/ui.js';
import { languageProblems } from './page-checks.js';

const GROUPS = Object.keys(en);

async function smarti(): Promise<Record<string, unknown>> {
  return (await fetch('/examples/policies/smarti.json')).json();
}

/** Renders `doc` for a reader of `lang`, collecting every diagnostic the element fires. */
async function render(
  doc: Record<string, unknown>,
  lang: string,
): Promise<{ el: PrivacyNoticeElement; diagnostics: DiagnosticDetail[] }> {
  const diagnostics: DiagnosticDetail[] = [];
  const host = await fixture<HTMLElement>(
    html`<div @privacy-notice-diagnostic=${(e: CustomEvent<DiagnosticDetail>) => diagnostics.push(e.detail)}>
      <privacy-notice lang=${lang} .policy=${{ ...doc, languages: [doc.defaultLanguage, lang] }}></privacy-notice>
    </div>`,
  );
  const el = host.querySelector('privacy-notice')!;
  await el.updateComplete;
  return { el, diagnostics };
}

describe('missing UI strings', () => {
  it('shows English for a string the locale lacks, and reports each missing key once', async () => {
    registerLocale('eo', { notice: { contents: 'Enhavo' } });
    const { el, diagnostics } = await render(await smarti(), 'eo');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="toc-heading"]')!.textContent!.trim()).to.equal('Enhavo');
    expect(root.querySelector('.how-to')!.textContent!.trim()).to.equal(en.rights.howTo);
    expect(languageProblems(el, 'eo', GROUPS)).to.deep.equal([]);
    expect(diagnostics.find((d) => d.key === 'rights.howTo')).to.deep.equal({
      code: 'missing-translation',
      message: 'The "eo" UI strings have no "rights.howTo"; the English string is shown.',
      key: 'rights.howTo',
      lang: 'eo',
    });
    expect(diagnostics.some((d) => d.key === 'notice.contents')).to.equal(false);
    const keys = diagnostics.map((d) => d.key);
    expect(keys.length).to.equal(new Set(keys).size);
    await expect(el).to.be.accessible();
  });

  it('shows a readable label, never the key, for a string no locale has', () => {
    const missing: string[] = [];
    const ui = createUi('en', { onMissing: (key, kind) => missing.push(`${kind} ${key}`) });
    expect(ui.t('legalBasis.brand-new-basis' as UiKey)).to.equal('Brand new basis');
    expect(ui.t('legalBasis.brand-new-basis' as UiKey)).to.equal('Brand new basis');
    expect(missing).to.deep.equal(['missing-key legalBasis.brand-new-basis']);
  });

  it('shows the notice in English, marked so, when a locale’s strings cannot be loaded, and says why', async () => {
    registerLocale('tlh', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const { el, diagnostics } = await render(await smarti(), 'tlh');
    const wrapper = el.shadowRoot!.querySelector<HTMLElement>('.notice')!;
    expect([wrapper.lang, wrapper.dir]).to.deep.equal(['en', 'ltr']);
    expect(el.shadowRoot!.querySelector('[part~="toc-heading"]')!.textContent!.trim()).to.equal(en.notice.contents);
    expect(diagnostics.filter((d) => d.code === 'locale-load-failed').map((d) => d.lang)).to.deep.equal(['tlh']);
    expect(languageProblems(el, 'en', GROUPS)).to.deep.equal([]);
  });
});
