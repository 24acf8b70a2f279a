import { expect } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import { faultServer } from './commands.js';
import {
  FAULT_CASES,
  goodNotice,
  load,
  runEndless,
  runFault,
  runOvertaken,
  runRetry,
  runTimeout,
  runTrickle,
  titleOf,
  type Notice,
} from './fault-run.js';
import { installSentinel } from './hostile-run.js';

/**
 * `src` against a real HTTP server on 127.0.0.1 that fails on purpose (test/security/fault-server.mjs). Each
 * fault gives a typed error event, offers a retry only where trying again can help, and leaves the policy already
 * shown on screen.
 */
describe('network faults for src', () => {
  let origin: string;
  let el: Notice;
  let smartiTitle: string;

  before(async () => {
    ({ origin } = await faultServer());
    smartiTitle = ((await (await fetch('/examples/policies/smarti.json')).json()) as { title: string }).title;
    installSentinel(window);
  });
  beforeEach(async () => {
    el = await goodNotice(origin);
    expect(titleOf(el)).to.equal(smartiTitle);
  });
  afterEach(() => el.remove());

  for (const fault of FAULT_CASES) {
    it(`${fault.name}: a "${fault.code}" error${fault.retryable ? ' with a retry' : ', no retry'}, and the policy shown stays`, async () => {
      expect(await runFault(el, origin, fault)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a redirect within the same origin', async () => {
    expect((await load(el, `${origin}/redirect?to=same&file=smartbt`)).type).to.equal('privacy-notice-load');
  });

  it('a timeout is a "timeout" error with a retry (fetchPolicy with a short limit; the element waits 15 s)', async () => {
    expect(await runTimeout(origin)).to.deep.equal([]);
  });

  it('stops reading a body at the 5 MB cap (too-large), and the server sends little more (issue 18)', async () => {
    expect(await runEndless(origin)).to.deep.equal([]);
  });

  it('a body that trickles in past the limit is a "timeout", not a network error (issue 18)', async () => {
    expect(await runTrickle(origin)).to.deep.equal([]);
  });

  it('drops a slow response and one that never answers, both overtaken by a newer src', async () => {
    expect(await runOvertaken(el, origin)).to.deep.equal([]);
  });

  it('the retry loads the policy once the server recovers, and the alert goes away', async () => {
    expect(await runRetry(el, origin)).to.deep.equal([]);
  });
});
