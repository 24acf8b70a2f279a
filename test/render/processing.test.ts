import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { renderProcessing } from '../../src/render/parts/processing.js';
import { contextFor, inLang, loadExample, mount, textOf, unmountAll } from './context.js';

const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

describe('renderProcessing', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 1280, height: 800 });
  });

  it('renders softathome’s 12 activities as a captioned table with row and column headers', async () => {
    await setViewport({ width: 1280, height: 800 });
    const ctx = await contextFor('softathome');
    const doc = await loadExample('softathome');
    const root = mount(renderProcessing(ctx, { part: 'processing' }, 3));
    const table = root.querySelector('table.wide')!;
    expect(visible(table)).to.be.true;
    expect(visible(root.querySelector('.narrow'))).to.be.false;
    expect(table.getAttribute('part')).to.equal('table');
    expect(textOf(table.querySelector('caption'))).to.equal(ctx.ui.t('processing.caption'));
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    expect(headers.map(textOf)).to.deep.equal(['Activity', 'Source', 'Operations', 'Purposes', 'Personal data', 'Legal basis', 'People concerned', 'Recipients']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(12);
    const recipientColumn = headers.findIndex((th) => textOf(th) === 'Recipients');
    const label = new Map<string, string>(doc.recipients.map((r: { id: string; label: string }) => [r.id, r.label]));
    doc.processingActivities.forEach((activity: { label: string; recipients: string[] }, i: number) => {
      const rowHeader = rows[i]!.querySelector('th[scope="row"]')!;
      expect(textOf(rowHeader.querySelector('.row-label'))).to.equal(activity.label);
      const cell = rows[i]!.children[recipientColumn]!;
      expect([...cell.querySelectorAll('li')].map(textOf), activity.label).to.deep.equal(activity.recipients.map((id) => label.get(id)));
    });
    await expect(root.host).to.be.accessible();
  });

  it('shows every field of a row: source with its kind, the explanation, legal bases with the vendor’s note', async () => {
    const ctx = await contextFor('softathome');
    const doc = await loadExample('softathome');
    const root = mount(renderProcessing(ctx, { part: 'processing', ids: ['candidates'] }, 3));
    const activity = doc.processingActivities.find((a: { id: string }) => a.id === 'candidates');
    const row = root.querySelector('tbody tr')!;
    const source = doc.sources.find((s: { id: string }) => s.id === activity.source);
    expect(textOf(row.children[1])).to.contain(source.label).and.contain(source.description);
    expect(textOf(row.querySelector('th'))).to.contain(activity.sourceExplanation.split('\n')[0]);
    expect(textOf(row.children[2])).to.equal(activity.operations);
    const basis = textOf(row.children[5]);
    expect(basis).to.contain('Performance of a contract').and.contain('Consent').and.contain(activity.legalBasisNote);
  });

  it('renders only the rows placed, in the order given', async () => {
    const ctx = await contextFor('softathome');
    const ids = ['client-subscribers', 'candidates'];
    const root = mount(renderProcessing(ctx, { part: 'processing', ids }, 3));
    const labels = [...root.querySelectorAll('table.wide tbody .row-label')].map(textOf);
    expect(labels).to.deep.equal(ids.map((id) => inLang(ctx.policy.processing.find((a) => a.id === id)!.label, 'en')));
    expect(root.querySelectorAll('.narrow .card')).to.have.length(2);
  });

  it('stacks the rows as labelled blocks at 320 px, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const ctx = await contextFor('softathome');
    const root = mount(renderProcessing(ctx, { part: 'processing' }, 3));
    expect(visible(root.querySelector('table.wide'))).to.be.false;
    expect(visible(root.querySelector('.narrow'))).to.be.true;
    const cards = [...root.querySelectorAll('.narrow .card')];
    expect(cards).to.have.length(12);
    expect(cards[0]!.querySelector('h3')).to.exist;
    expect([...cards[0]!.querySelectorAll('dt')].map(textOf)).to.include.members(['Source', 'Purposes', 'Legal basis', 'Recipients']);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(root.host).to.be.accessible();
  });

  it('adds Retention and Transfers columns only when a row has them', async () => {
    const ctx = await contextFor('softathome');
    const first = ctx.policy.processing[0]!;
    const transfer = ctx.policy.document.internationalTransfers!.transfers![0]!;
    ctx.policy = { ...ctx.policy, processing: [{ ...first, retention: { duration: 'P13M' }, transfers: [transfer] }] };
    const root = mount(renderProcessing(ctx, { part: 'processing' }, 3));
    const headers = [...root.querySelectorAll('table.wide thead th')].map(textOf);
    expect(headers.slice(-2)).to.deep.equal(['Retention', 'Transfers']);
    const cells = [...root.querySelectorAll('table.wide tbody td')].slice(-2).map(textOf);
    expect(cells[0]).to.equal('13 months');
    expect(cells[1]).to.contain('Worldwide').and.contain('Standard contractual clauses');
  });
});
