// App permissions drawn from their view: a heading each, the in-app path as an inline list, axe.
import { expect } from '@open-wc/testing';
import { loadExample, mountPart, partOf, seen, textOf, unmountAll } from './helpers.js';

describe('permissions template', () => {
  afterEach(unmountAll);

  it('draws cr-smart-home’s 10 permissions as headings, each with its in-app path step by step', async () => {
    const doc = await loadExample('cr-smart-home');
    const root = mountPart(await partOf(doc, 'permissions'));
    const blocks = [...root.querySelectorAll('.permission')];
    expect(blocks).to.have.length(10);
    doc.permissions.forEach((permission: any, i: number) => {
      const block = blocks[i]!;
      expect(textOf(block.querySelector('h3'))).to.equal(permission.label);
      expect(block.getAttribute('data-permission')).to.equal(permission.permission);
      expect([...block.querySelectorAll('ol.path li')].map(textOf), permission.id).to.deep.equal(
        permission.disable.inAppPath,
      );
    });
    // The stylesheet joins the steps with › (generated content, which innerText leaves out): one inline line.
    expect(getComputedStyle(blocks[0]!.querySelector('ol.path')!).display).to.equal('inline');
    expect(seen(blocks[0]))
      .to.contain('How to switch it off')
      .and.contain('In the app')
      .and.contain('You may disable the collection');
    await expect(root.host).to.be.accessible();
  });

  it('marks a consequence that fell back to English with its language', async () => {
    const doc = await loadExample('d-home-smaart');
    doc.permissions = [
      {
        ...doc.permissions[0],
        consequence: { en: 'The TV finder cannot point you to a transmitter.' },
        disable: { osSettings: true },
      },
    ];
    const root = mountPart(await partOf(doc, 'permissions', 'fr'), 3, 'fr');
    const block = root.querySelector('.permission')!;
    expect(seen(block)).to.contain('Si vous la désactivez : The TV finder cannot point you to a transmitter.');
    expect(block.querySelector('.consequence [lang="en"]')!.getAttribute('dir')).to.equal('ltr');
    await expect(root.host).to.be.accessible();
  });
});
