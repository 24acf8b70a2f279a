// Policy Markdown as a tree of allowed nodes, built in node from marked's tokens.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { fieldsOf, stringsOf } from '../../src/lint/fields.js';
import type { MdNode } from '../../src/view/index.js';
import { decodeMarkedText, decodeRawText } from '../../src/view/markdown/entities.js';
import { markdownNodes } from '../../src/view/markdown/index.js';
import { proseNodes } from '../../src/view/markdown/plain.js';
import { markdownStrings } from '../../src/model/markdown-fields.js';
import { markdownTree } from '../../src/view/markdown/tree.js';
import { loadExample, REFERENCE } from './helpers.js';

type Element = Exclude<MdNode, string>;

/** Every element node of a tree, depth first. */
function all(nodes: readonly MdNode[]): Element[] {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : [n, ...('c' in n ? all(n.c) : [])]));
}
const of = (nodes: readonly MdNode[], t: string) => all(nodes).filter((n) => n.t === t);
const text = (nodes: readonly MdNode[]): string =>
  nodes.map((n) => (typeof n === 'string' ? n : 'text' in n ? n.text : 'c' in n ? text(n.c) : '')).join('');

describe('markdownTree: headings', () => {
  const depths = (source: string) => of(markdownTree(source), 'h').map((h) => (h as { depth: number }).depth);

  it('keeps depths as written below the heading the text sits under, except that a skipped level closes up', () => {
    assert.deepEqual(depths('# One\n\n## Two\n\n### Three\n\n###### Six\n\nSetext\n======\n'), [1, 2, 3, 4, 1]);
  });
  it('never skips a level below the heading before, in quotes and lists too', () => {
    assert.deepEqual(depths('### Deep first\n\n# Then\n\n###### Deeper'), [1, 1, 2]);
    assert.deepEqual(depths('> # Quoted\n\n- ## Listed\n'), [1, 2]);
  });
  it('keeps the heading’s inline markup', () => {
    assert.deepEqual(markdownTree('# Your *rights*'), [{ t: 'h', depth: 1, c: ['Your ', { t: 'em', c: ['rights'] }] }]);
  });
});

describe('markdownTree: prose, lists and tables', () => {
  it('has emphasis, strong, strikethrough and code spans, code as the characters written', () => {
    assert.deepEqual(markdownTree('**bold** *em* ~~gone~~ `code <b>`'), [
      {
        t: 'p',
        c: [
          { t: 'strong', c: ['bold'] },
          ' ',
          { t: 'em', c: ['em'] },
          ' ',
          { t: 'del', c: ['gone'] },
          ' ',
          { t: 'code', text: 'code <b>' },
        ],
      },
    ]);
  });
  it('keeps a single newline in the text (a space to the reader) and makes a hard break a br', () => {
    assert.deepEqual(markdownTree('one\ntwo'), [{ t: 'p', c: ['one\ntwo'] }]);
    assert.deepEqual(markdownTree('one  \ntwo'), [{ t: 'p', c: ['one', { t: 'br' }, 'two'] }]);
  });
  it('nests lists and keeps an ordered list’s start number', () => {
    const tree = markdownTree('- a\n  - a.1\n- b\n\n3. third\n4. fourth\n');
    assert.equal(of(tree, 'li').length, 5);
    assert.equal((of(tree, 'ol')[0] as { start?: number }).start, 3);
    assert.equal(Object.hasOwn(of(markdownTree('1. one'), 'ol')[0]!, 'start'), false);
  });
  it('keeps task-list boxes as the text the author wrote', () => {
    assert.deepEqual(
      of(markdownTree('- [ ] open\n- [x] done\n'), 'li').map((li) => text([li])),
      ['[ ] open', '[x] done'],
    );
  });
  it('makes GFM tables with header cells and no alignment, a body only when there are rows', () => {
    const [table] = markdownTree('| Cookie | Duration |\n|:--|--:|\n| `sid` | 13 months |\n');
    assert.deepEqual(table, {
      t: 'table',
      c: [
        {
          t: 'thead',
          c: [
            {
              t: 'tr',
              c: [
                { t: 'th', c: ['Cookie'] },
                { t: 'th', c: ['Duration'] },
              ],
            },
          ],
        },
        {
          t: 'tbody',
          c: [
            {
              t: 'tr',
              c: [
                { t: 'td', c: [{ t: 'code', text: 'sid' }] },
                { t: 'td', c: ['13 months'] },
              ],
            },
          ],
        },
      ],
    });
    assert.equal(of(markdownTree('| a |\n|---|\n'), 'tbody').length, 0);
  });
  it('has quotes, rules and fenced code without a language', () => {
    assert.deepEqual(markdownTree('> quoted\n\n---\n\n```js\nlet a = "<b>";\n```\n'), [
      { t: 'blockquote', c: [{ t: 'p', c: ['quoted'] }] },
      { t: 'hr' },
      { t: 'pre', text: 'let a = "<b>";\n' },
    ]);
  });
  it('shows an image as its alt text and raw HTML as the characters written', () => {
    assert.deepEqual(markdownTree('Logo: ![ACME *logo*](https://tracker.example/pixel.png)'), [
      { t: 'p', c: ['Logo: ACME logo'] },
    ]);
    assert.deepEqual(markdownTree('<script>alert(1)</script>\n\nA <b>bold</b> claim'), [
      { t: 'p', c: ['<script>alert(1)</script>'] },
      { t: 'p', c: ['A <b>bold</b> claim'] },
    ]);
  });
  it('links only what the allow-list allows, keeping the words of a refused link', () => {
    assert.deepEqual(markdownTree('[site](https://example.com) [bad](javascript:alert(1)) <dpo@example.com>'), [
      {
        t: 'p',
        c: [
          { t: 'a', href: 'https://example.com', external: true, c: ['site'] },
          ' bad ',
          { t: 'a', href: 'mailto:dpo@example.com', external: true, c: ['dpo@example.com'] },
        ],
      },
    ]);
    assert.deepEqual(markdownTree('[in page](#right-erasure)'), [
      { t: 'p', c: [{ t: 'a', href: '#right-erasure', external: false, c: ['in page'] }] },
    ]);
  });
  it('drops bidi controls from link words and targets', () => {
    assert.deepEqual(markdownTree('[moc.\u202Eevil](https://example.com/\u202Ex)'), [
      { t: 'p', c: [{ t: 'a', href: 'https://example.com/x', external: true, c: ['moc.evil'] }] },
    ]);
  });
  it('makes nothing of an empty string', () => {
    assert.deepEqual(markdownTree(''), []);
  });
});

