import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type FrameWindow = Window & { cspViolations?: string[]; __pwned?: unknown };

describe('markdown under a strict Content-Security-Policy with Trusted Types', () => {
  it("renders from its tree with only lit-html's policy allowed, and no violation", async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="strict CSP page" src="/test/fixtures/markdown-csp.html"></iframe>`,
    );
    const win = () => frame.contentWindow as FrameWindow | null;
    await waitUntil(() => win()?.document.body?.dataset.state, 'markdown page finished', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const doc = win()!.document;
    expect(doc.body.dataset.state).to.equal('rendered');
    for (const [id, level] of [
      ['lit', 'h2'],
      ['direct', 'h3'],
    ] as const) {
      const root = doc.getElementById(id)!;
      expect(root.querySelector(level)!.textContent, id).to.equal('Your rights');
      expect(
        Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href')),
        id,
      ).to.deep.equal(['mailto:dpo@example.com', '#right-erasure']);
      expect(root.querySelector('th')!.getAttribute('scope'), id).to.equal('col');
      expect(root.querySelector('img, script'), id).to.equal(null);
      expect(root.textContent, id).to.include('<script>');
    }
    expect(win()!.__pwned).to.equal(undefined);
    expect(win()!.cspViolations).to.deep.equal([]);
  });
});
