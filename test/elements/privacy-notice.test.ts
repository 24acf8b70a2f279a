import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/privacy-notice/privacy-notice.js';
import type { PolicyErrorDetail, PrivacyNoticeElement } from '../../src/index.js';

const SMARTI = '/examples/policies/smarti.json';
const policyUrl = (query: Record<string, string>) => `/__policy__?${new URLSearchParams(query)}`;

async function minimal(): Promise<Record<string, unknown>> {
  return (await fetch('/test/fixtures/valid/minimal.json')).json();
}

/** The smarti example's title, as its document states it. */
async function smartiTitle(): Promise<string> {
  return ((await (await fetch(SMARTI)).json()) as { title: string }).title;
}

/** The next `privacy-notice-error` of an element, typed. */
function nextError(el: Element): Promise<CustomEvent<PolicyErrorDetail>> {
  return oneEvent(el, 'privacy-notice-error') as Promise<CustomEvent<PolicyErrorDetail>>;
}

function titleOf(el: PrivacyNoticeElement): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part~="title"]');
}

describe('<privacy-notice>', () => {
  it('loads a policy from src and shows its title as a level-2 heading', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice src=${SMARTI}></privacy-notice>`);
    await oneEvent(el, 'privacy-notice-load');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const title = titleOf(el)!;
    expect(title.tagName).to.equal('H2');
    expect(title.textContent).to.equal(await smartiTitle());
  });

  it('takes a policy object, and the heading level from heading-level', async () => {
    const policy = await minimal();
    const el = await fixture<PrivacyNoticeElement>(
      html`<privacy-notice heading-level="3" .policy=${policy}></privacy-notice>`,
    );
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(titleOf(el)!.tagName).to.equal('H3');
    expect(titleOf(el)!.textContent).to.equal('Privacy Policy');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(await minimal());
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<privacy-notice><script type="application/json">${json}</script></privacy-notice>`;
    const el = host.querySelector('privacy-notice')!;
    await waitUntil(() => titleOf(el), 'title rendered');
    expect(titleOf(el)!.textContent).to.equal('Privacy Policy');
  });

  it('shows the title in the reader’s language, marked with that language', async () => {
    // Listening before the load starts: the event may fire while fixture() waits, the UI locale's loading now
    // being a base locale and an overlay (fr-CA over fr).
    const el = await fixture<PrivacyNoticeElement>(html`<div lang="fr-CA"><privacy-notice></privacy-notice></div>`);
    const notice = el.querySelector('privacy-notice')!;
    const loaded = oneEvent(notice, 'privacy-notice-load');
    notice.src = '/examples/policies/d-home-smaart.json';
    await loaded;
    await notice.updateComplete;
    expect(titleOf(notice)!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    expect(titleOf(notice)!.textContent).to.match(/confidentialité/i);
  });

  it('shows an accessible error with the pointer, and fires an error event, for an invalid policy', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
    const failed = nextError(el);
    el.src = '/test/fixtures/invalid/bad-email.json';
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.errors.map((e) => e.pointer)).to.deep.equal(['/rights/0/channels/0/email']);
    expect(detail.retryable).to.equal(false);
    const panel = el.shadowRoot!.querySelector('[role="alert"]')!;
    // A reader gets a heading and what they can do; the developer detail waits, collapsed, without backticks.
    expect(panel.querySelector('h2')!.textContent).to.equal('The privacy policy could not be shown.');
    expect(panel.querySelector('p')!.textContent).to.contain("ask the website's owner for the privacy policy");
    const details = panel.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal("Details for the website's developers");
    const item = details.querySelector('li')!;
    expect(item.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(item.querySelector('code')!.textContent).to.equal('rights[0].channels[0].email');
    expect(item.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'rights[0].channels[0].email is not an email address. at /rights/0/channels/0/email',
    );
    expect(panel.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("tells the site's developers on the console what is wrong, and where", async () => {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
      const failed = nextError(el);
      el.src = '/test/fixtures/invalid/bad-email.json';
      await failed;
    } finally {
      console.error = original;
    }
    expect(logged.map((args) => String(args[0]))).to.deep.equal([
      'privacy-notice: the policy at /test/fixtures/invalid/bad-email.json could not be shown:\n' +
        '- `rights[0].channels[0].email` is not an email address. (at /rights/0/channels/0/email)',
    ]);
  });

  it('offers a retry for an unreachable policy, and the retry loads it once the server answers', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
    const failed = nextError(el);
    el.src = policyUrl({ file: 'examples/policies/smarti.json', status: '503' });
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.retryable).to.equal(true);
    expect(detail.errors[0]!.message).to.contain('the server answered 503');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(retry.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
    el.src = SMARTI; // what a retry after the outage sees: the same policy, now served
    await oneEvent(el, 'privacy-notice-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('refuses a response that is not JSON', async () => {
    const el = await fixture<PrivacyNoticeElement>(
      html`<privacy-notice
        src=${policyUrl({ file: 'examples/policies/smarti.json', type: 'text/html' })}
      ></privacy-notice>`,
    );
    const { detail } = await nextError(el);
    expect(detail.errors[0]!.code).to.equal('content-type');
    expect(detail.errors[0]!.message).to.contain('not as JSON');
  });

  it('keeps the policy it shows when a later src fails', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice src=${SMARTI}></privacy-notice>`);
    await oneEvent(el, 'privacy-notice-load');
    const failed = nextError(el);
    el.src = '/test/fixtures/invalid/not-json.json';
    await failed;
    await el.updateComplete;
    expect(titleOf(el)!.textContent).to.equal(await smartiTitle());
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'The updated privacy policy could not be shown.',
    );
  });

  it('drops a slow response overtaken by a newer src', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
    const loads: string[] = [];
    el.addEventListener('privacy-notice-load', (e) => loads.push(e.detail.policy.id));
    el.src = policyUrl({ file: 'examples/policies/softathome.json', delay: '600' });
    await el.updateComplete;
    el.src = SMARTI;
    await oneEvent(el, 'privacy-notice-load');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(loads).to.deep.equal(['smarti']);
    expect(titleOf(el)!.textContent).to.equal(await smartiTitle());
  });

  it('renders from the built bundle under a strict Content-Security-Policy with Trusted Types', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="strict CSP page" src="/test/fixtures/csp.html"></iframe>`,
    );
    const win = () => frame.contentWindow as (Window & { cspViolations?: string[] }) | null;
    const rendered = () =>
      Boolean(win()?.document.querySelector('privacy-notice')?.shadowRoot?.querySelector('[part="title"]'));
    await waitUntil(rendered, 'notice rendered in the CSP page', { timeout: 8000 });
    const title = win()!.document.querySelector('privacy-notice')!.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.textContent).to.equal(await smartiTitle());
    expect(win()!.cspViolations).to.deep.equal([]);
  });
});
