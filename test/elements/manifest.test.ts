import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import { PolicyElement } from '../../src/index.js';
import { TAGS } from './tags.js';

/**
 * custom-elements.json (from `npm run build`) against what the elements really do: every CSS part an element renders
 * for any reference policy is documented for its tag, every documented part is rendered somewhere, and the custom
 * properties documented are exactly the --pn-* properties the styles read.
 */
interface Declaration {
  tagName?: string;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
}

const POLICIES = ['cr-smart-home', 'd-home-smaart', 'smartbt', 'smarti', 'softathome'];
/** Attributes an element has beside those of every element. */
const OWN_ATTRIBUTES: Record<string, string[]> = { 'privacy-notice': ['summary'], 'privacy-summary': ['notice'] };
/** The elements whose readers make choices (ConsentElement): four more attributes and two more events. */
const CHOOSING = new Set<string>(['privacy-notice', 'privacy-cookies', 'privacy-permissions', 'privacy-choices']);

/** Parts that no freshly loaded reference policy shows (per tag, '*' for all), and when they do show. */
const SHOWN_ONLY_IN_SOME_STATES: Record<string, Record<string, string>> = {
  '*': {
    outdated: 'choices stored for an earlier version of the policy',
    'fallback-note':
      'a policy whose texts lack some of the languages it declares (the reference policies are complete)',
    loading: 'while the policy loads (test/elements/second-pass-a11y.test.ts)',
  },
  'privacy-permissions': { toggle: 'permission switches, inside an app webview with the native bridge' },
  'privacy-rights': { 'copy-result': 'after the reader copies a link (test/elements/second-pass-a11y.test.ts)' },
  'privacy-notice': {
    'copy-result': 'after the reader copies a link (test/elements/second-pass-a11y.test.ts)',
    changes: 'what changed since a `previous` version (test/elements/what-changed.test.ts)',
    'changes-heading': 'what changed since a `previous` version',
    'changed-marker': 'what changed since a `previous` version',
    summary: 'with the `summary` attribute, or where a section includes it (test/elements/privacy-summary.test.ts)',
    'summary-row': 'with the `summary` attribute, or where a section includes it',
  },
};

async function manifest(): Promise<Map<string, Declaration>> {
  const json = (await (await fetch('/custom-elements.json')).json()) as {
    modules: Array<{ declarations?: Declaration[] }>;
  };
  return new Map(
    json.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d]),
  );
}

function partsIn(root: ShadowRoot): Set<string> {
  return new Set(Array.from(root.querySelectorAll('[part]')).flatMap((e) => e.getAttribute('part')!.split(/\s+/)));
}

describe('custom-elements.json', () => {
  it('documents every element with its attributes and events', async () => {
    const declared = await manifest();
    expect([...declared.keys()].sort()).to.deep.equal([...TAGS].sort());
    for (const tag of TAGS) {
      const d = declared.get(tag)!;
      const consentAttributes = CHOOSING.has(tag) ? ['bridge-name', 'bridge-timeout', 'consent-key', 'previous'] : [];
      const consentEvents = CHOOSING.has(tag) ? ['privacy-notice-consent-change', 'privacy-notice-consent-ready'] : [];
      expect(d.attributes!.map((a) => a.name).sort(), tag).to.deep.equal(
        [
          'anchor-prefix',
          'heading-level',
          'lang',
          'language-switcher',
          'src',
          ...consentAttributes,
          ...(OWN_ATTRIBUTES[tag] ?? []),
        ].sort(),
      );
      expect(d.events!.map((e) => e.name).sort(), tag).to.deep.equal(
        ['privacy-notice-diagnostic', 'privacy-notice-error', 'privacy-notice-load', ...consentEvents].sort(),
      );
    }
  });

  it('documents the CSS parts each element renders for the reference policies, and no part that is never rendered', async () => {
    const declared = await manifest();
    for (const tag of TAGS) {
      fixtureCleanup(); // one element at a time: two notices on one page would be two banner landmarks
      const rendered = new Set<string>();
      const el = (await fixture<HTMLDivElement>(html`<main></main>`)).appendChild(
        document.createElement(tag),
      ) as PolicyElement;
      el.setAttribute('language-switcher', ''); // d-home-smaart is in two languages: the menu shows
      for (const name of POLICIES) {
        const loaded = oneEvent(el, 'privacy-notice-load');
        el.policy = await (await fetch(`/examples/policies/${name}.json`)).json();
        await loaded;
        await el.updateComplete;
        if (name === 'smarti') await expect(el).to.be.accessible();
        partsIn(el.shadowRoot!).forEach((p) => rendered.add(p));
      }
      const failed = oneEvent(el, 'privacy-notice-error');
      el.policy = { schemaVersion: '1.0.0' }; // the error panel, shown beside the policy already there
      await failed;
      await el.updateComplete;
      partsIn(el.shadowRoot!).forEach((p) => rendered.add(p));

      const documented = new Set(declared.get(tag)!.cssParts!.map((p) => p.name));
      expect(
        [...rendered].filter((p) => !documented.has(p)),
        `${tag}: rendered but not documented`,
      ).to.deep.equal([]);
      const stateful = { ...SHOWN_ONLY_IN_SOME_STATES['*'], ...SHOWN_ONLY_IN_SOME_STATES[tag] };
      const unseen = [...documented].filter((p) => !rendered.has(p) && !(p in stateful));
      expect(unseen, `${tag}: documented but never rendered`).to.deep.equal([]);
    }
  });

  it('documents exactly the --pn-* custom properties the styles read', async () => {
    const declared = await manifest();
    const css = [PolicyElement.styles]
      .flat(Infinity as 1)
      .map((s) => (s as unknown as { cssText: string }).cssText)
      .join('\n');
    const read = new Set(Array.from(css.matchAll(/var\((--pn-[a-z-]+)/g), (m) => m[1]!));
    for (const tag of TAGS) {
      expect(
        declared
          .get(tag)!
          .cssProperties!.map((p) => p.name)
          .sort(),
        tag,
      ).to.deep.equal([...read].sort());
    }
  });
});
