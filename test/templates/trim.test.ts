// A large notice shown a screen at a time: drawing its view cut short, at growing limits, into one root.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { NO_ACTIONS } from '../../src/templates/actions.js';
import { renderNotice } from '../../src/templates/notice.js';
import { loadMarkdownParser, FIRST_SCREEN, trimView } from '../../src/view/index.js';
import { mount, noticeOf, unmountAll } from './helpers.js';
import { largePolicy } from './large-policy.js';

// Views built here directly, as the server renderer builds them: marked loaded first.
await loadMarkdownParser();

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

describe('drawing a trimmed notice', () => {
  afterEach(unmountAll);

  it('draws renders with a growing limit into one root, each ending as a fresh render of that limit', async function () {
    this.timeout(60000);
    const view = await noticeOf(await largePolicy({ cookies: 20, rights: 60 }));
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open' });
      for (let limit = FIRST_SCREEN; ; limit += 137) {
        const trimmed = trimView(view, limit);
        render(html`${renderNotice(trimmed.view, 2, NO_ACTIONS)}`, root);
        const fresh = mount(html`${renderNotice(trimmed.view, 2, NO_ACTIONS)}`);
        expect(firstDifference(markup(root), markup(fresh)), `limit ${limit}`).to.equal('');
        unmountAll();
        if (!trimmed.cut) break;
      }
      expect(root.getElementById('right-custom-60')).to.not.equal(null);
      expect(firstDifference(markup(root), markup(mount(html`${renderNotice(view, 2, NO_ACTIONS)}`)))).to.equal('');
    } finally {
      host.remove();
    }
  });

  it('leaves what a step showed whole as it was: the DOM of the first screen is the DOM of the last', async function () {
    this.timeout(30000);
    const view = await noticeOf(await largePolicy({ cookies: 20, rights: 60 }));
    const draw = (shown: typeof view) => html`${renderNotice(shown, 2, NO_ACTIONS)}`;
    const root = mount(draw(trimView(view, FIRST_SCREEN).view));
    const title = root.querySelector('[part~="title"]')!;
    const firstSection = root.querySelector('section.section')!;
    render(draw(view), root);
    expect(root.querySelector('[part~="title"]')).to.equal(title);
    expect(root.querySelector('section.section')).to.equal(firstSection);
  });
});
