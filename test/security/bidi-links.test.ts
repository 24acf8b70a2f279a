// Issue 18: a bidi override placed just before a link must not reverse how the link reads. Checked where a reader
// sees it: the glyphs of the link's words must run left to right on screen.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/privacy-notice.js';
import { renderMarkdown } from '../../src/templates/markdown.js';
import { loadMarkdownParser, markdownNodes } from '../../src/view/markdown/index.js';
import { badLinks, disallowed } from './inspect.js';

// Views built here directly, as the server renderer builds them: marked loaded first.
await loadMarkdownParser();

const RLO = '\u202E';

/** Where each character of the link's words is drawn, left edge in px, in text order. */
function glyphLefts(link: HTMLAnchorElement): number[] {
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode() as Text;
  while (!node.data) node = walker.nextNode() as Text;
  return [...node.data].map((_, i) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  });
}

const readsLeftToRight = (lefts: number[]) => lefts.every((left, i) => i === 0 || left > lefts[i - 1]!);

afterEach(() => document.querySelectorAll('body > div, privacy-notice').forEach((el) => el.remove()));

describe('bidi controls around links', () => {
  const cases: Record<string, string> = {
    'an override right before a link': `Write to ${RLO}[example.com](https://example.com) today.`,
    'an override further before a link': `${RLO}Write to [example.com](https://example.com) today.`,
    'an override inside emphasis around a link': `Write to *${RLO}[example.com](https://example.com)* today.`,
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`${name}: the link still reads example.com`, async () => {
      const host = document.createElement('div');
      host.style.font = '16px monospace';
      document.body.append(host);
      render(renderMarkdown({ kind: 'markdown', source: source, nodes: markdownNodes(source) }, 0), host);
      const link = host.querySelector('a')!;
      expect(link.textContent).to.equal('example.com');
      expect(readsLeftToRight(glyphLefts(link))).to.equal(true);
      await expect(host).to.be.accessible();
    });
  }

  it('drops the controls right next to a link, and keeps the rest of the text as written', () => {
    const nodes = markdownNodes(`a ${RLO}[x](https://example.com)${RLO} b ${RLO}c`);
    expect(JSON.stringify(nodes)).to.equal(
      JSON.stringify([
        { t: 'p', c: ['a ', { t: 'a', href: 'https://example.com', external: true, c: ['x'] }, ` b ${RLO}c`] },
      ]),
    );
  });

  it('in a whole notice, a link in a section after an override reads left to right', async () => {
    const policy = await (await fetch('/test/fixtures/valid/consent.json')).json();
    policy.sections = [
      { id: 'contact-us', title: 'Contact', body: `Ask us: ${RLO}[privacy.example.com](https://privacy.example.com).` },
    ];
    const el = document.createElement('privacy-notice') as HTMLElement & {
      policy: unknown;
      updateComplete: Promise<boolean>;
    };
    el.policy = policy;
    document.body.append(el);
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="https://privacy.example.com"]')!;
    expect(readsLeftToRight(glyphLefts(link))).to.equal(true);
    expect([...disallowed(el.shadowRoot!), ...badLinks(el.shadowRoot!)]).to.deep.equal([]);
  });
});
