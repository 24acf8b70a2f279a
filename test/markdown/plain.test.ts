import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fieldsOf, stringsOf } from '../../src/lint/fields.js';
import { isPlainProse, proseFragment } from '../../src/markdown/plain.js';
import { markdownToHtml } from '../../src/markdown/render.js';
import { sanitizeToFragment } from '../../src/markdown/sanitize.js';

// Plain prose skips marked and the sanitizer. That is only right if marked + DOMPurify would have made exactly the
// same DOM: these tests compare the two paths wherever the fast one is taken.

const EXAMPLES = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];

function html(fragment: DocumentFragment | null): string {
  const box = document.createElement('div');
  if (fragment) box.append(fragment);
  return box.innerHTML;
}

const viaMarked = (source: string) => html(sanitizeToFragment(markdownToHtml(source, 0)));

function same(source: string): void {
  const fast = html(proseFragment(source));
  const full = viaMarked(source);
  if (fast !== full) throw new Error(`${JSON.stringify(source)}: the prose path makes ${JSON.stringify(fast)}, marked ${JSON.stringify(full)}`);
}

describe('plain prose (Markdown without markup) is rendered without marked, to the same DOM', () => {
  it('for every Markdown string of the reference policies that is plain, and most of them are', async () => {
    let plain = 0;
    let all = 0;
    for (const name of EXAMPLES) {
      const doc = await (await fetch(`/examples/policies/${name}.json`)).json();
      for (const { text } of stringsOf(fieldsOf(doc).filter((f) => f.kind === 'Markdown'))) {
        all++;
        if (!isPlainProse(text)) continue;
        plain++;
        same(text);
      }
    }
    expect(plain / all, `${plain} of ${all}`).to.be.greaterThan(0.5);
  });

  it('for generated text made of the characters that matter to Markdown', () => {
    const unit = fc.constantFrom('a', 'b', 'é', 'ش', ' ', ' ', '\n', '\n', '-', '+', '=', '1', '2', '.', ')', '(', ':', '/', '!', '"', "'", ',', '?', '%', '$', '\u00a0', '\u200b', 'w', 'W', 'h', 't', 'p', 's');
    let plain = 0;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (source) => {
        if (!isPlainProse(source)) return;
        plain++;
        same(source);
      }),
      { numRuns: 3000, seed: 42 },
    );
    expect(plain, 'enough generated strings take the fast path').to.be.greaterThan(300);
  });

  it('leaves markup, autolinks, lists, headings, indentation and hard breaks to marked', () => {
    for (const source of ['**a**', 'a_b', 'see https://example.com', 'www.example.com', 'mail dpo@example.com', '- item', '1. item', '# title', '  indented', 'line  \nbreak', 'a\n===', 'a\n---', '> quote', 'a | b', 'AT&amp;T', '<b>', 'tab\there', 'x\\y', '`code`', '~~gone~~', '[link](#a)']) {
      expect(isPlainProse(source), source).to.equal(false);
    }
    for (const source of ['Hello!', 'We keep data for 3 years.', 'Paragraph one.\n\nParagraph two,\nsame paragraph.', '(a) first; (b) second', '50% off: “quoted” — ‘done’']) {
      expect(isPlainProse(source), source).to.equal(true);
      same(source);
    }
  });
});
