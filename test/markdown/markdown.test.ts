import { expect } from '@open-wc/testing';
import { markdownToFragment } from '../../src/markdown/markdown.js';

/** Rendered Markdown in a detached container, for looking at its structure. */
function render(source: string, headingOffset = 0): HTMLElement {
  const host = document.createElement('div');
  host.append(markdownToFragment(source, { headingOffset }));
  return host;
}

const tags = (host: Element, selector: string) => Array.from(host.querySelectorAll(selector), (el) => el.tagName);

describe('markdownToFragment: headings', () => {
  const headings = '# One\n\n## Two\n\n### Three\n\n###### Six\n\nSetext\n======\n';
  const levels = (offset: number) => tags(render(headings, offset), 'h1, h2, h3, h4, h5, h6');

  it('keeps levels as written with offset 0, except that a skipped level closes up', () => {
    expect(levels(0)).to.deep.equal(['H1', 'H2', 'H3', 'H4', 'H1']);
  });
  it('never skips a level below the heading the text sits under, nor below the heading before', () => {
    expect(tags(render('### Deep first\n\n# Then\n\n###### Deeper', 2), 'h1, h2, h3, h4, h5, h6')).to.deep.equal(['H3', 'H3', 'H4']);
  });
  it('shifts every heading (ATX and setext) by the offset', () => {
    expect(levels(2)).to.deep.equal(['H3', 'H4', 'H5', 'H6', 'H3']);
  });
  it('clamps at h6', () => {
    expect(levels(5)).to.deep.equal(['H6', 'H6', 'H6', 'H6', 'H6']);
    expect(levels(40)).to.deep.equal(['H6', 'H6', 'H6', 'H6', 'H6']);
  });
  it('shifts headings nested in blockquotes and list items too', () => {
    expect(tags(render('> # Quoted\n\n- ## Listed\n', 1), 'h1, h2, h3, h4')).to.deep.equal(['H2', 'H3']);
  });
  it('never goes below h1 and ignores a non-integer offset’s fraction', () => {
    expect(levels(-3)).to.deep.equal(['H1', 'H1', 'H1', 'H2', 'H1']);
    expect(levels(1.7)).to.deep.equal(['H2', 'H3', 'H4', 'H5', 'H2']);
  });
  it('keeps the heading text', () => {
    expect(render('# Your *rights*', 1).querySelector('h2')!.innerHTML).to.equal('Your <em>rights</em>');
  });
});

describe('markdownToFragment: prose, lists and tables', () => {
  it('renders emphasis, strong, strikethrough and code spans', () => {
    const p = render('**bold** *em* ~~gone~~ `code <b>`').querySelector('p')!;
    expect(p.innerHTML).to.equal('<strong>bold</strong> <em>em</em> <del>gone</del> <code>code &lt;b&gt;</code>');
  });
  it('keeps a single newline a space (no breaks) and a hard break a <br>', () => {
    expect(render('one\ntwo').querySelector('br')).to.equal(null);
    expect(render('one  \ntwo').querySelector('p')!.innerHTML).to.equal('one<br>two');
  });
  it('renders nested unordered lists and ordered lists with their start number', () => {
    const host = render('- a\n  - a.1\n- b\n\n3. third\n4. fourth\n');
    expect(host.querySelectorAll('ul > li')).to.have.length(3);
    expect(host.querySelector('ul ul > li')!.textContent).to.equal('a.1');
    expect(host.querySelector('ol')!.getAttribute('start')).to.equal('3');
    expect(tags(host, 'ol > li')).to.deep.equal(['LI', 'LI']);
  });
  it('renders task lists as the text the author wrote, not as form controls', () => {
    const host = render('- [ ] open\n- [x] done\n');
    expect(host.querySelector('input')).to.equal(null);
    expect(Array.from(host.querySelectorAll('li'), (li) => li.textContent!.trim())).to.deep.equal(['[ ] open', '[x] done']);
  });
  it('renders GFM tables with column header cells and no alignment attributes', () => {
    const host = render('| Cookie | Duration |\n|:--|--:|\n| `sid` | 13 months |\n| *pref* | 1 year |\n');
    const headers = Array.from(host.querySelectorAll('thead th'));
    expect(headers.map((th) => [th.textContent, th.getAttribute('scope')])).to.deep.equal([['Cookie', 'col'], ['Duration', 'col']]);
    expect(host.querySelectorAll('tbody tr')).to.have.length(2);
    expect(host.querySelector('tbody td')!.innerHTML).to.equal('<code>sid</code>');
    expect(host.querySelector('[align], [style]')).to.equal(null);
  });
  it('renders blockquotes, rules and fenced code without language classes', () => {
    const host = render('> quoted\n\n---\n\n```js\nlet a = "<b>";\n```\n');
    expect(host.querySelector('blockquote p')!.textContent).to.equal('quoted');
    expect(host.querySelector('hr')).to.not.equal(null);
    const code = host.querySelector('pre > code')!;
    expect(code.textContent).to.equal('let a = "<b>";\n');
    expect(code.hasAttribute('class')).to.equal(false);
  });
  it('shows an image as its alt text and loads nothing', () => {
    const host = render('Logo: ![ACME *logo*](https://tracker.example/pixel.png)');
    expect(host.querySelector('img')).to.equal(null);
    expect(host.textContent!.trim()).to.equal('Logo: ACME logo');
  });
  it('renders an empty string as an empty fragment', () => {
    expect(markdownToFragment('', { headingOffset: 0 }).childNodes).to.have.length(0);
  });
});

