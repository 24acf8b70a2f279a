// The optional language switcher: the policy's languages by their own names, as a labelled group of buttons;
// pressing one re-renders in place without fetching the policy again, and the reader keeps their focus and scroll
// position. Moving through the buttons changes nothing (issue 17: a <select> changed the notice on every arrow key).
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

  const buttons = (el: PrivacyNoticeElement) => [
    ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.language-switcher button'),
  ];

  it('lists the policy’s languages by their own names, each marked with its lang, in a group with a visible label', async () => {
    const el = await mount();
    const group = el.shadowRoot!.querySelector('[part~="language-switcher"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
      en.language.label,
    );
    expect(
      buttons(el).map((b) => [b.lang, b.textContent!.trim().toLowerCase(), b.getAttribute('aria-current')]),
    ).to.deep.equal([
      ['en', ownName('en').toLowerCase(), 'true'],
      ['fr', ownName('fr').toLowerCase(), null],
    ]);
  });

  it('is not shown without the attribute, nor for a policy in one language', async () => {
    expect((await mount('')).shadowRoot!.querySelector('[part~="language-switcher"]')).to.equal(null);
    const single = await fixture<PrivacyNoticeElement>(
      html`<privacy-notice language-switcher src="/examples/policies/smarti.json"></privacy-notice>`,
    );
    await oneEvent(single, 'privacy-notice-load');
    await single.updateComplete;
    expect(single.shadowRoot!.querySelector('[part~="language-switcher"]')).to.equal(null);
  });

  it('changes nothing while the reader moves through the languages, and switches on Enter without refetching, keeping focus and scroll', async () => {
    const el = await mount();
    const [english, french] = buttons(el) as [HTMLButtonElement, HTMLButtonElement];
    english.scrollIntoView({ block: 'center' });
    const scrollBefore = window.scrollY;
    const topBefore = french.getBoundingClientRect().top;
    fetched = [];
    english.focus();
    await sendKeys({ press: 'Tab' }); // to the next language: nothing happens yet
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(french);
    expect(el.lang).to.equal('');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.not.match(/confidentialité/);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const fr = await loadLocale('fr');
    expect(el.lang).to.equal('fr');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.match(/confidentialité/);
    expect(el.shadowRoot!.querySelector('[part~="toc-heading"]')!.textContent!.trim()).to.equal(fr.notice.contents);
    expect(fetched.filter((url) => url.includes('d-home-smaart'))).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(french, 'focus stays on the button pressed');
    expect(french.getAttribute('aria-current')).to.equal('true');
    expect(english.getAttribute('aria-current')).to.equal(null);
    expect(window.scrollY).to.equal(scrollBefore);
    expect(french.getBoundingClientRect().top).to.be.closeTo(topBefore, 1);
    const group = el.shadowRoot!.querySelector('[part~="language-switcher"]')!;
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
      fr.language.label,
    );
    await expect(el).to.be.accessible();
  });
});
