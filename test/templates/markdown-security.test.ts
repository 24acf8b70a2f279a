// Policy Markdown is untrusted: rendered as a tree of allowed nodes, nothing in it can run, load or name things.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderMarkdown } from '../../src/templates/markdown.js';
import { loadMarkdownParser, markdownNodes } from '../../src/view/markdown/index.js';

// Views built here directly, as the server renderer builds them: marked loaded first.
await loadMarkdownParser();

const ALLOWED_TAGS = new Set([
  'P',
  'BR',
  'STRONG',
  'EM',
  'CODE',
  'PRE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'A',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'DEL',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
]);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { A: ['href', 'rel', 'dir'], OL: ['start'], TH: ['scope'] };

/** Every element or attribute in `root` that the allow-list does not name (empty when clean). */
function outsideAllowList(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!ALLOWED_TAGS.has(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      if (!(ALLOWED_ATTRIBUTES[el.tagName] ?? []).includes(attr.name))
        found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
    }
  }
  return found;
}

/** Rendered Markdown, connected to the page so that anything able to load or run would. */
function mount(source: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(renderMarkdown({ kind: 'markdown', source: source, nodes: markdownNodes(source) }, 0), host);
  return host.querySelector<HTMLElement>('.md')!;
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
    // The NUL is U+FFFD before marked reads it (CommonMark's rule), so this is a link to refuse like any other.
    'java\\u0000script:': ['[click](java\u0000script:alert(1))', 'click'],
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
    expect(mount('See [our site](http://example.com) for more.').textContent!.trim()).to.equal(
      'See our site for more.',
    );
  });
  it('leaves a bare www. autolink as text (marked links it with http:)', () => {
    const host = mount('Visit www.example.com today');
    expect(host.querySelector('a')).to.equal(null);
    expect(host.textContent!.trim()).to.equal('Visit www.example.com today');
  });

  it('links https:, mailto: and tel: with rel="noopener noreferrer" and no target', () => {
    const host = mount(
      '[site](https://example.com/privacy) [DPO](mailto:dpo@example.com) [call](tel:+33123456789) <dpo@example.com> https://example.com/bare',
    );
    const links = Array.from(host.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com/privacy',
      'mailto:dpo@example.com',
      'tel:+33123456789',
      'mailto:dpo@example.com',
      'https://example.com/bare',
    ]);
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
    const a = mount('Ask [our DPO][dpo].\n\n[dpo]: <mailto:dpo@example.com> "Data protection officer"').querySelector(
      'a',
    )!;
    expect(a.getAttribute('href')).to.equal('mailto:dpo@example.com');
    expect(a.textContent).to.equal('our DPO');
  });
  it('drops link titles, quotes and all, without letting them add attributes', () => {
    const host = mount(
      [
        '[a](https://example.com/a "say \\"hi\\" & \'bye\'")',
        '[b](https://example.com/b "\\" onmouseover=\\"window.__pwned=1")',
        '[c][c]',
        '',
        "[c]: https://example.com/c 'it\\'s \"quoted\"'",
      ].join('\n'),
    );
    expect(Array.from(host.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com/a',
      'https://example.com/b',
      'https://example.com/c',
    ]);
    expect(outsideAllowList(host)).to.deep.equal([]);
    host.querySelector('a')!.dispatchEvent(new MouseEvent('mouseover'));
    expect(pwned()).to.equal(undefined);
  });
  it('strips bidi override and embedding controls from link text and hrefs', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const host = mount(
      `[invoice\u202Efdp.exe](https://example.com/\u202Egnp.exe) and [x${controls}y](http://example.com)`,
    );
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
    'form and button':
      '<form action="https://evil.example"><button formaction="javascript:window.__pwned=1">go</button></form>',
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
