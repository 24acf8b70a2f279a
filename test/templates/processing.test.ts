// The processing table drawn from its view: a captioned table on wide screens, labelled cards on narrow ones.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadExample, mountPart, partOf, textOf, unmountAll } from './helpers.js';

const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

describe('processing template', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 1280, height: 800 });
  });

  it('draws softathome’s 12 activities as a captioned table with row and column headers', async () => {
    await setViewport({ width: 1280, height: 800 });
    const doc = await loadExample('softathome');
    const root = mountPart(await partOf(doc, 'processing'));
    const table = root.querySelector('table.wide')!;
    expect(visible(table)).to.be.true;
    expect(visible(root.querySelector('.narrow'))).to.be.false;
    expect(table.getAttribute('part')).to.equal('table');
    expect(textOf(table.querySelector('caption'))).to.equal(
      'Processing activities: where the data comes from, what is done with it, why, and who receives it',
    );
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
    expect(headers.map(textOf)).to.deep.equal([
      'Activity',
      'Source',
      'Operations',
      'Purposes',
      'Personal data',
      'Legal basis',
      'People concerned',
      'Recipients',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(12);
    doc.processingActivities.forEach((activity: { label: string }, i: number) => {
      expect(textOf(rows[i]!.querySelector('th[scope="row"] .row-label'))).to.equal(activity.label);
    });
    await expect(root.host).to.be.accessible();
  });

  it('stacks the same rows as labelled blocks at 320 px, without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const root = mountPart(await partOf('softathome', 'processing'));
    expect(visible(root.querySelector('table.wide'))).to.be.false;
    expect(visible(root.querySelector('.narrow'))).to.be.true;
    const cards = [...root.querySelectorAll('.narrow .card')];
    expect(cards).to.have.length(12);
    expect(cards[0]!.querySelector('h3')).to.exist;
    expect([...cards[0]!.querySelectorAll('dt')].map(textOf)).to.include.members([
      'Source',
      'Purposes',
      'Legal basis',
      'Recipients',
    ]);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(root.host).to.be.accessible();
  });
});
