import { expect } from '@open-wc/testing';
import { markdownToFragment } from '../../src/markdown/markdown.js';
import { sanitizeToFragment } from '../../src/markdown/sanitize.js';

const ALLOWED_TAGS = new Set(['P', 'BR', 'STRONG', 'EM', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'DEL', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD']);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { A: ['href', 'rel'], OL: ['start'], TH: ['scope'] };

/** Every element or attribute in `root` that the allow-list does not name (empty when clean). */
function outsideAllowList(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!ALLOWED_TAGS.has(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      if (!(ALLOWED_ATTRIBUTES[el.tagName] ?? []).includes(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
    }
  }
  return found;
}

/** Rendered Markdown, connected to the page so that anything able to load or run would. */
function mount(source: string): HTMLElement {
  const host = document.createElement('div');
  host.append(markdownToFragment(source, { headingOffset: 0 }));
  document.body.append(host);
  return host;
}

type Sentinel = Window & { __pwned?: unknown };
const pwned = () => (window as Sentinel).__pwned;
/** Long enough for an image error, a nested document or a stylesheet import to have happened. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

afterEach(() => {
  delete (window as Sentinel).__pwned;
  document.querySelectorAll('body > div').forEach((el) => el.remove());
});

describe('markdown links', () => {
  /** Markdown with a link that must not become one, and the text a reader still sees. */
  const refused: Record<string, [source: string, text: string]> = {
    'JaVaScRiPt:': ['[click](JaVaScRiPt:alert(1))', 'click'],
    'javascript: with a leading space': ['[click]( javascript:alert(1))', 'click'],
    // Not even a link to marked; the HTML parser then drops the NUL from the text.
    'java\\u0000script:': ['[click](java\u0000script:alert(1))', '[click](javascript:alert(1))'],
    '&#106;avascript:': ['[click](&#106;avascript:alert(1))', 'click'],
    'data:text/html': ['[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'click'],
    'vbscript:': ['[click](vbscript:msgbox(1))', 'click'],
    'protocol-relative //evil.example': ['[click](//evil.example/x)', 'click'],
    'relative path': ['[click](privacy.html)', 'click'],
    'root-relative path': ['[click](/privacy)', 'click'],
    'http:': ['[click](http://example.com)', 'click'],
    'javascript: autolink': ['<javascript:alert(1)>', 'javascript:alert(1)'],
    'javascript: reference definition': ['[click][evil]\n\n[evil]: javascript:alert(1)', 'click'],
  };
  for (const [name, [source, text]] of Object.entries(refused)) {
    it(`turns a ${name} link into plain text`, () => {
      const host = mount(source);
      expect(host.querySelector('a')).to.equal(null);
      expect(host.textContent!.trim()).to.equal(text);
      expect(outsideAllowList(host)).to.deep.equal([]);
    });
  }

  it('keeps the words of a refused link visible', () => {
    expect(mount('See [our site](http://example.com) for more.').textContent!.trim()).to.equal('See our site for more.');
  });
  it('leaves a bare www. autolink as text (marked links it with http:)', () => {
    const host = mount('Visit www.example.com today');
    expect(host.querySelector('a')).to.equal(null);
    expect(host.textContent!.trim()).to.equal('Visit www.example.com today');
  });

  it('links https:, mailto: and tel: with rel="noopener noreferrer" and no target', () => {
    const host = mount('[site](https://example.com/privacy) [DPO](mailto:dpo@example.com) [call](tel:+33123456789) <dpo@example.com> https://example.com/bare');
    const links = Array.from(host.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/privacy', 'mailto:dpo@example.com', 'tel:+33123456789', 'mailto:dpo@example.com', 'https://example.com/bare']);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.hasAttribute('target')).to.equal(false);
    }
  });
  it('links in-page fragments without rel', () => {
    const a = mount('[your right to erasure](#right-erasure)').querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('#right-erasure');
    expect(a.hasAttribute('rel')).to.equal(false);
  });
  it('resolves reference-style links', () => {
    const a = mount('Ask [our DPO][dpo].\n\n[dpo]: <mailto:dpo@example.com> "Data protection officer"').querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('mailto:dpo@example.com');
    expect(a.textContent).to.equal('our DPO');
  });
  it('drops link titles, quotes and all, without letting them add attributes', () => {
    const host = mount([
      '[a](https://example.com/a "say \\"hi\\" & \'bye\'")',
      '[b](https://example.com/b "\\" onmouseover=\\"window.__pwned=1")',
      '[c][c]',
      '',
      '[c]: https://example.com/c \'it\\\'s "quoted"\'',
    ].join('\n'));
    expect(Array.from(host.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/a', 'https://example.com/b', 'https://example.com/c']);
    expect(outsideAllowList(host)).to.deep.equal([]);
    host.querySelector('a')!.dispatchEvent(new MouseEvent('mouseover'));
    expect(pwned()).to.equal(undefined);
  });
  it('strips bidi override and embedding controls from link text and hrefs', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const host = mount(`[invoice\u202Efdp.exe](https://example.com/\u202Egnp.exe) and [x${controls}y](http://example.com)`);
    const a = host.querySelector('a')!;
    expect(a.textContent).to.equal('invoicefdp.exe');
    expect(a.getAttribute('href')).to.equal('https://example.com/gnp.exe');
    expect(host.textContent).to.include(' and xy');
  });
});

describe('markdown with raw HTML and known XSS shapes', () => {
  const payloads: Record<string, string> = {
    script: '<script>window.__pwned = 1</script>',
    'img onerror': '<img src=x onerror="window.__pwned = 1">',
    'iframe srcdoc': '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
    'style @import': '<style>@import url("https://evil.example/track.css");</style>',
    'a id/name clobbering': '<a id="__pwned" name="__pwned" href="https://evil.example">x</a>',
    'svg style': '<svg><style><img src=x onerror="window.__pwned = 1"></style></svg>',
    'math mglyph mXSS': '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 1">',
    'noscript title': '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
    'declarative shadow root': '<template shadowrootmode="open"><img src=x onerror="window.__pwned = 1"></template>',
    'form and button': '<form action="https://evil.example"><button formaction="javascript:window.__pwned=1">go</button></form>',
  };
  const contexts: Record<string, (p: string) => string> = {
    'as a block': (p) => p,
    'inline in a paragraph': (p) => `Read this ${p} carefully.`,
    'in a heading': (p) => `## Title ${p}`,
    'in a list item': (p) => `- item ${p}`,
    'in a table cell': (p) => `| h |\n|---|\n| ${p.replace(/\|/g, '\\|')} |`,
    'in link text': (p) => `[x ${p}](https://example.com)`,
  };
  for (const [name, payload] of Object.entries(payloads)) {
    for (const [where, wrap] of Object.entries(contexts)) {
      it(`${name} ${where}: inert text, nothing outside the allow-list`, async () => {
        const host = mount(wrap(payload));
        await settle();
        expect(pwned()).to.equal(undefined);
        expect(outsideAllowList(host)).to.deep.equal([]);
        expect(host.textContent).to.include(payload.slice(0, 8));
      });
    }
  }
  it('never lets a policy name a global (DOM clobbering)', () => {
    mount('<a id="__pwned" name="__pwned">x</a>\n\n<form name="__pwned"></form>');
    expect(pwned()).to.equal(undefined);
  });
});

describe('the sanitizer on its own (defence in depth if the renderer ever lets HTML through)', () => {
  const clean = (html: string) => {
    const host = document.createElement('div');
    host.append(sanitizeToFragment(html)!);
    document.body.append(host);
    return host;
  };

  it('drops elements outside the allow-list, keeping the text of harmless HTML ones', async () => {
    const host = clean('<p>a<img src=x onerror="window.__pwned=1"><span>b</span><script>window.__pwned=1</script><svg><a href="https://x.example">c</a></svg></p><iframe srcdoc="x"></iframe><style>*{}</style>');
    await settle();
    expect(pwned()).to.equal(undefined);
    expect(outsideAllowList(host)).to.deep.equal([]);
    expect(host.textContent).to.equal('ab');
  });
  it('keeps only the attributes each element may have, with valid values', () => {
    const host = clean('<p id="x" class="y" style="color:red" title="t" data-x="1" aria-label="z">p</p><ol start="3" type="a"><li value="9">i</li></ol><ul start="2"><li>u</li></ul><table><tr><th scope="col" onclick="x" align="left">h</th><th scope="javascript">g</th><td scope="row" colspan="2">d</td></tr></table>');
    expect(outsideAllowList(host)).to.deep.equal([]);
    expect(host.querySelector('ol')!.getAttribute('start')).to.equal('3');
    expect(host.querySelector('ul')!.hasAttribute('start')).to.equal(false);
    expect(Array.from(host.querySelectorAll('th'), (th) => th.getAttribute('scope'))).to.deep.equal(['col', null]);
  });
  it('unwraps links with a missing or disallowed href and sets rel on external ones', () => {
    const host = clean('<p><a href="javascript:alert(1)">j</a> <a href=" http://x.example">h</a> <a>n</a> <a href="https://x.example" target="_blank" rel="opener">s</a> <a href="#top">t</a></p>');
    expect(host.textContent).to.equal('j h n s t');
    const links = Array.from(host.querySelectorAll('a'));
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')])).to.deep.equal([
      ['https://x.example', 'noopener noreferrer', null],
      ['#top', null, null],
    ]);
  });
});
