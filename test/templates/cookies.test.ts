// The cookies part drawn from its view: real tables with captions and header cells, reflow at 320 px, axe.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadExample, loadFaithful, mountPart, partOf, seen, textOf, unmountAll } from './helpers.js';

const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

const faithful = () => loadFaithful('website-cookies');

describe('cookies template', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 1280, height: 800 });
  });

  it('draws d-home-smaart’s 16 strictly necessary cookies as a captioned table with header cells', async () => {
    await setViewport({ width: 1280, height: 800 });
    const doc = await loadExample('d-home-smaart');
    const root = mountPart(await partOf(doc, 'cookies'));
    const tables = root.querySelectorAll('table');
    expect(tables).to.have.length(1);
    const table = tables[0]!;
    expect(table.getAttribute('part')).to.equal('table');
    expect(textOf(table.querySelector('caption')))
      .to.contain('Strictly necessary cookies')
      .and.contain('Always on')
      .and.contain('16 items');
    // The source's table has a name and a purpose per cookie; columns that would only say defaults are not drawn.
    expect([...table.querySelectorAll('thead th')].map((th) => [textOf(th), th.getAttribute('scope')])).to.deep.equal(
      ['Name', 'Purpose'].map((h) => [h, 'col']),
    );
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map(textOf)).to.deep.equal(
      doc.cookies.items.map((c: { name: string }) => c.name),
    );
    const first = table.querySelector('tbody tr')!;
    expect(seen(first.children[1])).to.equal(doc.cookies.items[0].purpose.en);
    expect(textOf(root.querySelector('h3'))).to.equal('Managing cookies');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.opt-out a')];
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal(
      doc.cookies.optOutLinks.map((l: any) => [l.label.en, l.url]),
    );
    expect(links.every((a) => a.rel === 'noopener noreferrer')).to.be.true;
    await expect(root.host).to.be.accessible();
  });

  it('draws d-home-smaart in French: French words, no text marked as English', async () => {
    const root = mountPart(await partOf('d-home-smaart', 'cookies', 'fr'), 3, 'fr');
    const table = root.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Nom', 'Finalité']);
    expect(root.querySelector('[lang="en"]'), 'no English fallback text').to.be.null;
    await expect(root.host).to.be.accessible();
  });

  it('keeps Name and Purpose as columns at 320 px, the rest listed under the purpose, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const root = mountPart(await partOf(await faithful(), 'cookies'));
    const table = root.querySelectorAll('table')[1]!;
    expect([...table.querySelectorAll('thead th')].filter(visible).map(textOf)).to.deep.equal(['Name', 'Purpose']);
    const narrow = table.querySelector('tbody .narrow')!;
    expect(visible(narrow)).to.be.true;
    expect([...narrow.querySelectorAll('dt')].map(textOf)).to.deep.equal(['Provider', 'Duration']);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect((root.host as HTMLElement).scrollWidth).to.be.at.most((root.host as HTMLElement).clientWidth);
    await expect(root.host).to.be.accessible();
  });

  it('draws a category without cookies as one row that says so, and a pattern’s name and domain as code', async () => {
    const doc = await loadExample('d-home-smaart');
    doc.cookies.items = [
      {
        ...doc.cookies.items[0],
        name: '_ga_*',
        pattern: true,
        party: 'third',
        provider: 'Google',
        domain: '.example.com',
      },
    ];
    doc.cookies.categories.push({ id: 'analytics', kind: 'analytics', label: 'Measurement' });
    const root = mountPart(await partOf(doc, 'cookies'));
    const [first, second] = [...root.querySelectorAll('table')];
    expect(textOf(first!.querySelector('tbody th code'))).to.equal('_ga_* (any name of this form)');
    expect(textOf(first!.querySelector('code.domain'))).to.equal('.example.com');
    expect([...first!.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Name', 'Provider', 'Purpose']);
    const empty = second!.querySelector('tbody td')!;
    expect([empty.getAttribute('colspan'), textOf(empty)]).to.deep.equal([
      String(second!.querySelectorAll('thead th').length),
      'No individual cookies are listed for this category.',
    ]);
    await expect(root.host).to.be.accessible();
  });

  it('names each category once: on a line above its description, and in the caption for screen readers only', async () => {
    await setViewport({ width: 1280, height: 800 });
    const root = mountPart(await partOf(await faithful(), 'cookies'));
    const categories = [...root.querySelectorAll('.cookie-category')];
    expect(categories.map((c) => textOf(c.querySelector('.category-name')))).to.deep.equal([
      'Necessary',
      'Statistics',
      'Miscellaneous',
    ]);
    const caption = categories[2]!.querySelector('caption')!;
    const hidden = caption.querySelector('.visually-hidden')!;
    expect(textOf(hidden)).to.contain('Miscellaneous');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(textOf(caption)).not.to.contain('(Other)');
    // The order a reader meets: name, description, legal basis, table.
    const first = categories[0]!;
    const order = ['.category-name', 'p:not(.category-name)', 'dl.facts', 'table'].map((selector) =>
      [...first.querySelectorAll('*')].indexOf(first.querySelector(selector)!),
    );
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect(textOf(first.querySelector('dl.facts'))).to.equal('Legal basis Legitimate interests');
    await expect(root.host).to.be.accessible();
  });

  it('breaks a cookie name at 320 px only after a _, - or ., never inside a part, and copies it whole', async () => {
    await setViewport({ width: 320, height: 640 });
    const root = mountPart(await partOf(await faithful(), 'cookies'));
    const names = [...root.querySelectorAll<HTMLElement>('code.cookie-name')];
    expect(names.map((code) => code.textContent)).to.deep.equal([
      'shop_session',
      'csrf_token_with_a_long_name',
      '_ga',
      'hub_pref',
    ]);
    const breaks: string[] = [];
    for (const code of names) {
      // Each character's line: where the top changes, the character before is where the name broke.
      let previous: { char: string; top: number } | undefined;
      for (const node of code.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        for (let i = 0; i < node.textContent!.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          if (previous && top > previous.top) breaks.push(`${code.textContent}: after "${previous.char}"`);
          previous = { char: node.textContent![i]!, top };
        }
      }
    }
    expect(breaks.length, 'the long name needs to break somewhere at 320 px').to.be.greaterThan(0);
    expect(breaks.filter((b) => !/after "[_.-]"$/.test(b))).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(root.host).to.be.accessible();
  });
});
