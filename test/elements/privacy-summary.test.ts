import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/privacy-notice.js';
import type { PrivacyNoticeElement, PrivacySummaryElement } from '../../src/index.js';
import { offeredIn } from '../i18n/page-checks.js';
import { REFERENCE } from '../reader.js';

type Loaded = HTMLElement & { updateComplete: Promise<boolean> };

/** Elements written into a page as a site owner would, once each has loaded its policy. */
async function mount(markup: string): Promise<Loaded[]> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const elements = [...host.querySelectorAll('privacy-summary, privacy-notice')] as Loaded[];
  await Promise.all(elements.map((el) => oneEvent(el, 'privacy-notice-load')));
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part~="summary-row"]')] as HTMLElement[];

describe('<privacy-summary>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  for (const name of REFERENCE)
    it(`${name}: fits one phone screen (360x640), a real list, axe-clean`, async () => {
      await setViewport({ width: 360, height: 640 });
      const [el] = await mount(`<privacy-summary src="/examples/policies/${name}.json"></privacy-summary>`);
      const root = el!.shadowRoot!;
      expect(root.querySelector('h2')!.textContent!.trim()).to.equal('At a glance');
      const list = root.querySelector('dl[part~="summary"]')!;
      expect(list.querySelectorAll(':scope > div > dt > a').length).to.equal(rows(el!).length);
      expect(list.querySelectorAll(':scope > div > dd').length).to.equal(rows(el!).length);
      const height = el!.getBoundingClientRect().height;
      console.log(`summary ${name}: ${Math.round(height)} px high at 360 px, ${rows(el!).length} lines`);
      expect(height).to.be.at.most(640);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    });

  it('takes a reader from a line to its part of the notice on the same page, by keyboard', async () => {
    const [summary, notice] = await mount(`<privacy-summary src="/examples/policies/smarti.json"></privacy-summary>
      <privacy-notice src="/examples/policies/smarti.json"></privacy-notice>`);
    const rights = rows(summary!).find((r) => r.dataset.part === 'rights')!;
    const first = rights.querySelector('dd a') as HTMLAnchorElement;
    expect(first.getAttribute('href')).to.equal('#right-access');
    first.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const target = notice!.shadowRoot!.getElementById('right-access')!;
    expect(notice!.shadowRoot!.activeElement).to.equal(target);
    expect(target.textContent).to.contain('Right to access your own information');
  });

  it('links to the page of the full notice given as `notice`, never to another scheme', async () => {
    const [el] = await mount(
      `<privacy-summary notice="privacy.html" anchor-prefix="pn" src="/examples/policies/smarti.json"></privacy-summary>`,
    );
    const hrefs = [...el!.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).to.be.greaterThan(4);
    for (const href of hrefs) expect(href).to.match(/^privacy\.html#pn-/);
    (el as PrivacySummaryElement).notice = 'javascript:alert(1)';
    await el!.updateComplete;
    for (const a of el!.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^#pn-/);
  });

  it('speaks the reader’s language, right to left in Arabic', async () => {
    // A policy published in Arabic too (its text not yet translated): the interface is Arabic.
    const doc = await (await fetch('/examples/policies/smarti.json')).json();
    const el = await fixture<PrivacySummaryElement>(
      html`<privacy-summary lang="ar" .policy=${offeredIn(doc, 'ar')}></privacy-summary>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const notice = root.querySelector<HTMLElement>('.notice')!;
    expect([notice.lang, notice.dir, getComputedStyle(notice).direction]).to.deep.equal(['ar', 'rtl', 'rtl']);
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('نظرة سريعة');
    // The policy's words keep their own language inside the Arabic interface.
    expect(rows(el)[0]!.querySelector('dd')!.textContent!.trim()).to.equal('SMARTi AS');
    await expect(el).to.be.accessible();
  });
});

describe('<privacy-notice summary>', () => {
  it('starts with the summary after the title, before the contents; its links move focus into the notice', async () => {
    const [el] = (await mount(
      `<privacy-notice summary src="/examples/policies/cr-smart-home.json"></privacy-notice>`,
    )) as [PrivacyNoticeElement];
    const root = el.shadowRoot!;
    const order = [...root.querySelectorAll('[part~="header"], [part~="summary"], [part~="toc"]')].map(
      (n) => n.getAttribute('part')!.split(' ')[0],
    );
    expect(order).to.deep.equal(['header', 'summary', 'toc']);
    expect(root.getElementById('section-summary')!.textContent!.trim()).to.equal('At a glance');
    const data = rows(el)
      .find((r) => r.dataset.part === 'data-categories')!
      .querySelector('dt a') as HTMLAnchorElement;
    data.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root.activeElement!.id).to.equal(data.getAttribute('href')!.slice(1));
    await expect(el).to.be.accessible();
    el.summary = false;
    await el.updateComplete;
    expect(root.querySelector('[part~="summary"]')).to.equal(null);
  });

  it('shows it where a section of the policy includes it', async () => {
    const policy = await (await fetch('/examples/policies/smarti.json')).json();
    policy.sections.unshift({ id: 'overview', title: 'Overview', include: ['summary'] });
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice .policy=${policy}></privacy-notice>`);
    await el.updateComplete;
    const section = el.shadowRoot!.getElementById('section-overview')!.closest('section')!;
    expect(section.querySelector('[part~="summary"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
