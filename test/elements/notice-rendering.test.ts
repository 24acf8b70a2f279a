import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';

const EXAMPLES = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];

async function notice(name: string, attrs = ''): Promise<PrivacyNoticeElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<privacy-notice src="/examples/policies/${name}.json" ${attrs}></privacy-notice>`;
  const el = host.querySelector('privacy-notice')!;
  await oneEvent(el, 'privacy-notice-load');
  await el.updateComplete;
  return el;
}

function headings(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')];
}

const levelOf = (h: Element) => Number(h.tagName[1]);

describe('<privacy-notice> rendering the reference policies', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname + location.search);
  });

  for (const name of EXAMPLES) {
    describe(name, () => {
      it('has no axe violations', async () => {
        const el = await notice(name);
        await expect(el).to.be.accessible();
      });

      it('starts its outline at heading-level and never skips a level', async () => {
        const el = await notice(name, 'heading-level="3"');
        const levels = headings(el).map(levelOf);
        expect(levels[0]).to.equal(3);
        levels.forEach((level, i) => {
          if (i > 0)
            expect(level, `heading ${i} (${headings(el)[i]!.textContent?.trim()})`).to.be.at.most(levels[i - 1]! + 1);
          expect(level).to.be.at.least(3);
        });
      });

      it('links every right and every titled section from the table of contents, to a target that exists', async () => {
        const el = await notice(name);
        const root = el.shadowRoot!;
        const tocTargets = [...root.querySelectorAll('nav[part~="toc"] a')].map((a) =>
          a.getAttribute('href')!.slice(1),
        );
        const policy = (await (await fetch(`/examples/policies/${name}.json`)).json()) as {
          rights?: Array<{ id: string }>;
        };
        for (const right of policy.rights ?? []) expect(tocTargets).to.include(`right-${right.id}`);
        for (const target of tocTargets) expect(root.getElementById(target), target).to.not.equal(null);
        for (const h of root.querySelectorAll('section > h2[id], section > h3[id]'))
          expect(tocTargets).to.include(h.id);
      });

      it('reflows at 320 CSS px without horizontal scrolling', async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await notice(name);
        await new Promise((r) => requestAnimationFrame(r));
        expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      });
    });
  }

  it('moves focus to a right’s heading for a #right-… hash present on load', async () => {
    history.replaceState(null, '', '#right-erasure');
    const el = await notice('softathome');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'right-erasure', 'focus on the erasure right');
    expect(el.shadowRoot!.activeElement!.tagName).to.match(/^H[2-6]$/);
  });

  it('follows later hash changes, and focusRight/focusSection do the same for apps', async () => {
    const el = await notice('smartbt');
    location.hash = '#right-access';
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'right-access', 'focus after hashchange');
    expect(el.focusRight('portability')).to.equal(true);
    expect(el.shadowRoot!.activeElement!.id).to.equal('right-portability');
    const firstSection = el.shadowRoot!.querySelector('section.section > [id^="section-"]')!;
    expect(el.focusSection(firstSection.id.replace(/^section-/, ''))).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(firstSection);
    expect(el.focusRight('no-such-right')).to.equal(false);
  });

  it('keyboard: Tab reaches the table of contents, Enter on a link moves focus to its heading', async () => {
    const el = await notice('smarti');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav[part~="toc"] a')];
    const last = links[links.length - 1]!;
    links[links.length - 2]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(last);
    await sendKeys({ press: 'Enter' });
    const target = last.getAttribute('href')!.slice(1);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === target, `focus on ${target}`);
  });

  it('keeps anchors apart for two notices on one page with anchor-prefix', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <privacy-notice anchor-prefix="web" src="/examples/policies/smartbt.json"></privacy-notice>
        <privacy-notice anchor-prefix="app" src="/examples/policies/cr-smart-home.json"></privacy-notice>
      </div>`,
    );
    const [web, app] = [...host.querySelectorAll('privacy-notice')] as PrivacyNoticeElement[];
    await waitUntil(
      () => web!.shadowRoot!.getElementById('web-right-access') && app!.shadowRoot!.getElementById('app-right-access'),
      'both rendered',
    );
    location.hash = '#app-right-access';
    await waitUntil(() => app!.shadowRoot!.activeElement?.id === 'app-right-access', 'the app notice took the hash');
    expect(web!.shadowRoot!.activeElement).to.equal(null);
    expect(web!.shadowRoot!.querySelector('nav a')!.getAttribute('href')).to.match(/^#web-/);
  });

  it('copies a link to a right and announces it', async () => {
    const el = await notice('smartbt');
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('#right-access ~ button.copy-link')!.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Link copied',
        'announcement',
      );
      expect(copied).to.have.length(1);
      expect(new URL(copied[0]!).hash).to.equal('#right-access');
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('is not broken by a hostile host stylesheet', async () => {
    const style = document.createElement('style');
    // What a real site stylesheet can do to an embedded widget: element rules with !important (they must not reach
    // into the shadow tree) and inherited text properties on body (which do, unless the component resets them).
    style.textContent = `body { letter-spacing: 4px; word-spacing: 9px; text-transform: uppercase; text-indent: 40px; font-style: italic; white-space: pre; text-align: right }
      h1, h2, h3, p, li, a, nav, ol, ul, table, td, th, button, section, dl { display: none !important; font-size: 2px !important; color: red !important; margin: 90px !important }`;
    document.head.append(style);
    try {
      const el = await notice('d-home-smaart');
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!;
      const titleStyle = getComputedStyle(title);
      expect(titleStyle.display).to.equal('block');
      expect(parseFloat(titleStyle.fontSize)).to.be.greaterThan(16);
      expect([
        titleStyle.letterSpacing,
        titleStyle.textTransform,
        titleStyle.fontStyle,
        titleStyle.whiteSpace,
        titleStyle.textIndent,
      ]).to.deep.equal(['normal', 'none', 'normal', 'normal', '0px']);
      expect(el.shadowRoot!.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('nav')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await setViewport({ width: 320, height: 640 });
      expect(document.documentElement.scrollWidth, 'no horizontal scroll with hostile styles').to.be.at.most(320);
    } finally {
      style.remove();
    }
  });

  it('renders d-home-smaart fully in French for a French page, dates localized with Intl', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    host.innerHTML = '<privacy-notice src="/examples/policies/d-home-smaart.json"></privacy-notice>';
    const el = host.querySelector('privacy-notice')!;
    await oneEvent(el, 'privacy-notice-load');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="notice"]')!.getAttribute('lang')).to.equal('fr');
    expect(root.querySelector('nav [part~="toc-heading"]')!.textContent).to.equal('Sommaire');
    expect(root.querySelector('[part~="meta"]')!.textContent).to.contain('22 octobre 2022');
    expect(root.querySelectorAll('[lang="en"]').length, 'no English fallback inside the French notice').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('switches to dark colours with prefers-color-scheme and hides controls in print', async () => {
    const el = await notice('smarti');
    await emulateMedia({ colorScheme: 'dark' });
    const dark = getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(el).backgroundColor).to.not.equal(dark);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('button.copy-link')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
  });
});