describe('markdownToFragment: cache', () => {
  const source = '# Cached\n\nA [link](https://example.com) and a table:\n\n| a |\n|---|\n| 1 |\n';

  it('returns equal but independent fragments for the same source and offset', () => {
    const first = markdownToFragment(source, { headingOffset: 1 });
    const second = markdownToFragment(source, { headingOffset: 1 });
    expect(first).to.not.equal(second);
    expect(first.isEqualNode(second)).to.equal(true);
    first.querySelector('h2')!.textContent = 'changed';
    first.querySelector('a')!.remove();
    const third = markdownToFragment(source, { headingOffset: 1 });
    expect(third.querySelector('h2')!.textContent).to.equal('Cached');
    expect(third.querySelector('a')).to.not.equal(null);
  });
  it('returns nodes owned by the page’s document, ready to insert', () => {
    const fragment = markdownToFragment(source, { headingOffset: 1 });
    expect(fragment.ownerDocument).to.equal(document);
    expect(fragment.firstElementChild!.ownerDocument).to.equal(document);
  });
  it('keys by offset as well as source', () => {
    expect(markdownToFragment(source, { headingOffset: 0 }).querySelector('h1')).to.not.equal(null);
    expect(markdownToFragment(source, { headingOffset: 2 }).querySelector('h3')).to.not.equal(null);
  });
  it('stays correct once more sources than it holds have passed through', () => {
    for (let i = 0; i < 620; i += 1) markdownToFragment(`entry ${i}`, { headingOffset: 0 });
    expect(markdownToFragment('entry 0', { headingOffset: 0 }).textContent!.trim()).to.equal('entry 0');
    expect(markdownToFragment(source, { headingOffset: 1 }).querySelector('h2')!.textContent).to.equal('Cached');
  });
});

describe('markdownToFragment: when the sanitizer cannot parse', () => {
  it('shows the source as plain text (a page whose trusted-types list leaves out dompurify)', () => {
    const parse = DOMParser.prototype.parseFromString;
    const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
    const refuse = () => {
      throw new TypeError('This document requires TrustedHTML assignment.');
    };
    DOMParser.prototype.parseFromString = refuse;
    Object.defineProperty(Element.prototype, 'innerHTML', { ...innerHTML, set: refuse });
    try {
      const host = render('# Blocked <img src=x onerror="window.__pwned = 1"> [x](https://example.com)');
      expect(host.innerHTML).to.equal('<p># Blocked &lt;img src=x onerror="window.__pwned = 1"&gt; [x](https://example.com)</p>');
    } finally {
      DOMParser.prototype.parseFromString = parse;
      Object.defineProperty(Element.prototype, 'innerHTML', innerHTML);
    }
  });
});
