// Right-to-left layout, as an Arabic reader sees it: the notice runs right to left, the in-app path reads from the
// right with its separators pointing the way it reads, tables put their first column on the right, and nested
// contents are indented from the right. The same checks in English prove the measurements mean something.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/privacy-notice/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { directionOf, uiLanguages } from '../../src/i18n/ui.js';
import { cldrDirection, offeredIn } from './page-checks.js';

async function render(name: string, lang: string): Promise<ShadowRoot> {
  const doc = await (await fetch(`/examples/policies/${name}.json`)).json();
  const el = await fixture<PrivacyNoticeElement>(
    html`<privacy-notice lang=${lang} .policy=${offeredIn(doc, lang)}></privacy-notice>`,
  );
  await el.updateComplete;
  return el.shadowRoot!;
}

const box = (el: Element) => el.getBoundingClientRect();

/** Whether `a` is laid out before `b` in reading order: on an earlier line, or earlier on the same line. */
function before(a: Element, b: Element, dir: 'ltr' | 'rtl'): boolean {
  const [first, second] = [a.getClientRects()[0]!, b.getClientRects()[0]!];
  if (Math.abs(first.top - second.top) > 2) return first.top < second.top;
  return dir === 'ltr' ? first.left < second.left : first.right > second.right;
}

describe('right-to-left layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, dir] of [
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ] as const) {
    it(`${lang}: the notice is ${dir}, and the in-app path reads ${dir} with separators pointing the way it reads`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const root = await render('cr-smart-home', lang);
      const notice = root.querySelector<HTMLElement>('.notice')!;
      expect([notice.lang, notice.dir, getComputedStyle(notice).direction]).to.deep.equal([lang, dir, dir]);
      const steps = [...root.querySelector('ol.path')!.querySelectorAll('li')];
      expect(steps.length).to.be.greaterThan(2);
      for (let i = 1; i < steps.length; i += 1)
        expect(before(steps[i - 1]!, steps[i]!, dir), `step ${i}`).to.equal(true);
      expect(box(steps[0]!).top, 'the first two steps share a line').to.be.closeTo(box(steps[1]!).top, 2);
      // The separator is U+203A, which Unicode mirrors to ‹ in right-to-left text: it is drawn mirrored exactly when
      // it sits in a right-to-left run, so it must not be swapped by hand as well.
      const separator = getComputedStyle(steps[1]!, '::before');
      expect(separator.content).to.match(/^" › "/);
      expect(separator.direction).to.equal(dir);
    });

    it(`${lang}: tables put their first column on the ${dir === 'rtl' ? 'right' : 'left'} and contents indent from the ${dir === 'rtl' ? 'right' : 'left'}`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const root = await render('softathome', lang);
      const table = [...root.querySelectorAll('table')].find((t) => t.getClientRects().length > 0)!;
      const [first, second] = [...table.querySelectorAll('thead th')];
      expect(before(first!, second!, dir)).to.equal(true);
      const nested = root.querySelector('.toc ol ol li')!;
      const parent = nested.parentElement!.closest('li')!;
      const indent = dir === 'rtl' ? box(parent).right - box(nested).right : box(nested).left - box(parent).left;
      expect(indent).to.be.greaterThan(8);
    });
  }

  it('gives every UI locale, and right-to-left scripts of other languages, the direction CLDR gives them', () => {
    const tags = [...uiLanguages(), 'ur', 'ckb', 'az-Arab', 'pa-Arab', 'ku-Latn', 'yi'];
    expect(tags.map((t) => `${t}:${directionOf(t)}`)).to.deep.equal(tags.map((t) => `${t}:${cldrDirection(t)}`));
  });

  it('ar: English text the policy has not translated keeps its own lang and left-to-right direction inside', async () => {
    const root = await render('smartbt', 'ar');
    const title = root.querySelector('[part~="title"] [lang]')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    const block = root.querySelector('.md[lang]')!;
    expect([block.getAttribute('lang'), getComputedStyle(block).direction]).to.deep.equal(['en', 'ltr']);
    const email = root.querySelector('a[href^="mailto:"]')!;
    expect(getComputedStyle(email).direction).to.equal('ltr');
  });
});
