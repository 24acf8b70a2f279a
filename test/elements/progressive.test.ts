import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import { PrivacyNoticeElement } from '../../src/index.js';
import { requested } from '../requested.js';
import { largePolicy } from '../templates/large-policy.js';

const REFERENCE = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];

/** What a render left in the shadow root, for comparing the first render of a policy with the complete notice. */
interface Shown {
  title: boolean;
  ids: string[];
  rows: number;
}

function shown(root: ShadowRoot): Shown {
  return {
    title: root.querySelector('[part~="title"]') !== null,
    ids: [...root.querySelectorAll('[id]')].map((e) => e.id),
    rows: root.querySelectorAll('tbody tr').length,
  };
}

/** <privacy-notice> that notes what each of its renders showed. */
class RecordingNotice extends PrivacyNoticeElement {
  readonly renders: Shown[] = [];
  private firstResolve?: (s: Shown) => void;
  /** The first render that shows a policy. */
  readonly first = new Promise<Shown>((resolve) => (this.firstResolve = resolve));

  protected override updated(): void {
    super.updated();
    const now = shown(this.shadowRoot!);
    this.renders.push(now);
    if (now.title) this.firstResolve?.(now);
  }
}
customElements.define('recording-privacy-notice', RecordingNotice);

/**
 * A recording notice of `policy` in the page, returned as soon as it is connected: fixture() would wait for
 * updateComplete, which waits for the whole notice.
 */
async function recording(policy: unknown): Promise<RecordingNotice> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('recording-privacy-notice') as RecordingNotice;
  el.lang = 'en';
  el.policy = policy;
  host.append(el);
  return el;
}

const COOKIES = 60;
const RIGHTS = 150;
const policyPromise = largePolicy({ cookies: COOKIES, rights: RIGHTS });

describe('<privacy-notice> with a large policy', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the header and the first section in its first render, then the rest in later ones; updateComplete waits for all', async function () {
    this.timeout(30000);
    const el = await recording(await policyPromise);
    const first = await el.first;
    expect(requested(/\/controllers\/stepping\./), 'the stepping code, loaded for a large policy').to.equal(true);
    expect(first.ids).to.include('top').and.include('contents').and.include('section-user-account-registration');
    expect(first.ids).to.not.include(`right-custom-${RIGHTS}`);
    expect(first.rows).to.be.below(16 * COOKIES);
    await el.updateComplete;
    const last = shown(el.shadowRoot!);
    expect(el.renders.filter((r) => r.title).length).to.be.above(2);
    expect(last.rows).to.equal(16 * COOKIES);
    const policy = await policyPromise;
    const sections = (list: Array<{ id: string; sections?: unknown[] }>): string[] =>
      list.flatMap((s) => [`section-${s.id}`, ...sections((s.sections ?? []) as Array<{ id: string }>)]);
    for (const id of [...sections(policy.sections), ...policy.rights.map((r: { id: string }) => `right-${r.id}`)]) {
      expect(last.ids, id).to.include(id);
    }
    expect(last.ids.slice(0, first.ids.length)).to.deep.equal(first.ids);
    expect(
      el.shadowRoot!.querySelector('article')!.classList.contains('stepped'),
      'off-screen parts skipped by layout',
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('focuses the right in the hash of the page as it loads, though it is the last one', async function () {
    this.timeout(30000);
    history.replaceState(null, '', `#right-custom-${RIGHTS}`);
    const el = await recording(await policyPromise);
    expect((await el.first).ids).to.not.include(`right-custom-${RIGHTS}`);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === `right-custom-${RIGHTS}`, 'focus on the last right', {
      timeout: 20000,
    });
    expect(el.shadowRoot!.activeElement!.tagName).to.match(/^H[2-6]$/);
  });

  it('focusRight and a later hash change render as far as a right not shown yet, at once', async function () {
    this.timeout(30000);
    const el = await recording(await policyPromise);
    await el.first;
    const root = el.shadowRoot!;
    expect(root.getElementById('right-custom-1')?.id).to.equal(undefined);
    expect(el.focusRight('custom-1')).to.equal(true);
    expect(root.activeElement?.id).to.equal('right-custom-1');
    location.hash = `#right-custom-${RIGHTS}`;
    await waitUntil(() => root.activeElement?.id === `right-custom-${RIGHTS}`, 'focus after hashchange');
    expect(el.focusRight('no-such-right')).to.equal(false);
    expect(el.focusSection('no-such-section')).to.equal(false);
    await el.updateComplete;
  });

  it('renders everything before printing', async function () {
    this.timeout(30000);
    const el = await recording(await policyPromise);
    expect((await el.first).rows).to.be.below(16 * COOKIES);
    window.dispatchEvent(new Event('beforeprint'));
    expect(shown(el.shadowRoot!).rows).to.equal(16 * COOKIES);
    expect(el.shadowRoot!.getElementById(`right-custom-${RIGHTS}`)?.id).to.equal(`right-custom-${RIGHTS}`);
  });

  it('ends fully in the new language after a switch while steps are still pending', async function () {
    this.timeout(30000);
    const policy = await policyPromise;
    const el = await recording(policy);
    await el.first;
    el.lang = 'fr';
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('article')!.getAttribute('lang')).to.equal('fr');
    const purposes = [...root.querySelectorAll('.cookie-table tbody td.cookie-purpose')].map((td) =>
      [...td.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim(),
    );
    const french = policy.cookies.items.map((c: { purpose: { fr: string } }) => c.purpose.fr);
    expect(purposes).to.deep.equal(french);
    expect(root.getElementById(`right-custom-${RIGHTS}`)!.textContent).to.equal(`Droit particulier ${RIGHTS}`);
    expect(root.querySelector('[lang="en"]')?.outerHTML, 'no English left').to.equal(undefined);
  });

  it('shows only the new policy when another comes while steps are pending', async function () {
    this.timeout(30000);
    const el = await recording(await policyPromise);
    await el.first;
    el.policy = await largePolicy({ cookies: 30, rights: 20, tag: '-next' });
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('.cookie-table tbody th code')].map((c) => c.textContent!);
    expect(names).to.have.length(16 * 30);
    expect(names.every((n) => n.includes('-next_'))).to.equal(true);
    expect(el.shadowRoot!.getElementById('right-custom-20')?.id).to.equal('right-custom-20');
    expect(el.shadowRoot!.getElementById('right-custom-21')?.id).to.equal(undefined);
  });
});

describe('<privacy-notice> with a large policy out of the document', () => {
  it('pauses its steps while out of the document and finishes once back', async function () {
    this.timeout(30000);
    const el = await recording(await policyPromise);
    await el.first;
    const host = el.parentElement!;
    el.remove();
    const renders = el.renders.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(el.renders.length, 'at most the step already on its way').to.be.at.most(renders + 1);
    expect(shown(el.shadowRoot!).rows).to.be.below(16 * COOKIES);
    host.append(el);
    await el.updateComplete;
    expect(shown(el.shadowRoot!).rows).to.equal(16 * COOKIES);
  });
});

describe('<privacy-notice> with a reference policy', () => {
  for (const name of REFERENCE) {
    it(`renders ${name} whole in its first render`, async () => {
      const policy = await (await fetch(`/examples/policies/${name}.json`)).json();
      const el = await recording(policy);
      const first = await el.first;
      await el.updateComplete;
      expect(shown(el.shadowRoot!)).to.deep.equal(first);
      expect(el.shadowRoot!.querySelector('article')!.classList.contains('stepped')).to.equal(false);
    });
  }
});
