// Recipients, retention and transfers: the smaller parts.
import { expect } from '@open-wc/testing';
import { renderRecipients } from '../../src/render/parts/recipients.js';
import { renderRetention } from '../../src/render/parts/retention.js';
import { renderTransfers } from '../../src/render/parts/transfers.js';
import { contextFor, loadExample, mount, seen, textOf, unmountAll } from './context.js';

describe('renderRecipients', () => {
  afterEach(unmountAll);

  it('lists cr-smart-home’s recipients with their role and description', async () => {
    const ctx = await contextFor('cr-smart-home');
    const doc = await loadExample('cr-smart-home');
    const root = mount(renderRecipients(ctx, { part: 'recipients' }, 3));
    const items = [...root.querySelectorAll('.recipient')];
    expect(items.map((li) => textOf(li.querySelector('strong')))).to.deep.equal(doc.recipients.map((r: any) => r.label));
    expect(seen(items[0])).to.contain('(Processor)').and.contain(doc.recipients[0].description.slice(0, 60));
    await expect(root.host).to.be.accessible();
  });

  it('renders only the recipients placed, with country and privacy policy; a non-https URL stays text', async () => {
    const ctx = await contextFor('softathome');
    const [a, b, c] = ctx.policy.document.recipients!;
    ctx.policy.document = {
      ...ctx.policy.document,
      recipients: [
        { ...a!, country: 'DE', privacyPolicy: 'https://example.com/privacy' },
        { ...b!, privacyPolicy: 'http://example.org/p' },
        { ...c!, privacyPolicy: 'javascript:alert(1)' },
      ],
    };
    const root = mount(renderRecipients(ctx, { part: 'recipients', ids: [b!.id, a!.id, c!.id] }, 3));
    const items = [...root.querySelectorAll('.recipient')];
    expect(items.map((li) => textOf(li.querySelector('strong')))).to.deep.equal([b!.label, a!.label, c!.label]);
    expect(items[0]!.querySelector('a')).to.be.null;
    expect(seen(items[0])).to.contain('http://example.org/p');
    expect(items[2]!.querySelector('a')).to.be.null;
    expect(seen(items[2])).to.contain('javascript:alert(1)');
    const link = items[1]!.querySelector('a')!;
    expect([link.getAttribute('href'), link.rel]).to.deep.equal(['https://example.com/privacy', 'noopener noreferrer']);
    expect(seen(items[1])).to.contain('(Germany)');
  });
});

describe('renderRetention', () => {
  afterEach(unmountAll);

  it('shows the explanation and each rule: label, then criterion', async () => {
    const ctx = await contextFor('d-home-smaart');
    const doc = await loadExample('d-home-smaart');
    const root = mount(renderRetention(ctx, { part: 'retention' }, 3));
    expect(seen(root.querySelector('.md'))).to.contain(doc.retention.description.en.split('\n')[0]);
    const rules = [...root.querySelectorAll('.rule')].map(seen);
    expect(rules).to.deep.equal(doc.retention.rules.map((r: any) => `${r.label.en}: ${r.retention.criterion.en}`));
    await expect(root.host).to.be.accessible();
  });

  it('names a rule by its data when it has no label, and shows durations in the reader’s language', async () => {
    const ctx = await contextFor('d-home-smaart', 'fr');
    const category = ctx.policy.dataCategories[0]!;
    ctx.policy.document = { ...ctx.policy.document, retention: { rules: [{ id: 'r', dataCategories: [category.id], retention: { duration: 'P3Y' } }] } };
    const root = mount(renderRetention(ctx, { part: 'retention' }, 3), 'fr');
    expect(seen(root.querySelector('.rule'))).to.equal(`${(category.label as Record<string, string>).fr} : 3 ans`);
  });
});

describe('renderTransfers', () => {
  afterEach(unmountAll);

  it('shows where d-home-smaart stores data, in the reader’s language', async () => {
    const root = mount(renderTransfers(await contextFor('d-home-smaart', 'fr'), { part: 'transfers' }, 3), 'fr');
    expect(seen(root.querySelector('.storage'))).to.equal('Stockées en : France et Allemagne');
    await expect(root.host).to.be.accessible();
  });

  it('shows each of cr-smart-home’s transfers: destinations, safeguards, description and the more-information link', async () => {
    const doc = await loadExample('cr-smart-home');
    const root = mount(renderTransfers(await contextFor('cr-smart-home'), { part: 'transfers' }, 3));
    const transfers = [...root.querySelectorAll('.transfer')];
    expect(transfers).to.have.length(doc.internationalTransfers.transfers.length);
    expect(seen(transfers[0])).to.contain('Destinations').and.contain('Worldwide').and.contain('Standard contractual clauses (GDPR Art. 46)');
    expect(seen(transfers[0])).to.contain(doc.internationalTransfers.transfers[0].description);
    const link = transfers[0]!.querySelector('a')!;
    expect([textOf(link), link.getAttribute('href'), link.rel]).to.deep.equal(['More about this safeguard', doc.internationalTransfers.transfers[0].moreInformation, 'noopener noreferrer']);
    expect(seen(transfers[1])).to.contain(doc.internationalTransfers.transfers[1].description);
    await expect(root.host).to.be.accessible();
  });
});
