// Which language a notice shows: the element's lang, the nearest ancestor's, <html lang>, the browser's languages,
// then the policy's default; the best language the policy has, with the UI strings following it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/privacy-notice/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { loadLocale } from '../../src/i18n/registry.js';
import { readerLanguages } from '../../src/controllers/lang-observer.js';
import { pickLanguage } from '../../src/model/index.js';

/** A small valid policy published in `languages`, with its title translated into each. */
function policy(languages: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const title = Object.fromEntries(languages.map((l) => [l, `Title (${l})`]));
  return {
    schemaVersion: '1.0.0',
    id: 'negotiation',
    defaultLanguage: languages[0],
    languages,
    title,
    controller: { name: 'Example Ltd', email: 'privacy@example.com' },
    ...extra,
  };
}

const wrapperOf = (el: PrivacyNoticeElement) => el.shadowRoot!.querySelector<HTMLElement>('.notice')!;
const titleOf = (el: PrivacyNoticeElement) => el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
const contentsOf = (el: PrivacyNoticeElement) =>
  el.shadowRoot!.querySelector('[part~="toc-heading"]')?.textContent?.trim();

async function notice(template: ReturnType<typeof html>): Promise<PrivacyNoticeElement> {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'privacy-notice' ? host : host.querySelector('privacy-notice')!
  ) as PrivacyNoticeElement;
  await el.updateComplete;
  return el;
}

/** Runs `body` with navigator.languages and <html lang> as given, then puts both back. */
async function asReader(browser: string[], htmlLang: string, body: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const previous = root.getAttribute('lang');
  Object.defineProperty(navigator, 'languages', { get: () => browser, configurable: true });
  if (htmlLang) root.lang = htmlLang;
  else root.removeAttribute('lang');
  try {
    await body();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).languages; // the own property shadows Navigator.prototype's
    if (previous === null) root.removeAttribute('lang');
    else root.setAttribute('lang', previous);
  }
}

