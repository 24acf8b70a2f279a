// Issue 17, accessibility beyond axe: what a screen reader hears after Try again, a tree without an empty article,
// the language of what the element itself says, and a switch knob that stays still when the reader asks for less
// motion.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/privacy-notice.js';
import type { PrivacyChoicesElement, PrivacyNoticeElement } from '../../src/index.js';

const SMARTI = '/examples/policies/smarti.json';
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;

/** fetch answers 503 until `outage.over`, as a server would during an outage. */
function outage() {
  const real = window.fetch;
  const state = { over: false, restore: () => (window.fetch = real) };
  window.fetch = (input, init) =>
    state.over ? real(input, init) : Promise.resolve(new Response('busy', { status: 503 }));
  return state;
}

/**
 * An element showing `src`, once `event` has fired: the listener is in place before the load starts (an event fired
 * while fixture() waits would be missed).
 */
async function loadedElement<T extends HTMLElement & { src: string | null }>(
  tag: string,
  src: string,
  event: string,
): Promise<T> {
  const el = await fixture<T>(`<${tag}></${tag}>`);
  const fired = oneEvent(el, event);
  el.src = src;
  await fired;
  return el;
}

describe('accessibility, second pass', () => {
  it('says again that the policy could not be shown when Try again fails, and moves focus to the title when it works', async () => {
    const server = outage();
    try {
      const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang="de"></privacy-notice>`);
      const failed = oneEvent(el, 'privacy-notice-error');
      el.src = SMARTI;
      await failed;
      await el.updateComplete;
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
      retry.focus();
      const again = oneEvent(el, 'privacy-notice-error');
      retry.click();
      await again;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(status(el).textContent).to.contain('Die Datenschutzerklärung konnte nicht angezeigt werden.');
      expect(status(el).getAttribute('lang')).to.equal('de');

      server.over = true;
      const loaded = oneEvent(el, 'privacy-notice-load');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await loaded;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused?.getAttribute('part')).to.equal('title');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      server.restore();
    }
  });

  it('says "Loading the privacy policy…" in the reader’s language while the policy loads, then shows it', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang="fr"></privacy-notice>`);
    const loaded = oneEvent(el, 'privacy-notice-load');
    el.src = `/__policy__?${new URLSearchParams({ file: 'examples/policies/smarti.json', delay: '600' })}`;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="loading"]'), 'a loading message');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="loading"]')?.getAttribute('lang') === 'fr', 'in French');
    const message = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(message.textContent!.trim()).to.equal('Chargement de la politique de confidentialité…');
    expect(message.closest('article')!.getAttribute('aria-busy')).to.equal('true');
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
  });

  it('leaves no empty article in the tree when the policy could not be loaded', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
    const failed = oneEvent(el, 'privacy-notice-error');
    el.src = '/test/fixtures/invalid/bad-email.json';
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('stops the switch knob from sliding when the reader prefers reduced motion', async () => {
    const el = await loadedElement<PrivacyChoicesElement>(
      'privacy-choices',
      '/examples/policies/cr-smart-home.json',
      'privacy-notice-consent-ready',
    );
    await el.updateComplete;
    const knob = () => getComputedStyle(el.shadowRoot!.querySelector('input.switch')!, '::before').transitionDuration;
    expect(knob()).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(knob()).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('ties each purpose description to its switch, and names every group of switches and of buttons', async () => {
    const el = await loadedElement<PrivacyNoticeElement>(
      'privacy-notice',
      '/examples/policies/smarti.json',
      'privacy-notice-consent-ready',
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const described = (input: Element) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent?.trim() ?? `(no #${id})`);
    const consent = root.querySelector('.consent')!;
    const input = consent.querySelector('input[role="switch"]')!;
    const description = [...consent.children].find((c) => c.id.endsWith('-description'))!.textContent!.trim();
    expect(description.length).to.be.greaterThan(20);
    expect(described(input)).to.include(description);
    const group = root.querySelector('ul.consents')!.closest('[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('Your privacy choices');
    await expect(el).to.be.accessible();

    const choices = await loadedElement<PrivacyChoicesElement>(
      'privacy-choices',
      '/examples/policies/cr-smart-home.json',
      'privacy-notice-consent-ready',
    );
    await choices.updateComplete;
    const groups = [...choices.shadowRoot!.querySelectorAll('ul.toggles')].map(
      (ul) =>
        choices.shadowRoot!.getElementById(ul.closest('[role="group"]')!.getAttribute('aria-labelledby')!)?.textContent,
    );
    expect(groups.length).to.be.greaterThan(0);
    expect(groups.every(Boolean), `each group is named by its heading: ${groups}`).to.equal(true);
    const buttons = choices.shadowRoot!.querySelector('.choice-actions')!;
    expect(buttons.getAttribute('role')).to.equal('group');
    expect(buttons.getAttribute('aria-label')).to.equal('Your privacy choices');
    await expect(choices).to.be.accessible();
  });

  it('says after Accept all / Reject all which choices that changed, by their labels, or that none did', async () => {
    localStorage.clear();
    const el = await loadedElement<PrivacyNoticeElement>(
      'privacy-notice',
      '/examples/policies/cr-smart-home.json',
      'privacy-notice-consent-ready',
    );
    const root = el.shadowRoot!;
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
    await el.updateComplete;
    const switches = () =>
      [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')].filter((input) => !input.disabled);
    const labelOf = (input: HTMLInputElement) => root.querySelector(`label[for="${input.id}"]`)!.textContent!.trim();
    const off = switches().filter((input) => !input.checked);
    expect(off.length, 'some choices start off').to.be.greaterThan(1);
    const expected = new Intl.ListFormat('en', { type: 'conjunction' }).format(off.map(labelOf));

    button('Accept all').click();
    await waitUntil(() => status(el).textContent!.includes('Turned on'), 'the status says what was turned on');
    expect(status(el).textContent!.trim()).to.equal(`Turned on: ${expected}. Saved on this device only`);
    expect(switches().every((input) => input.checked)).to.equal(true);

    button('Accept all').click();
    await waitUntil(() => status(el).textContent!.includes('No choice'), 'the status says nothing changed');
    expect(status(el).textContent!.trim()).to.equal('No choice changed. Saved on this device only');

    button('Reject all').click();
    await waitUntil(() => status(el).textContent!.includes('Turned off'), 'the status says what was turned off');
    const all = new Intl.ListFormat('en', { type: 'conjunction' }).format(switches().map(labelOf));
    expect(status(el).textContent!.trim()).to.equal(`Turned off: ${all}. Saved on this device only`);
    localStorage.clear();
  });

  it('shows what Copy link did next to it: "Link copied", or the link to select when the clipboard refuses', async () => {
    const el = await loadedElement<PrivacyNoticeElement>(
      'privacy-notice',
      '/examples/policies/smartbt.json',
      'privacy-notice-load',
    );
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#right-access ~ button.copy-link')!;
    expect(button.textContent!.trim()).to.equal('Copy link to this right');
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const result = () => button.parentElement!.querySelector('[part~="copy-result"]')?.textContent?.trim();
    try {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => undefined },
      });
      button.click();
      await waitUntil(() => result() === 'Link copied', 'shown');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new Error('denied')) },
      });
      button.click();
      await waitUntil(() => result()?.startsWith('The link could not be copied:'), 'failure shown');
      expect(result()).to.contain('#right-access');
      await expect(el).to.be.accessible();
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
