import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { PolicyErrorDetail } from '../../src/index.js';
import { fetchPolicy } from '../../src/load/fetch-policy.js';
import { faultServer } from './commands.js';
import { installSentinel, sentinelCalls } from './hostile-run.js';

type Notice = HTMLElement & { src: string | null; updateComplete: Promise<boolean> };

/**
 * `src` against a real HTTP server on 127.0.0.1 that fails on purpose (test/security/fault-server.mjs). Each
 * fault gives a typed error event, offers a retry only where trying again can help, and leaves the policy already
 * shown on screen.
 */
describe('network faults for src', () => {
  let origin: string;
  let el: Notice;
  let smartiTitle: string;

  const title = () => el.shadowRoot!.querySelector('[part~="title"]')?.textContent ?? null;
  const alert = () => el.shadowRoot!.querySelector('[role="alert"]');

  async function failWith(path: string): Promise<PolicyErrorDetail> {
    const failed = oneEvent(el, 'privacy-notice-error');
    el.src = `${origin}${path}`;
    const { detail } = (await failed) as CustomEvent<PolicyErrorDetail>;
    await el.updateComplete;
    return detail;
  }

  before(async () => {
    ({ origin } = await faultServer());
    smartiTitle = ((await (await fetch('/examples/policies/smarti.json')).json()) as { title: string }).title;
    installSentinel(window);
  });

  beforeEach(async () => {
    el = document.body.appendChild(document.createElement('privacy-notice')) as Notice;
    const loaded = oneEvent(el, 'privacy-notice-load');
    el.src = `${origin}/policy?file=smarti`;
    await loaded;
    await el.updateComplete;
    expect(title()).to.equal(smartiTitle);
  });

  afterEach(() => {
    // The last good render stays, next to an alert that says the update failed.
    expect(title(), 'the policy shown before').to.equal(smartiTitle);
    el.remove();
  });

  const cases: Array<[name: string, path: string, code: string, retryable: boolean, says: string]> = [
    ['404', '/not-found', 'http', false, 'the server answered 404'],
    ['500', '/status?code=500', 'http', true, 'the server answered 500'],
    ['wrong content type', '/wrong-type', 'content-type', false, 'served as "text/plain"'],
    ['invalid JSON', '/invalid-json', 'json-syntax', false, 'Not valid JSON at line 1'],
    ['HTML error page served as HTML', '/html-error', 'content-type', false, 'not as JSON'],
    ['HTML error page served as JSON with 502', '/html-as-json', 'http', true, 'the server answered 502'],
    ['redirect to another origin', '/redirect?to=other', 'redirect', false, 'redirects to another site'],
    ['connection reset', '/reset', 'network', true, 'could not be loaded'],
    ['connection reset mid-body', '/reset-midway', 'network', true, 'cut off while loading'],
  ];
  for (const [name, path, code, retryable, says] of cases) {
    it(`${name}: a "${code}" error${retryable ? ' with a retry' : ', no retry'}, and the policy shown stays`, async () => {
      const calls = sentinelCalls(window);
      const detail = await failWith(path);
      expect(detail.errors.map((e) => e.code)).to.deep.equal([code]);
      expect(detail.retryable).to.equal(retryable);
      expect(detail.errors[0]!.message).to.contain(says);
      expect(alert()!.textContent).to.contain('The updated privacy policy could not be shown.');
      expect(Boolean(alert()!.querySelector('button')), 'retry button').to.equal(retryable);
      expect(sentinelCalls(window) - calls, 'nothing in an error page ran').to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a redirect within the same origin', async () => {
    const loaded = oneEvent(el, 'privacy-notice-load');
    el.src = `${origin}/redirect?to=same&file=smarti`;
    await loaded;
    expect(alert()).to.equal(null);
  });

  it('a timeout is a "timeout" error with a retry (fetchPolicy with a short limit; the element waits 15 s)', async () => {
    const result = await fetchPolicy(`${origin}/hang`, new AbortController().signal, 300);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).to.deep.equal(['timeout']);
    expect(result.retryable).to.equal(true);
  });

  it('drops a slow response overtaken by a newer src, and one that never answers', async () => {
    const loads: string[] = [];
    el.addEventListener('privacy-notice-load', (e) => loads.push((e as CustomEvent).detail.policy.id));
    el.src = `${origin}/hang`;
    await el.updateComplete;
    el.src = `${origin}/slow?ms=600&file=softathome`;
    await el.updateComplete;
    el.src = `${origin}/policy?file=smarti`;
    await oneEvent(el, 'privacy-notice-load');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(loads).to.deep.equal(['smarti']);
  });

  it('the retry loads the policy once the server recovers, and the alert goes away', async () => {
    const detail = await failWith(`/flaky?key=${Math.random()}&file=smartbt`);
    expect(detail.retryable).to.equal(true);
    const loaded = oneEvent(el, 'privacy-notice-load');
    alert()!.querySelector('button')!.click();
    await loaded;
    await el.updateComplete;
    await waitUntil(() => alert() === null, 'alert gone');
    expect(title()).to.not.equal(smartiTitle);
    el.src = `${origin}/policy?file=smarti`; // back to the policy afterEach expects
    await oneEvent(el, 'privacy-notice-load');
    await el.updateComplete;
  });
});
