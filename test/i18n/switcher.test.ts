// The optional language switcher: the policy's languages by their own names, in a labelled <select>; choosing one
// re-renders in place without fetching the policy again, and the reader keeps their focus and scroll position.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/privacy-notice/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { loadLocale } from '../../src/i18n/registry.js';

const SRC = '/examples/policies/d-home-smaart.json';

/** The name Intl gives a language in that language itself. */
const ownName = (tag: string) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag)!;

describe('language switcher', () => {
  let fetched: string[] = [];
  const realFetch = window.fetch;
  beforeEach(() => {
    fetched = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  async function mount(attrs = 'language-switcher'): Promise<PrivacyNoticeElement> {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    host.innerHTML = `<div style="block-size: 150vh"></div><privacy-notice ${attrs} src="${SRC}"></privacy-notice><div style="block-size: 150vh"></div>`;
    const el = host.querySelector('privacy-notice')!;
    await oneEvent(el, 'privacy-notice-load');
    await el.updateComplete;
    return el;
  }

  it('lists the policy’s languages by their own names, each marked with its lang, under a visible label', async () => {
    const el = await mount();
    const select = el.shadowRoot!.querySelector('select')!;
    const label = el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!;
    expect(label.textContent!.trim()).to.equal(en.language.label);
    const options = [...select.options].map((o) => [o.value, o.lang, o.textContent!.trim().toLowerCase()]);
    expect(options).to.deep.equal([
      ['en', 'en', ownName('en').toLowerCase()],
      ['fr', 'fr', ownName('fr').toLowerCase()],
    ]);
    expect(select.value).to.equal('en');
  });

  it('is not shown without the attribute, nor for a policy in one language', async () => {
    expect((await mount('')).shadowRoot!.querySelector('select')).to.equal(null);
    const single = await fixture<PrivacyNoticeElement>(
      html`<privacy-notice language-switcher src="/examples/policies/smarti.json"></privacy-notice>`,
    );
    await oneEvent(single, 'privacy-notice-load');
    await single.updateComplete;
    expect(single.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('switches language from the keyboard without refetching, keeping focus on the select and the page where it was', async () => {
    const el = await mount();
    const select = el.shadowRoot!.querySelector('select')!;
    select.scrollIntoView({ block: 'center' });
    const scrollBefore = window.scrollY;
    const topBefore = select.getBoundingClientRect().top;
    fetched = [];
    select.focus();
    await sendKeys({ press: 'ArrowDown' }); // a closed <select> changes its value (and fires change) on arrow keys
    await el.updateComplete;
    const fr = await loadLocale('fr');
    expect(el.lang).to.equal('fr');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.match(/confidentialité/);
    expect(el.shadowRoot!.querySelector('[part~="toc-heading"]')!.textContent!.trim()).to.equal(fr.notice.contents);
    expect(fetched.filter((url) => url.includes('d-home-smaart'))).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(select);
    expect(el.shadowRoot!.querySelector('select')).to.equal(select);
    expect(window.scrollY).to.equal(scrollBefore);
    expect(select.getBoundingClientRect().top).to.be.closeTo(topBefore, 1);
    expect(el.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent!.trim()).to.equal(fr.language.label);
    await expect(el).to.be.accessible();
  });
});
