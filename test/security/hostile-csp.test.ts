import { expect, waitUntil } from '@open-wc/testing';
import { takeRequests } from './commands.js';
import { FIELD_KINDS } from './fields.js';
import { lines, loadDocs, runGroup, sentinelCalls, settle, type Docs, type Page } from './hostile-run.js';
import { buildBatches, type Batch } from './matrix.js';

type CspWindow = Window & { cspViolations: string[]; __pnSentinel(): void };

describe('hostile policy content on a page with a strict CSP and Trusted Types (the built bundle)', () => {
  let batches: Batch[] = [];
  let docs: Docs;
  let win: CspWindow;
  let page: Page;
  let combinations = 0;
  let frame: HTMLIFrameElement;

  before(async () => {
    const loaded = await loadDocs();
    docs = loaded.docs;
    batches = buildBatches(loaded.schema, docs);
    // Not a fixture(): those are removed after each test, and this page serves them all.
    frame = document.body.appendChild(
      Object.assign(document.createElement('iframe'), {
        title: 'strict CSP page',
        src: '/test/fixtures/hostile-csp.html',
      }),
    );
    await waitUntil(
      () => frame.contentWindow?.customElements?.get('privacy-notice'),
      'the bundle registered its elements',
      { timeout: 8000 },
    );
    win = frame.contentWindow as CspWindow;
    page = { doc: frame.contentDocument!, takeRequests, violations: () => win.cspViolations };
    await takeRequests();
  });

  it('enforces what it claims: inline markup is refused by Trusted Types and reported, and the sentinel counts', async () => {
    const before = win.cspViolations.length;
    expect(() => {
      page.doc.body.innerHTML = '<b>x</b>';
    }).to.throw();
    await settle(50);
    expect(win.cspViolations.slice(before).join()).to.contain('require-trusted-types-for');
    win.cspViolations.splice(before); // the control's own violation is not the library's
    const calls = sentinelCalls(win);
    win.__pnSentinel();
    expect(sentinelCalls(win) - calls).to.equal(1);
  });

  for (const kind of FIELD_KINDS) {
    it(`${kind} fields: no securitypolicyviolation, nothing runs or loads, nothing outside the allow-list`, async function () {
      this.timeout(60_000);
      const group = batches.filter((b) => b.kind === kind);
      if (group.length === 0) this.skip(); // no reference policy has such a field
      const report = await runGroup(page, group, docs);
      combinations += report.combinations;
      expect(lines(report.findings)).to.deep.equal([]);
    });
  }

  after(() => frame.remove());

  it('tried the whole matrix with 0 violations in all', () => {
    expect(combinations).to.equal(batches.reduce((n, b) => n + new Set(b.placements.map((p) => p.payload.id)).size, 0));
    expect(win.cspViolations).to.deep.equal([]);
  });
});
