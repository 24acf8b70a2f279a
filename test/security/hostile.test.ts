import { expect } from '@open-wc/testing';
import { takeRequests } from './commands.js';
import '../../src/privacy-notice.js';
import { FIELD_KINDS } from './fields.js';
import {
  installSentinel,
  lines,
  loadDocs,
  runGroup,
  sentinelCalls,
  type Docs,
  type Page,
  type Report,
} from './hostile-run.js';
import { buildBatches, type Batch } from './matrix.js';
import { PAYLOADS } from './payloads.js';

const totals = { combinations: 0, rendered: 0, refused: 0 };

describe('hostile policy content in every kind of field, rendered in <privacy-notice>', () => {
  let batches: Batch[] = [];
  let docs: Docs;
  const page: Page = { doc: document, takeRequests };

  before(async () => {
    ({ docs } = await loadDocs().then(({ schema, docs }) => ((batches = buildBatches(schema, docs)), { docs })));
    installSentinel(window);
    await takeRequests(); // starts recording
  });

  it('has at least 60 payloads in every class the issue lists, placed in every kind of field of the five policies', () => {
    expect(PAYLOADS.length).to.be.at.least(60);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).to.equal(PAYLOADS.length);
    expect(new Set(batches.map((b) => b.policy))).to.have.length(5);
    expect(new Set(batches.map((b) => b.kind))).to.have.length.at.least(10);
  });

  it('sees what it must catch: a sentinel call and a same-origin beacon request', async () => {
    const calls = sentinelCalls(window);
    (window as unknown as { __pnSentinel: () => void }).__pnSentinel();
    await fetch('/__pn_beacon__/control').catch(() => undefined);
    expect(sentinelCalls(window) - calls).to.equal(1);
    expect((await takeRequests()).some((url) => url.endsWith('/__pn_beacon__/control'))).to.equal(true);
  });

  for (const kind of FIELD_KINDS) {
    it(`${kind} fields: no payload runs, loads anything or leaves markup outside the allow-list; links are https/mailto/tel/#`, async function () {
      this.timeout(60_000);
      const group = batches.filter((b) => b.kind === kind);
      if (group.length === 0) this.skip(); // no reference policy has such a field
      const report: Report = await runGroup(page, group, docs);
      for (const key of ['combinations', 'rendered', 'refused'] as const) totals[key] += report[key];
      expect(lines(report.findings)).to.deep.equal([]);
      expect(
        typeof (window as Window & { __pnSentinel?: unknown }).__pnSentinel,
        'the sentinel is not clobbered',
      ).to.equal('function');
    });
  }

  it('tried at least 300 payload x field combinations', () => {
    // Each is a payload in a kind of field of a policy: rendered safely (shown as text), or refused with an error.
    console.log(
      `hostile content: ${totals.combinations} payload x field combinations, ${totals.rendered} rendered safely, ${totals.refused} refused`,
    );
    expect(totals.combinations).to.be.at.least(300);
  });
});
