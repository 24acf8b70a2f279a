// Each reference policy rendered in a UI locale, as if the policy were published in it: no raw keys, the right lang
// and dir, zero axe violations. A fast sample (one locale per policy, right-to-left and CJK among them); every policy
// in every locale is `npm run i18n:check`, which CI runs.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/privacy-notice/privacy-notice.js';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { uiLanguages } from '../../src/i18n/ui.js';
import { languageProblems, offeredIn } from './page-checks.js';

/** Policy -> the locales to try for it, best first (the first one this build has is used). */
const SAMPLE: Array<[policy: string, locales: string[]]> = [
  ['d-home-smaart', ['fr']], // its own complete French translation
  ['softathome', ['ar', 'he', 'fa']],
  ['smartbt', ['zh-Hant', 'zh-Hans', 'ja']],
  ['cr-smart-home', ['ja', 'ko', 'th']],
  ['smarti', ['pl', 'de', 'nb']],
];

describe('reference policies in a sample of locales', function () {
  this.timeout(30000); // axe checks every text's contrast: about 10 s for SoftAtHome's 2,900 elements
  for (const [name, wanted] of SAMPLE) {
    const tag = wanted.find((t) => uiLanguages().includes(t)) ?? 'en';
    it(`${name} in ${tag}: no raw keys, lang="${tag}" with its direction, zero axe violations`, async () => {
      const doc = await (await fetch(`/examples/policies/${name}.json`)).json();
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice lang=${tag} .policy=${offeredIn(doc, tag)}></privacy-notice>`,
      );
      await el.updateComplete;
      expect(languageProblems(el, tag, Object.keys(en))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
