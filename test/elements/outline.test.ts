// Issue 17, outline and regions: what a screen reader's heading and landmark lists give for the reference policies.
// One named article; sections are headings, not regions; every part a section places is under a heading that says
// what it is; no heading has nothing under it; a deep link to an untitled section focuses a heading.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { REFERENCE_POLICIES, referenceNotice } from './reference-notice.js';

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

function flat(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flat)];
}

/** The headings a reader sees, in order, with the level they announce (`aria-level` beyond h6). */
function headings(el: Element): Array<{ level: number; el: HTMLElement }> {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
    .filter((h) => h.checkVisibility())
    .map((h) => ({ level: Number(h.getAttribute('aria-level') ?? h.tagName[1]), el: h }));
}

/** The text between the end of one element and the start of another. */
function textBetween(from: Element, to: Element | undefined, root: ShadowRoot): string {
  const range = document.createRange();
  range.setStartAfter(from);
  if (to) range.setEndBefore(to);
  else range.setEnd(root, root.childNodes.length);
  return range.toString().trim();
}

describe('outline and regions', () => {
  before(() => setViewport({ width: 1024, height: 768 }));

  it('is one article named by the title, with no region per section or right', async () => {
    for (const name of REFERENCE_POLICIES) {
      const el = await referenceNotice(name);
      const tree = await executeServerCommand<AxNode, undefined>('ax-tree');
      const nodes = flat(tree);
      const title = el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
      const articles = nodes.filter((n) => n.role === 'article');
      expect(
        articles.map((a) => a.name),
        name,
      ).to.deep.equal([title]);
      const regions = nodes.filter((n) => n.role === 'region');
      expect(regions, `${name}: ${regions.map((r) => r.name).join(' | ')}`).to.have.length(0);
      expect(
        nodes.filter((n) => n.role === 'navigation').map((n) => n.name),
        name,
      ).to.deep.equal(['Contents']);
    }
  });

  it('has no heading with nothing under it, and never skips a level', async () => {
    for (const name of REFERENCE_POLICIES) {
      const el = await referenceNotice(name);
      const list = headings(el);
      list.forEach((h, i) => {
        const next = list[i + 1];
        if (next) expect(next.level, `${name}: after "${h.el.textContent!.trim()}"`).to.be.at.most(h.level + 1);
        if (!next || next.level <= h.level)
          expect(
            textBetween(h.el, next?.el, el.shadowRoot!),
            `${name}: "${h.el.textContent!.trim().slice(0, 60)}" has nothing under it`,
          ).not.to.equal('');
      });
    }
  });

  it('puts each part placed in an untitled section under a heading that names it, in the outline and the contents', async () => {
    const el = await referenceNotice('d-home-smaart');
    const list = headings(el);
    // The rights and contacts that follow the cookie tables, in a section the policy leaves untitled.
    const access = list.findIndex((h) => h.el.textContent!.trim() === 'Right of access');
    const above = list.slice(0, access).findLast((h) => h.level < list[access]!.level)!;
    expect(above.el.textContent!.trim()).to.equal('Your rights');
    const controller = list.findIndex((h) => h.el.textContent!.trim() === 'Data controller');
    expect(
      list
        .slice(0, controller)
        .findLast((h) => h.level < list[controller]!.level)!
        .el.textContent!.trim(),
    ).to.equal('Contact');
    // The contents link to the part's heading, with its rights under it.
    const toc = el.shadowRoot!.querySelector('nav')!;
    const entry = [...toc.querySelectorAll('a')].find((a) => a.getAttribute('href') === `#${above.el.id}`)!;
    expect(entry.textContent!.trim()).to.equal('Your rights');
    expect([...entry.parentElement!.querySelectorAll('ol a')].map((a) => a.textContent!.trim())).to.include(
      'Right of access',
    );
  });

  it('shows a purpose with only a name as an item of a list, not as an empty heading', async () => {
    const el = await referenceNotice('softathome');
    const purposes = [...el.shadowRoot!.querySelectorAll('[part="purpose"]')];
    expect(purposes.length).to.be.greaterThan(20);
    for (const purpose of purposes) {
      expect(purpose.tagName).to.equal('LI');
      expect(purpose.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    }
  });

  it('focuses a heading when a deep link leads to an untitled section', async () => {
    const el = await referenceNotice('d-home-smaart');
    // It starts with a part: the part's heading.
    expect(el.focusSection('rights-and-contact')).to.equal(true);
    let focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.matches('h1, h2, h3, h4, h5, h6')).to.equal(true);
    expect(focused.textContent!.trim()).to.equal('Your rights');
    // It starts with text that continues the section before it: the last heading before it.
    expect(el.focusSection('sale-and-disclosure')).to.equal(true);
    focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.matches('h1, h2, h3, h4, h5, h6')).to.equal(true);
    expect(focused.textContent!.trim()).to.equal('How long we keep your data');
    const target = el.shadowRoot!.getElementById('section-sale-and-disclosure')!;
    expect(focused.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('ends a long section with a link back to the contents that takes focus there', async () => {
    const el = await referenceNotice('cr-smart-home');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.back-to-contents a')];
    expect(links.length).to.be.within(1, 5);
    links[0]!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('toc-heading');
    expect(focused.closest('nav')!.getBoundingClientRect().top).to.be.within(-1, innerHeight);
    history.replaceState(null, '', location.pathname + location.search);
  });
});
