// Issue 18: a `src` that is not even a URL gets an error panel, never an unhandled rejection and a notice busy forever.
import { expect } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import { thrownDuring } from './thrown.js';

describe('src that is not a URL', () => {
  it('shows an error that names it, throws nothing into the page and is not left busy', async () => {
    const el = document.createElement('privacy-notice');
    const { result: event, thrown } = await thrownDuring(async () => {
      const failed = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('privacy-notice-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      el.setAttribute('src', 'http://[');
      document.body.append(el);
      const fired = await failed;
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return fired;
    });
    try {
      expect(thrown).to.deep.equal([]);
      expect(event.detail.errors.map((e: { code: string }) => e.code)).to.deep.equal(['bad-src']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('http://[');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
