import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { validatePolicy } from '../../src/model/index.js';
import { Budget, Generation, GROUP } from '../../src/render/budget.js';
import { FIRST_SCREEN, itemCount, ONE_PASS, weigh } from '../../src/render/weights.js';
import type { RenderContext } from '../../src/render/context.js';
import { renderNotice } from '../../src/render/notice.js';
import { contextOf, loadExample, mount, unmountAll, type ReferencePolicy } from './context.js';
import { largePolicy } from './large-policy.js';

const REFERENCE: ReferencePolicy[] = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];

/** The notice as HTML without lit's comment markers, which differ with how the render was split. */
function markup(root: ShadowRoot): string {
  return root.innerHTML.replace(/<!--[^]*?-->/g, '');
}

/** Where two renders' markup first differ, with some context; '' when they are the same. */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `at ${i} of ${a.length} / ${b.length}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

/** Every id in the rendered notice, in document order. */
function ids(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[id]')].map((e) => e.id);
}

function withBudget(ctx: RenderContext, limit: number, generation = new Generation()): RenderContext & { budget: Budget } {
  return { ...ctx, budget: new Budget(limit, generation) };
}

describe('Budget', () => {
  it('takes items from the first while any budget is left, in groups of GROUP, and says when it left some out', () => {
    const budget = new Budget(60, new Generation());
    const items = Array.from({ length: 100 }, (_, i) => i);
    const groups = budget.take(items, () => 1);
    expect(groups.map((g) => g.length)).to.deep.equal([GROUP, GROUP, 60 - 2 * GROUP]);
    expect(groups.flat()).to.deep.equal(items.slice(0, 60));
    expect(budget.cut).to.equal(true);
    expect(budget.enter()).to.equal(false);
  });

  it('lets the last item it starts overdraw, and is not cut when everything fit', () => {
    const budget = new Budget(10, new Generation());
    expect(budget.take([1, 2, 3], () => 4).flat()).to.deep.equal([1, 2, 3]);
    expect(budget.cut).to.equal(false);
    expect(budget.enter()).to.equal(false);
    expect(budget.cut).to.equal(true);
  });

  it('weighs an item by the Markdown it shows: a fixed cost per text and more for a longer one (its longest translation)', () => {
    expect(weigh()).to.equal(1);
    expect(weigh(undefined)).to.equal(1);
    expect(weigh('x'.repeat(120), undefined, { en: 'short', fr: 'x'.repeat(30) })).to.equal(1 + (2 + 3) + (2 + 1));
  });
});

describe('itemCount', () => {
  it('keeps every reference policy under ONE_PASS, so each renders in one pass; a large policy goes over', async () => {
    for (const name of REFERENCE) {
      const result = validatePolicy(await loadExample(name));
      if (!result.ok) throw new Error(name);
      const count = itemCount(result.policy);
      expect(count, name).to.be.above(20).and.at.most(ONE_PASS);
    }
    const base = validatePolicy(await loadExample('d-home-smaart'));
    const large = validatePolicy(await largePolicy({ cookies: 60, rights: 150 }));
    if (!base.ok || !large.ok) throw new Error('d-home-smaart');
    expect(itemCount(large.policy)).to.equal(itemCount(base.policy) + 16 * 59 + 150);
    expect(itemCount(large.policy)).to.be.above(ONE_PASS);
  });
});

describe('renderNotice with a budget', () => {
  afterEach(unmountAll);

  it('shows the notice from the top as far as the limit goes, each larger limit adding to the end of what a smaller one showed', async function () {
    this.timeout(30000);
    const ctx = await contextOf(await largePolicy());
    let before: string[] = [];
    let elements = 0;
    let renders = 0;
    for (let limit = FIRST_SCREEN, cut = true; cut; limit += 400, renders++) {
      const budgeted = withBudget(ctx, limit);
      const root = mount(html`${renderNotice(budgeted, 2)}`);
      const now = ids(root);
      expect(now.slice(0, before.length), `limit ${limit}`).to.deep.equal(before);
      expect(root.querySelectorAll('*').length, `limit ${limit}`).to.be.above(elements);
      ({ cut } = budgeted.budget);
      before = now;
      elements = root.querySelectorAll('*').length;
    }
    expect(renders).to.be.above(2);
    expect(before).to.include('right-custom-150').and.include('contents');
  });

  it('with a limit past the end, shows exactly what a render without a budget (static HTML) shows', async function () {
    this.timeout(30000);
    const ctx = await contextOf(await largePolicy({ cookies: 10, rights: 30 }));
    const whole = markup(mount(html`${renderNotice(ctx, 2)}`));
    const budgeted = withBudget(ctx, Number.MAX_SAFE_INTEGER);
    expect(markup(mount(html`${renderNotice(budgeted, 2)}`))).to.equal(whole);
    expect(budgeted.budget.cut).to.equal(false);
    expect(whole).to.contain('right-custom-30').and.to.contain('FORM_KEY_9');
  });

  it('renders of one generation with a growing limit, skipping what they showed whole, end as a fresh render with that limit', async function () {
    this.timeout(60000);
    const ctx = await contextOf(await largePolicy({ cookies: 20, rights: 60 }));
    const generation = new Generation();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open' });
      const { render } = await import('lit');
      for (let limit = FIRST_SCREEN; ; limit += 137) {
        const budgeted = withBudget(ctx, limit, generation);
        render(html`${renderNotice(budgeted, 2)}`, root);
        const fresh = mount(html`${renderNotice(withBudget(ctx, limit), 2)}`);
        expect(firstDifference(markup(root), markup(fresh)), `limit ${limit}`).to.equal('');
        unmountAll();
        if (!budgeted.budget.cut) break;
      }
      expect(root.getElementById('right-custom-60')).to.not.equal(null);
    } finally {
      host.remove();
    }
  });
});