describe('language negotiation', () => {
  it('lists the reader’s languages: element, ancestors up to <html>, then the browser; empty and malformed tags skipped', async () => {
    await asReader(['de-AT', 'en'], 'es', async () => {
      const host = await fixture<HTMLElement>(
        html`<div lang="fr-CA">
          <section lang="">
            <p lang="en_US"><span lang="eu"></span></p>
          </section>
        </div>`,
      );
      expect(readerLanguages(host.querySelector('span')!)).to.deep.equal(['eu', 'fr-CA', 'es', 'de-AT', 'en']);
    });
  });

  it('matches regions to languages and scripts to regions (fr-CA -> fr, zh-TW -> zh-Hant, zh-SG -> zh-Hans, nn -> nb)', () => {
    const available = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'nb'];
    expect(
      ['fr-CA', 'zh-TW', 'zh-HK', 'zh-SG', 'zh', 'nn', 'no', 'iw'].map((tag) => pickLanguage([tag], available, 'en')),
    ).to.deep.equal(['fr', 'zh-Hant', 'zh-Hant', 'zh-Hans', 'zh-Hans', 'nb', 'nb', 'en']);
  });

  it('prefers the element’s own lang, then the nearest ancestor’s', async () => {
    const own = await notice(
      html`<div lang="en"><privacy-notice lang="fr" .policy=${policy(['en', 'fr'])}></privacy-notice></div>`,
    );
    expect([wrapperOf(own).lang, titleOf(own)]).to.deep.equal(['fr', 'Title (fr)']);
    const inherited = await notice(
      html`<div lang="fr-CA">
        <section><privacy-notice .policy=${policy(['en', 'fr'])}></privacy-notice></section>
      </div>`,
    );
    expect([wrapperOf(inherited).lang, titleOf(inherited)]).to.deep.equal(['fr', 'Title (fr)']);
    await expect(inherited).to.be.accessible();
  });

  it('falls back to <html lang>, then the browser’s languages, then the policy’s default language', async () => {
    await asReader(['ja', 'fr-BE'], 'fr', async () => {
      expect(titleOf(await notice(html`<privacy-notice .policy=${policy(['en', 'fr'])}></privacy-notice>`))).to.equal(
        'Title (fr)',
      );
    });
    await asReader(['ja', 'fr-BE'], '', async () => {
      expect(titleOf(await notice(html`<privacy-notice .policy=${policy(['en', 'fr'])}></privacy-notice>`))).to.equal(
        'Title (fr)',
      );
    });
    await asReader(['ja', 'ko'], '', async () => {
      const el = await notice(html`<privacy-notice .policy=${policy(['de', 'fr'])}></privacy-notice>`);
      expect([wrapperOf(el).lang, titleOf(el)]).to.deep.equal(['de', 'Title (de)']);
    });
  });

  it('writes the UI in the policy’s language, not in a reader language the policy lacks', async () => {
    const el = await notice(
      html`<privacy-notice
        lang="ja"
        .policy=${policy(['en', 'fr'], { sections: [{ id: 'a', title: 'A' }] })}
      ></privacy-notice>`,
    );
    expect(wrapperOf(el).lang).to.equal('en');
    expect(contentsOf(el)).to.equal(en.notice.contents);
  });

  it('writes the UI in the reader’s next language when no UI locale has the policy’s, and marks each with its lang', async () => {
    const doc = policy(['cy', 'en'], { sections: [{ id: 'a', title: { cy: 'Adran', en: 'Section' } }] });
    await asReader(['fr-FR', 'en'], '', async () => {
      const el = await notice(html`<div lang="cy"><privacy-notice .policy=${doc}></privacy-notice></div>`);
      // Welsh policy text, French UI (the reader's next language with UI strings): the notice is marked French...
      expect(wrapperOf(el).lang).to.equal('fr');
      expect(contentsOf(el)).to.equal((await loadLocale('fr')).notice.contents);
      // ...and every piece of policy text carries its own lang.
      expect(titleOf(el)).to.equal('Title (cy)');
      expect(el.shadowRoot!.querySelector('[part~="title"] [lang]')!.getAttribute('lang')).to.equal('cy');
      expect(el.shadowRoot!.querySelector('#section-a [lang]')!.getAttribute('lang')).to.equal('cy');
      await expect(el).to.be.accessible();
    });
  });

  it('re-renders when lang changes on the element, an ancestor or <html>', async () => {
    const host = await fixture<HTMLElement>(
      html`<div lang="en"><privacy-notice .policy=${policy(['en', 'fr', 'de'])}></privacy-notice></div>`,
    );
    const el = host.querySelector('privacy-notice')!;
    await el.updateComplete;
    host.lang = 'fr';
    await waitUntil(() => titleOf(el) === 'Title (fr)', 'ancestor lang followed');
    el.lang = 'de';
    await waitUntil(() => titleOf(el) === 'Title (de)', 'own lang followed');
    el.removeAttribute('lang');
    host.removeAttribute('lang');
    await asReader(['en'], 'fr', async () => {
      await waitUntil(() => titleOf(el) === 'Title (fr)', '<html lang> followed');
    });
  });

  it('shows two notices in two languages on one page, each with its own strings', async () => {
    const doc = policy(['en', 'fr'], { sections: [{ id: 'a', title: { en: 'A', fr: 'A (fr)' } }] });
    const host = await fixture<HTMLElement>(
      html`<div>
        <privacy-notice lang="en" anchor-prefix="one" .policy=${doc}></privacy-notice>
        <privacy-notice lang="fr" anchor-prefix="two" .policy=${doc}></privacy-notice>
      </div>`,
    );
    const [first, second] = [...host.querySelectorAll('privacy-notice')];
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect([contentsOf(first!), contentsOf(second!)]).to.deep.equal([
      en.notice.contents,
      (await loadLocale('fr')).notice.contents,
    ]);
    expect([wrapperOf(first!).lang, wrapperOf(second!).lang]).to.deep.equal(['en', 'fr']);
    await expect(host).to.be.accessible();
  });
});

describe('line breaking', () => {
  it('breaks Korean between words, never inside one, and leaves other languages as they are', async () => {
    const doc = policy(['ko', 'en'], { sections: [{ id: 'a', title: { ko: '개인정보 처리방침', en: 'Section' } }] });
    for (const [lang, expected] of [
      ['ko', 'keep-all'],
      ['en', 'normal'],
    ]) {
      const el = await notice(html`<privacy-notice lang=${lang} .policy=${doc}></privacy-notice>`);
      const heading = el.shadowRoot!.querySelector<HTMLElement>('#section-a [lang], #section-a')!;
      expect(getComputedStyle(heading).wordBreak, lang).to.equal(expected);
    }
  });
});
