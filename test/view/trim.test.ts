// A large notice is its view cut short: trimView, anchorLimits, and keepSame (identity kept for what did not change).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  anchorLimits,
  buildNoticeView,
  FIRST_SCREEN,
  itemCount,
  keepSame,
  ONE_PASS,
  trimView,
  type NoticeView,
} from '../../src/view/index.js';
import { weigh } from '../../src/view/weights.js';
import { largePolicy } from '../templates/large-policy.js';
import { choices, loadExample, normalized, readerOf, REFERENCE } from './helpers.js';

/** Every anchor in a view, in document order. */
function anchors(view: NoticeView): string[] {
  return [...anchorLimits(view).keys()];
}

async function large(options = {}) {
  const policy = normalized(await largePolicy(options, await loadExample('d-home-smaart')));
  return { policy, view: buildNoticeView(policy, await readerOf(policy)).body };
}

describe('weights', () => {
  it('keeps every reference policy under ONE_PASS items, so each renders in one pass; a large policy goes over', async () => {
    for (const name of REFERENCE) {
      const count = itemCount(normalized(await loadExample(name)));
      assert.ok(count > 20 && count <= ONE_PASS, `${name}: ${count}`);
    }
    const base = normalized(await loadExample('d-home-smaart'));
    const { policy } = await large({ cookies: 60, rights: 150 });
    assert.equal(itemCount(policy), itemCount(base) + 16 * 59 + 150);
  });

  it('weighs an item by the Markdown it shows: a fixed cost per text and more for a longer one (its longest translation)', () => {
    assert.equal(weigh(), 1);
    assert.equal(weigh('x'.repeat(120), undefined, { en: 'short', fr: 'x'.repeat(30) }), 1 + (2 + 3) + (2 + 1));
  });

  it('gives every node the weight of all it holds', async () => {
    const { view } = await large();
    const check = (node: unknown): number => {
      if (Array.isArray(node)) return node.reduce((n: number, item) => n + check(item), 0);
      if (!node || typeof node !== 'object') return 0;
      const children = Object.values(node).reduce((n: number, value) => n + check(value), 0);
      const weight = (node as { weight?: number }).weight;
      if (weight === undefined) return children;
      assert.ok(weight >= children - 1e-9, `a node weighs ${weight}, less than its children’s ${children}`);
      return weight;
    };
    assert.equal(check(view), view.weight);
  });
});

describe('trimView', () => {
  it('returns the view itself when it fits, uncut', async () => {
    const { view } = await large({ cookies: 2, rights: 2 });
    assert.deepEqual(trimView(view, view.weight), { view, cut: false });
  });

  it('shows the notice from the top, each larger limit adding to the end of what a smaller one showed', async () => {
    const { view } = await large();
    let before: string[] = [];
    let steps = 0;
    for (let limit = FIRST_SCREEN, cut = true; cut; limit += 400, steps++) {
      const trimmed = trimView(view, limit);
      const now = anchors(trimmed.view);
      assert.deepEqual(now.slice(0, before.length), before, `limit ${limit}`);
      assert.ok(now.length >= before.length);
      ({ cut } = trimmed);
      before = now;
    }
    assert.ok(steps > 2);
    assert.deepEqual(before, anchors(view));
  });

  it('keeps the view’s own objects for what it shows whole, and shows the header and contents in the first screen', async () => {
    const { view } = await large();
    const { view: first, cut } = trimView(view, FIRST_SCREEN);
    assert.equal(cut, true);
    assert.equal(first.header, view.header);
    assert.ok(first.toc);
    const shown = first.sections.filter((s) => view.sections.includes(s));
    assert.ok(shown.length >= 1 && shown.length < first.sections.length + 1);
    assert.ok(!anchors(first).includes('right-custom-150'));
  });

  it('knows the limit that shows each anchor: trimming there shows it, one less does not', async () => {
    const { view } = await large();
    const limits = anchorLimits(view);
    for (const id of ['right-custom-1', 'right-custom-150', 'section-contact', 'section-cookies']) {
      const limit = limits.get(id);
      if (limit === undefined) continue;
      assert.ok(anchors(trimView(view, limit).view).includes(id), id);
      if (limit > 1) assert.ok(!anchors(trimView(view, limit - 1).view).includes(id), id);
    }
    assert.ok(limits.has('right-custom-150'));
  });
});

describe('keepSame', () => {
  it('keeps the identity of everything a switch did not change', async () => {
    const policy = normalized(await loadExample('cr-smart-home'));
    const before = buildNoticeView(policy, await readerOf(policy, 'en', { choices: choices() })).body;
    const after = buildNoticeView(
      policy,
      await readerOf(policy, 'en', {
        choices: choices({ 'purpose:data-analysis': { on: false, locked: false, pending: false } }),
      }),
    ).body;
    const kept = keepSame(before, after);
    assert.deepEqual(kept, after);
    assert.notEqual(kept, before);
    assert.equal(kept.header, before.header);
    const changed = kept.sections.filter((s, i) => s !== before.sections[i]);
    assert.equal(changed.length, 1, 'only the section with the switch is new');
    assert.equal(
      keepSame(before, buildNoticeView(policy, await readerOf(policy, 'en', { choices: choices() })).body),
      before,
    );
  });
});
