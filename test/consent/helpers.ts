// Shared by the consent and bridge tests: the consent fixture policy, an element that records every event it fires
// from the start, and what a reader sees of a switch.
import { waitUntil } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import type { ConsentElement } from '../../src/index.js';

export const FIXTURE = '/test/fixtures/valid/consent.json';
export const STORAGE_KEY = 'privacy-notice:consent:acme-home';

export async function consentPolicy(changes: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return { ...(await (await fetch(FIXTURE)).json()), ...changes };
}

export type Recorded = { type: string; detail: any };
const mounted: Element[] = [];

/**
 * A fresh element of `tag` showing `policy`, connected only after listeners are in place, so the events it fires
 * while it first renders (ready, the first value of each choice, diagnostics) are recorded too.
 */
export async function mountChoices<T extends ConsentElement>(
  tag: string,
  policy: unknown,
  setup: (el: T) => void = () => {},
): Promise<{ el: T; events: Recorded[] }> {
  const el = document.createElement(tag) as T;
  const events: Recorded[] = [];
  for (const type of [
    'privacy-notice-consent-ready',
    'privacy-notice-consent-change',
    'privacy-notice-diagnostic',
    'privacy-notice-error',
  ]) {
    // Every consent event names the policy shown by its hash (issue 15); the tests compare the rest.
    el.addEventListener(type, (e) => {
      const { policyHash, ...detail } = (e as CustomEvent).detail ?? {};
      if (type.startsWith('privacy-notice-consent-') && !/^sha256:[0-9a-f]{64}$/.test(policyHash))
        throw new Error(`${type} without the policy's hash: ${JSON.stringify(policyHash)}`);
      events.push({ type, detail: type.startsWith('privacy-notice-consent-') ? detail : (e as CustomEvent).detail });
    });
  }
  setup(el);
  el.policy = policy;
  document.body.append(el);
  mounted.push(el);
  await waitUntil(() => events.some((e) => e.type === 'privacy-notice-consent-ready'), 'consent ready');
  await el.updateComplete;
  return { el, events };
}

export function unmountChoices(): void {
  for (const el of mounted.splice(0)) el.remove();
}

export const ofType = (events: Recorded[], type: string) =>
  events.filter((e) => e.type.endsWith(type)).map((e) => e.detail);

/** The switch of a choice inside an element's shadow root. */
export function switchOf(el: Element, kind: string, id: string): HTMLInputElement | null {
  return el.shadowRoot!.querySelector(`.toggle[data-kind="${kind}"][data-id="${id}"] input[role="switch"]`);
}

/** The visible words next to a switch: its state and its note. */
export function wordsOf(el: Element, kind: string, id: string): string {
  const row = el.shadowRoot!.querySelector(`.toggle[data-kind="${kind}"][data-id="${id}"]`) as HTMLElement | null;
  return (row?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

/** What the element's status region says now. */
export function status(el: Element): string {
  return (el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '').trim();
}

/** Clicks a switch like a reader and waits for the element to show the result. */
export async function click(el: ConsentElement, input: HTMLInputElement | null): Promise<void> {
  if (!input) throw new Error('no such switch');
  input.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Makes `navigator.globalPrivacyControl` say `value` until the returned function is called. */
export function setGpc(value: boolean | undefined): () => void {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => value, configurable: true });
  return () => void delete (Navigator.prototype as any).globalPrivacyControl;
}
