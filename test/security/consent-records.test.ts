// Issue 18: a consent record belongs to one policy from one source. Another policy on the origin with the same id
// (a tenant, a test page, a copied example) neither reads nor wipes it, and a record whose choices mean something
// else (another label or type) is not believed.
import { expect } from '@open-wc/testing';
import type { PrivacyChoicesElement } from '../../src/index.js';
import {
  click,
  consentPolicy,
  FIXTURE,
  mountChoices,
  ofType,
  STORAGE_KEY,
  switchOf,
  unmountChoices,
} from '../consent/helpers.js';
import { foreignRecord } from './second-pass-run.js';

const FROM_URL = `${STORAGE_KEY}@${new URL(FIXTURE, location.href).href}`;

/** The reader's choice as the element from `src` saves it: newsletter on (its default is off). */
async function chooseNewsletterFromSrc(): Promise<void> {
  const { el } = await mountChoices<PrivacyChoicesElement>('privacy-choices', undefined, (e) => (e.src = FIXTURE));
  await click(el, switchOf(el, 'purpose', 'newsletter'));
  unmountChoices();
}

const fromSrc = () => mountChoices<PrivacyChoicesElement>('privacy-choices', undefined, (e) => (e.src = FIXTURE));

describe('consent records of policies that share an id', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    unmountChoices();
    localStorage.clear();
  });

  it('keys a policy loaded from src by its URL: a copy given inline neither reads nor wipes its choices', async () => {
    await chooseNewsletterFromSrc();
    expect(Object.keys(localStorage)).to.deep.equal([FROM_URL]);

    // A test page with a copied example: same id, same version, given inline. It starts from its defaults...
    const copy = await mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
    expect(switchOf(copy.el, 'purpose', 'newsletter')!.checked).to.equal(false);
    // ...and what its reader chooses is saved apart.
    await click(copy.el, switchOf(copy.el, 'purpose', 'analytics'));
    unmountChoices();
    expect(Object.keys(localStorage).sort()).to.deep.equal([STORAGE_KEY, FROM_URL]);

    const { el, events } = await fromSrc();
    expect(switchOf(el, 'purpose', 'newsletter')!.checked).to.equal(true);
    expect(switchOf(el, 'purpose', 'analytics')!.checked).to.equal(true); // the copy's choice did not reach it
    expect(ofType(events, 'diagnostic')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps two tenants apart by consent-key, with the same inline policy', async () => {
    const policy = await consentPolicy();
    const a = await mountChoices<PrivacyChoicesElement>('privacy-choices', policy, (e) => (e.consentKey = 'shop-a'));
    await click(a.el, switchOf(a.el, 'purpose', 'newsletter'));
    unmountChoices();
    const b = await mountChoices<PrivacyChoicesElement>('privacy-choices', policy, (e) =>
      e.setAttribute('consent-key', 'shop-b'),
    );
    expect(switchOf(b.el, 'purpose', 'newsletter')!.checked).to.equal(false);
    unmountChoices();
    const again = await mountChoices<PrivacyChoicesElement>(
      'privacy-choices',
      policy,
      (e) => (e.consentKey = 'shop-a'),
    );
    expect(switchOf(again.el, 'purpose', 'newsletter')!.checked).to.equal(true);
    expect(Object.keys(localStorage)).to.deep.equal([`${STORAGE_KEY}@shop-a`]);
  });

  it('refuses a record whose choice has another label or type, and leaves it for its policy', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ label: 'Partner offers' }, 'labelled "Partner offers"'],
      [{ type: 'sale' }, 'of type "sale"'],
    ];
    for (const [change, word] of cases) {
      const record = foreignRecord({}, change);
      localStorage.setItem(STORAGE_KEY, record);
      const { el, events } = await mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
      expect(switchOf(el, 'purpose', 'newsletter')!.checked).to.equal(false);
      const diagnostics = ofType(events, 'diagnostic');
      expect(diagnostics.map((d) => d.code)).to.deep.equal(['consent-record-mismatch']);
      expect(diagnostics[0].message).to.contain(word);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(record); // not wiped
      unmountChoices();
    }
  });

  it('saves what each choice means, and believes a record that means the same', async () => {
    const { el } = await mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
    await click(el, switchOf(el, 'purpose', 'newsletter'));
    unmountChoices();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.source).to.equal('');
    const { at, ...newsletter } = saved.choices.find((c: { id: string }) => c.id === 'newsletter');
    expect(at).to.be.a('number');
    expect(newsletter).to.deep.equal({
      id: 'newsletter',
      kind: 'purpose',
      granted: true,
      label: 'Newsletter',
      type: 'communications',
    });
    const again = await mountChoices<PrivacyChoicesElement>('privacy-choices', await consentPolicy());
    expect(switchOf(again.el, 'purpose', 'newsletter')!.checked).to.equal(true);
    expect(ofType(again.events, 'diagnostic')).to.deep.equal([]);
  });

  it('takes over, once, the record an older library saved under the id alone', async () => {
    const older = {
      format: 1,
      policyId: 'acme-home',
      policyVersion: '2.0',
      savedAt: 1,
      choices: [{ id: 'newsletter', kind: 'purpose', granted: true, at: 1 }],
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(older));
    const { el } = await fromSrc();
    expect(switchOf(el, 'purpose', 'newsletter')!.checked).to.equal(true);
    await click(el, switchOf(el, 'purpose', 'analytics'));
    expect(
      JSON.parse(localStorage.getItem(FROM_URL)!)
        .choices.map((c: { id: string }) => c.id)
        .sort(),
    ).to.deep.equal(['analytics', 'newsletter']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal(older); // left for whatever else uses it
  });
});
