import { expect } from '@open-wc/testing';
import { renderPermissions } from '../../src/render/parts/permissions.js';
import { contextFor, loadExample, mount, seen, textOf, unmountAll } from './context.js';

describe('renderPermissions', () => {
  afterEach(unmountAll);

  it('shows cr-smart-home’s 10 permissions as headings, each with its in-app path step by step', async () => {
    const ctx = await contextFor('cr-smart-home');
    const doc = await loadExample('cr-smart-home');
    const root = mount(renderPermissions(ctx, { part: 'permissions' }, 3));
    const blocks = [...root.querySelectorAll('.permission')];
    expect(blocks).to.have.length(10);
    doc.permissions.forEach((permission: any, i: number) => {
      const block = blocks[i]!;
      expect(textOf(block.querySelector('h3'))).to.equal(permission.label);
      expect(block.getAttribute('data-permission')).to.equal(permission.permission);
      const steps = [...block.querySelectorAll('ol.path li')].map(textOf);
      expect(steps, permission.id).to.deep.equal(permission.disable.inAppPath);
      expect(textOf(block)).to.contain(permission.purpose.slice(0, 80));
    });
    await expect(root.host).to.be.accessible();
  });

  it('says what each permission uses, where it applies, whether it is optional, and the note on switching it off', async () => {
    const ctx = await contextFor('cr-smart-home');
    const root = mount(renderPermissions(ctx, { part: 'permissions' }, 3));
    const [location] = root.querySelectorAll('.permission');
    expect(seen(location)).to.contain('Optional: the basic service works without it.');
    expect(seen(location)).to.contain('Data it uses');
    const category = ctx.policy.dataCategories.find((c) => c.id === 'location-information')!;
    expect(seen(location)).to.contain(category.label as string);
    expect(seen(location)).to.contain('How to switch it off').and.contain('In the app').and.contain('You may disable the collection');
    // The stylesheet joins the steps with › (generated content, which innerText leaves out): one inline line.
    expect(getComputedStyle(location!.querySelector('ol.path')!).display).to.equal('inline');
    const homekit = [...root.querySelectorAll('.permission')].find((p) => p.getAttribute('data-permission') === 'homekit')!;
    const platforms = [...homekit.querySelectorAll('dt')].find((dt) => textOf(dt) === 'Platforms');
    expect(textOf(platforms?.nextElementSibling)).to.equal('iOS');
  });

  it('renders only the permissions placed, in that order; required ones say so', async () => {
    const ctx = await contextFor('smartbt');
    expect(ctx.policy.permissions).to.have.length(14);
    const root = mount(renderPermissions(ctx, { part: 'permissions', ids: ['phone-state', 'device-binding'] }, 4));
    const headings = [...root.querySelectorAll('h4')].map(textOf);
    expect(headings).to.deep.equal(['Phone status permission', 'Binding your device']);
    expect(seen(root.querySelectorAll('.permission')[1])).to.contain('Needed for the basic service.');
    await expect(root.host).to.be.accessible();
  });

  it('shows the consequence and the OS settings in the reader’s words, a fallback in its own language', async () => {
    const ctx = await contextFor('d-home-smaart', 'fr');
    const [first] = ctx.policy.permissions;
    ctx.policy = {
      ...ctx.policy,
      permissions: [{ ...first!, platforms: ['ios', 'android'], consequence: { en: 'The TV finder cannot point you to a transmitter.' }, disable: { osSettings: true } }],
    };
    const root = mount(renderPermissions(ctx, { part: 'permissions' }, 3), 'fr');
    const block = root.querySelector('.permission')!;
    expect(seen(block)).to.contain('Si vous la désactivez : The TV finder cannot point you to a transmitter.');
    expect(block.querySelector('.consequence [lang="en"]')).to.exist;
    expect(seen(block)).to.contain('Dans les réglages système de votre appareil');
    expect(seen(block)).to.contain('iOS et Android');
    await expect(root.host).to.be.accessible();
  });
});
