import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { renderCookies } from '../../src/render/parts/cookies.js';
import { contextFor, loadExample, mount, seen, textOf, unmountAll } from './context.js';

const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

describe('renderCookies', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 1280, height: 800 });
  });

  it('lists d-home-smaart’s 16 strictly necessary cookies in a table captioned “Always on”', async () => {
    await setViewport({ width: 1280, height: 800 });
    const ctx = await contextFor('d-home-smaart');
    const doc = await loadExample('d-home-smaart');
    const root = mount(renderCookies(ctx, { part: 'cookies' }, 3));
    const tables = root.querySelectorAll('table');
    expect(tables).to.have.length(1);
    const table = tables[0]!;
    expect(table.getAttribute('part')).to.equal('table');
    const caption = textOf(table.querySelector('caption'));
    expect(caption).to.contain('Strictly necessary cookies').and.contain('Always on').and.contain('16 items');
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Name', 'Provider', 'Purpose', 'Duration', 'Type']);
    const names = [...table.querySelectorAll('tbody th[scope="row"]')].map(textOf);
    expect(names).to.deep.equal(doc.cookies.items.map((c: { name: string }) => c.name));
    const first = table.querySelector('tbody tr')!;
    expect(textOf(first.children[1])).to.equal('First party');
    expect(seen(first.children[2])).to.equal(doc.cookies.items[0].purpose.en);
    expect(textOf(first.children[4])).to.equal('Cookie');
    await expect(root.host).to.be.accessible();
  });

  it('shows the description, the management text and the opt-out links, https: links without opener or referrer', async () => {
    const ctx = await contextFor('d-home-smaart');
    const doc = await loadExample('d-home-smaart');
    const root = mount(renderCookies(ctx, { part: 'cookies' }, 3));
    expect(textOf(root.querySelector('.md'))).to.contain(doc.cookies.description.en.split('\n')[0].slice(0, 60));
    expect(textOf(root.querySelector('h3'))).to.equal('Managing cookies');
    expect(textOf(root)).to.contain(doc.cookies.management.en);
    expect(textOf(root)).to.contain(doc.cookies.categories[0].description.en);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.opt-out a')];
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal(doc.cookies.optOutLinks.map((l: any) => [l.label.en, l.url]));
    expect(links.every((a) => a.rel === 'noopener noreferrer')).to.be.true;
  });

  it('renders d-home-smaart in French with French UI strings and French policy text', async () => {
    const ctx = await contextFor('d-home-smaart', 'fr');
    const doc = await loadExample('d-home-smaart');
    expect(ctx.lang).to.equal('fr');
    const root = mount(renderCookies(ctx, { part: 'cookies' }, 3), 'fr');
    const table = root.querySelector('table')!;
    expect(textOf(table.querySelector('caption'))).to.contain('Cookies strictement nécessaires').and.contain('Toujours actifs').and.contain('16 éléments');
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Nom', 'Fournisseur', 'Finalité', 'Durée', 'Type']);
    expect(textOf(table.querySelector('tbody td'))).to.equal('Propriétaire');
    expect(seen(table.querySelector('tbody tr')!.children[2])).to.equal(doc.cookies.items[0].purpose.fr);
    expect(textOf(root.querySelector('h3'))).to.equal('Gérer les cookies');
    expect(root.querySelector('[lang="en"]'), 'no English fallback text').to.be.null;
    await expect(root.host).to.be.accessible();
  });

  it('keeps Name and Purpose as columns at 320 px, the rest listed under the purpose, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const ctx = await contextFor('d-home-smaart');
    const root = mount(renderCookies(ctx, { part: 'cookies' }, 3));
    const table = root.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].filter(visible).map(textOf)).to.deep.equal(['Name', 'Purpose']);
    const narrow = table.querySelector('tbody .narrow')!;
    expect(visible(narrow)).to.be.true;
    expect([...narrow.querySelectorAll('dt')].map(textOf)).to.deep.equal(['Provider', 'Type']);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect((root.host as HTMLElement).scrollWidth).to.be.at.most((root.host as HTMLElement).clientWidth);
    await expect(root.host).to.be.accessible();
  });

  it('says so when a category lists no cookies, marks patterns, and names third-party providers', async () => {
    const ctx = await contextFor('d-home-smaart');
    const [category] = ctx.policy.cookieCategories;
    const item = { ...category!.items[0]!, name: '_ga_*', pattern: true, party: 'third' as const, provider: 'Google', duration: 'P13M' };
    ctx.policy = {
      ...ctx.policy,
      cookieCategories: [
        { ...category!, items: [item] },
        { id: 'analytics', kind: 'analytics', label: 'Measurement', alwaysOn: false, items: [] },
      ],
    };
    const root = mount(renderCookies(ctx, { part: 'cookies' }, 3));
    const [first, second] = [...root.querySelectorAll('table')];
    const cells = [...first!.querySelector('tbody tr')!.children].map(textOf);
    expect(cells[0]).to.equal('_ga_* (any name of this form)');
    expect(cells[1]).to.equal('Third party (Google)');
    expect(cells[3]).to.equal('13 months');
    expect(textOf(second!.querySelector('caption'))).to.contain('Measurement (Analytics)').and.not.contain('Always on');
    expect(textOf(second!.querySelector('tbody'))).to.equal('No individual cookies are listed for this category.');
  });
});
