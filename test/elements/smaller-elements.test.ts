import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { PrivacyPermissionsElement } from '../../src/index.js';

async function mount(tag: string, name: string): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<${tag} src="/examples/policies/${name}.json" heading-level="3"></${tag}>`;
  const el = host.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  await oneEvent(el, 'privacy-notice-load');
  await el.updateComplete;
  return el;
}

describe('smaller elements for app screens', () => {
  it('<privacy-rights> shows only the rights, each with its anchor and copy-link control', async () => {
    const el = await mount('privacy-rights', 'smartbt');
    const root = el.shadowRoot!;
    const policy = (await (await fetch('/examples/policies/smartbt.json')).json()) as { rights: Array<{ id: string }> };
    expect([...root.querySelectorAll('[part~="right"] [id^="right-"]')].map((h) => h.id)).to.deep.equal(
      policy.rights.map((r) => `right-${r.id}`),
    );
    expect(root.querySelectorAll('button.copy-link').length).to.equal(policy.rights.length);
    expect(root.querySelector('nav, table, [part~="title"]')).to.equal(null);
    expect(root.querySelector('[id^="right-"]')!.tagName).to.equal('H3');
    await expect(el).to.be.accessible();
  });

  it('<privacy-permissions> shows every permission with the in-app path to switch it off, and focusRight answers false', async () => {
    const el = (await mount('privacy-permissions', 'cr-smart-home')) as PrivacyPermissionsElement;
    const root = el.shadowRoot!;
    const policy = (await (await fetch('/examples/policies/cr-smart-home.json')).json()) as {
      permissions: Array<{ disable?: { inAppPath?: string[] } }>;
    };
    const paths = [...root.querySelectorAll('ol.path')].map((ol) =>
      [...ol.querySelectorAll('li')].map((li) => li.textContent!.trim()),
    );
    expect(paths).to.deep.equal(policy.permissions.flatMap((p) => (p.disable?.inAppPath ? [p.disable.inAppPath] : [])));
    expect(el.focusRight('access')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('<privacy-cookies> shows the cookie tables only', async () => {
    const el = await mount('privacy-cookies', 'd-home-smaart');
    const root = el.shadowRoot!;
    const visible = [...root.querySelectorAll('table')].find((t) => t.getClientRects().length > 0)!;
    expect(visible.querySelector('caption')!.textContent).to.contain('Always on');
    expect(root.querySelector('[part~="right"], nav')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
