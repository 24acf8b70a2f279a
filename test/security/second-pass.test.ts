// The scorecard's second-pass runners (issue 18), run here in full: each must try its cases and find nothing.
import { expect } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import { runAmplification, runBridgeSpoofing, runLinkExtras, runRecordCollisions } from './second-pass-run.js';

const otherOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

describe('security second pass, as the scorecard runs it', function () {
  this.timeout(120_000);

  it('no forged bridge message from another frame is taken', async () => {
    const result = await runBridgeSpoofing(otherOrigin);
    expect(result.failures).to.deep.equal([]);
    expect(result.tried).to.equal(8);
  });

  it('no consent record of another policy with the same id is believed or wiped', async () => {
    const result = await runRecordCollisions();
    expect(result.failures).to.deep.equal([]);
    expect(result.tried).to.equal(11);
  });

  it('no link keeps a hidden recipient, header or dialer code, or reads reversed', async () => {
    const result = await runLinkExtras();
    expect(result.failures).to.deep.equal([]);
    expect(result.tried).to.equal(16);
  });

  it('tables over the cell cap are refused with its message, through .policy and src; those under it render', async () => {
    const result = await runAmplification();
    expect(result.failures).to.deep.equal([]);
    expect(result.tried).to.equal(12);
  });
});
