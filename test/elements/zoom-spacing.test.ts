// Issue 17, reflow and text spacing: text-only zoom at 200% in a 360 px webview (Android's textZoom) scrolls no
// part of the notice sideways, and the WCAG 1.4.12 text-spacing stylesheet, set on the document as its bookmarklet
// does, reaches the text inside the shadow root.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { REFERENCE_POLICIES, referenceNotice } from './reference-notice.js';

/** Elements of the shadow tree wider than the notice (what would make a reader scroll sideways). */
function wider(el: HTMLElement): string[] {
  const limit = el.getBoundingClientRect().right + 1;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.checkVisibility() && node.getBoundingClientRect().right > limit)
    .map((node) => `${node.tagName.toLowerCase()}.${node.className} "${node.textContent!.trim().slice(0, 40)}"`);
}

/** The text-spacing bookmarklet's rules (WCAG 1.4.12), as a page-level stylesheet. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

describe('reflow and text spacing', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    document.getElementById('spacing')?.remove();
  });

  it('does not scroll sideways at 360 px with text zoomed to 200%', async () => {
    await setViewport({ width: 360, height: 640 });
    document.documentElement.style.fontSize = '200%';
    for (const name of REFERENCE_POLICIES) {
      const el = await referenceNotice(name);
      expect(wider(el).slice(0, 5), name).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, name).to.be.at.most(360);
    }
  });

  it('takes the spacing of a page-level text-spacing stylesheet, and still fits at 360 px', async () => {
    await setViewport({ width: 360, height: 640 });
    const style = Object.assign(document.createElement('style'), { id: 'spacing', textContent: SPACING });
    document.head.append(style);
    for (const name of REFERENCE_POLICIES) {
      const el = await referenceNotice(name);
      const root = el.shadowRoot!;
      for (const selector of ['p', 'li', 'dd', 'h2', 'h3', 'button', 'a']) {
        const node = root.querySelector<HTMLElement>(`.notice ${selector}`);
        if (!node) continue;
        const computed = getComputedStyle(node);
        const size = parseFloat(computed.fontSize);
        const where = `${name} ${selector}`;
        expect(parseFloat(computed.lineHeight), `${where} line-height`).to.be.at.least(1.5 * size - 0.5);
        if (selector === 'p' || selector === 'li' || selector === 'dd') {
          expect(parseFloat(computed.letterSpacing), `${where} letter-spacing`).to.be.at.least(0.12 * size - 0.1);
          expect(parseFloat(computed.wordSpacing), `${where} word-spacing`).to.be.at.least(0.16 * size - 0.1);
        }
      }
      expect(wider(el), name).to.deep.equal([]);
    }
  });
});