describe('character references', () => {
  it('decodes every name of its table as the HTML parser does', () => {
    const names =
      'nbsp eacute rsquo euro copy amp lt gt quot apos mdash hellip trade Omega lang rang notin AMP COPY'.split(' ');
    for (const name of names) assert.equal(decodeMarkedText(`&${name};`), decodeHTML(`&${name};`), name);
  });
  it('decodes numeric references with the HTML parser’s replacements, and the longest known name', () => {
    for (const ref of [
      '&#233;',
      '&#x1F600;',
      '&#0;',
      '&#x110000;',
      '&#xD800;',
      '&#128;',
      '&#x9F;',
      '&notit;',
      '&ampx;',
    ]) {
      assert.equal(decodeMarkedText(ref), decodeHTML(ref), ref);
    }
  });
  it('leaves unknown names, and HTML5-only names, as written', () => {
    assert.equal(decodeMarkedText('&foo; &check;'), '&foo; &check;');
  });
  it('in raw text also decodes legacy names without a semicolon, as the HTML parser does', () => {
    assert.equal(decodeRawText('&copy 2024 &amp &#65'), '© 2024 & A');
    assert.equal(decodeMarkedText('&copy 2024'), '&copy 2024');
  });
  it('matches the HTML decoder on generated text made of references', () => {
    const ref = fc.oneof(
      fc.constantFrom(
        '&amp;',
        '&nbsp;',
        '&eacute;',
        '&notin;',
        '&not;',
        '&copy;',
        '&Alpha;',
        '&#65;',
        '&#x41;',
        '&#0;',
        '&#150;',
        '&zwj;',
      ),
      fc.constantFrom('a', ' ', ';', '&', '#'),
    );
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 12 }), (parts) => {
        const source = parts.join('');
        // marked leaves only `&name;`, `&#123;` and `&#x1F;` to the parser (every other & is escaped).
        const expected = source.replace(/&(?:#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);/g, (m) => decodeHTML(m));
        assert.equal(decodeMarkedText(source), expected);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('plain prose takes a path without marked, to the very same tree', () => {
  it('for every Markdown string of the reference policies that is plain, and most of them are', async () => {
    let plain = 0;
    let count = 0;
    for (const name of REFERENCE) {
      for (const { text: source } of stringsOf(
        fieldsOf(await loadExample(name)).filter((f) => f.kind === 'Markdown'),
      )) {
        count++;
        const nodes = proseNodes(source);
        if (!nodes) continue;
        plain++;
        assert.deepEqual(nodes, markdownTree(source), source);
      }
    }
    assert.ok(plain / count > 0.5, `${plain} of ${count}`);
  });

  it('for generated text made of the characters that matter to Markdown', () => {
    const unit = fc.constantFrom(
      'a',
      'b',
      'é',
      'ش',
      ' ',
      ' ',
      '\n',
      '\n',
      '-',
      '+',
      '=',
      '1',
      '2',
      '.',
      ')',
      '(',
      ':',
      '/',
      '!',
      '"',
      "'",
      ',',
      '?',
      '%',
      '$',
      '\u00a0',
      '\u200b',
      'w',
      'W',
      'h',
      't',
      'p',
      's',
    );
    let plain = 0;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (source) => {
        const nodes = proseNodes(source);
        if (!nodes) return;
        plain++;
        assert.deepEqual(nodes, markdownTree(source), JSON.stringify(source));
      }),
      { numRuns: 3000, seed: 42 },
    );
    assert.ok(plain > 300);
  });

  it('for bare links and e-mail addresses, which become the links marked makes of them', () => {
    assert.deepEqual(proseNodes('Write to dpo@example.com, or see https://example.com/privacy.'), [
      {
        t: 'p',
        c: [
          'Write to ',
          { t: 'a', href: 'mailto:dpo@example.com', external: true, c: ['dpo@example.com'] },
          ', or see ',
          { t: 'a', href: 'https://example.com/privacy', external: true, c: ['https://example.com/privacy'] },
          '.',
        ],
      },
    ]);
    // A link the allow-list refuses (http:, and www. which GFM makes http:) stays words, as marked's path keeps them.
    assert.deepEqual(proseNodes('visit http://www.example.org or www.example.org.'), [
      { t: 'p', c: ['visit http://www.example.org or www.example.org.'] },
    ]);
    const word = fc.constantFrom('a', 'é', ' ', ' ', '\n', '\n\n', '.', ',', ':', '?', '!', '-', '(', '1', '2.');
    const link = fc.constantFrom(
      'https://example.com',
      'https://a.example.org/p/q.html?x=1',
      'https://example.com/',
      'https://ex-ample.co.uk/a-b/c%20d',
      'http://example.com',
      'www.example.com',
      'www.example.com/path',
      'dpo@example.com',
      'first.last+tag@mail.example.org',
      'a@b.co',
      'x@example.com.',
    );
    let plain = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(word, link), { maxLength: 12 }), (pieces) => {
        const source = pieces.join('');
        const nodes = proseNodes(source);
        if (!nodes) return;
        plain++;
        assert.deepEqual(nodes, markdownTree(source), JSON.stringify(source));
      }),
      { numRuns: 4000, seed: 11 },
    );
    assert.ok(plain > 1000, `${plain}`);
  });

  it('knows every Markdown string of a policy from the cut-down schema the browser loads', async () => {
    for (const name of REFERENCE) {
      const document = await loadExample(name);
      const all = stringsOf(fieldsOf(document).filter((f) => f.kind === 'Markdown')).map((s) => s.text);
      assert.ok(all.length > 10, name);
      assert.deepEqual(markdownStrings(document), all, name);
    }
  });

  it('leaves markup, autolinks, lists, headings, indentation and hard breaks to marked', () => {
    for (const source of [
      '**a**',
      'a_b',
      'see https://example.com/a_b',
      'see (https://example.com)',
      'xhttps://example.com',
      'mail first_last@example.com',
      'mail <dpo@example.com>',
      '- item',
      '1. item',
      '# title',
      '  indented',
      'line  \nbreak',
      'a\n===',
      '> quote',
      'a | b',
      'AT&amp;T',
      '<b>',
      'tab\there',
      '`code`',
      '[link](#a)',
    ]) {
      assert.equal(proseNodes(source), undefined, source);
    }
  });
});

describe('markdownNodes', () => {
  it('gives the very same frozen tree for the same source, also once more sources than it holds have passed', () => {
    const source = '# Cached\n\nA [link](https://example.com).';
    const first = markdownNodes(source);
    assert.equal(markdownNodes(source), first);
    assert.ok(Object.isFrozen(first));
    for (let i = 0; i < 620; i++) markdownNodes(`entry ${i}`);
    assert.deepEqual(markdownNodes(source), first);
  });
});
