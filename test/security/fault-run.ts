/**
 * The network faults for `src`, against test/security/fault-server.mjs, and what handling each correctly means:
 * a typed error event, a retry offered only where trying again can help, and the policy already shown still on
 * screen next to an alert. Shared by the browser test and the scorecard.
 */
import type { PolicyErrorDetail } from '../../src/events/error.js';
import { fetchPolicy } from '../../src/load/fetch-policy.js';
import { sentinelCalls } from './hostile-run.js';

export interface FaultCase {
  name: string;
  path: string;
  code: string;
  retryable: boolean;
  /** Words the error message must contain. */
  says: string;
}

export const FAULT_CASES: readonly FaultCase[] = [
  { name: '404', path: '/not-found', code: 'http', retryable: false, says: 'the server answered 404' },
  { name: '500', path: '/status?code=500', code: 'http', retryable: true, says: 'the server answered 500' },
  {
    name: 'wrong content type',
    path: '/wrong-type',
    code: 'content-type',
    retryable: false,
    says: 'served as "text/plain"',
  },
  {
    name: 'invalid JSON',
    path: '/invalid-json',
    code: 'json-syntax',
    retryable: false,
    says: 'Not valid JSON at line 1',
  },
  {
    name: 'HTML error page served as HTML',
    path: '/html-error',
    code: 'content-type',
    retryable: false,
    says: 'not as JSON',
  },
  {
    name: 'HTML error page served as JSON with 502',
    path: '/html-as-json',
    code: 'http',
    retryable: true,
    says: 'the server answered 502',
  },
  {
    name: 'redirect to another origin',
    path: '/redirect?to=other',
    code: 'redirect',
    retryable: false,
    says: 'redirects to another site',
  },
  { name: 'connection reset', path: '/reset', code: 'network', retryable: true, says: 'could not be loaded' },
  {
    name: 'connection reset mid-body',
    path: '/reset-midway',
    code: 'network',
    retryable: true,
    says: 'cut off while loading',
  },
];

export type Notice = HTMLElement & { src: string | null; updateComplete: Promise<boolean> };

export const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part~="title"]')?.textContent ?? null;
const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

/** The next load or error event of `el`. */
export function nextEvent(el: Element): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (e: Event) => {
      el.removeEventListener('privacy-notice-load', done);
      el.removeEventListener('privacy-notice-error', done);
      resolve(e as CustomEvent);
    };
    el.addEventListener('privacy-notice-load', done);
    el.addEventListener('privacy-notice-error', done);
  });
}

/** Sets `src` and waits for the element's answer. */
export async function load(el: Notice, src: string): Promise<CustomEvent> {
  const event = nextEvent(el);
  el.src = src;
  const fired = await event;
  await el.updateComplete;
  return fired;
}

/** A notice showing smarti from the fault server: the "last good render" each fault must leave alone. */
export async function goodNotice(origin: string): Promise<Notice> {
  const el = document.body.appendChild(document.createElement('privacy-notice')) as Notice;
  await load(el, `${origin}/policy?file=smarti`);
  return el;
}

/** Runs one fault on `el` (already showing a policy); the problems with how it was handled (none when right). */
export async function runFault(el: Notice, origin: string, fault: FaultCase): Promise<string[]> {
  const shown = titleOf(el);
  const calls = sentinelCalls(window);
  const event = await load(el, `${origin}${fault.path}`);
  const problems: string[] = [];
  if (event.type !== 'privacy-notice-error') return [`no error event (${event.type})`];
  const detail = event.detail as PolicyErrorDetail;
  const codes = detail.errors.map((e) => e.code).join();
  if (codes !== fault.code) problems.push(`error code ${codes}, expected ${fault.code}`);
  if (detail.retryable !== fault.retryable) problems.push(`retryable is ${detail.retryable}`);
  if (!detail.errors[0]?.message.includes(fault.says))
    problems.push(`message "${detail.errors[0]?.message}" does not say "${fault.says}"`);
  if (titleOf(el) !== shown) problems.push('the policy shown before is gone');
  if (!alertOf(el)?.textContent?.includes('The updated privacy policy could not be shown.'))
    problems.push('no alert about the failed update');
  if (Boolean(alertOf(el)?.querySelector('button')) !== fault.retryable)
    problems.push(`retry button ${fault.retryable ? 'missing' : 'offered'}`);
  if (sentinelCalls(window) !== calls) problems.push('script in the response ran');
  return problems;
}

/** The timeout, with a short limit (the element's own is 15 s). */
export async function runTimeout(origin: string): Promise<string[]> {
  const result = await fetchPolicy(`${origin}/hang`, new AbortController().signal, 300);
  if (result.ok) return ['a request that never answers succeeded'];
  const codes = result.errors.map((e) => e.code).join();
  return [
    ...(codes === 'timeout' ? [] : [`error code ${codes}, expected timeout`]),
    ...(result.retryable ? [] : ['a timeout is not retryable']),
  ];
}

/** A body that keeps coming: refused at the size cap, having made the server send little more than the cap. */
export async function runEndless(origin: string): Promise<string[]> {
  const key = Math.random().toString(36).slice(2);
  const result = await fetchPolicy(`${origin}/endless?key=${key}`, new AbortController().signal, 60_000);
  if (result.ok) return ['an endless body was taken'];
  await new Promise((resolve) => setTimeout(resolve, 200)); // the server sees the hang-up
  const { bytes } = (await (await fetch(`${origin}/sent?key=${key}`)).json()) as { bytes: number };
  const codes = result.errors.map((e) => e.code).join();
  return [
    ...(codes === 'too-large' ? [] : [`error code ${codes}, expected too-large`]),
    ...(result.errors[0]?.message.includes('over the 5.0 MB size limit')
      ? []
      : [`message: ${result.errors[0]?.message}`]),
    ...(bytes < 24 * 1024 * 1024 ? [] : [`the server sent ${bytes} bytes before the client stopped`]),
  ];
}

/** A body that trickles in past the time limit: a timeout (retryable), not a network error. */
export async function runTrickle(origin: string): Promise<string[]> {
  const result = await fetchPolicy(`${origin}/trickle`, new AbortController().signal, 500);
  if (result.ok) return ['a trickling body was taken'];
  const codes = result.errors.map((e) => e.code).join();
  return [
    ...(codes === 'timeout' ? [] : [`error code ${codes}, expected timeout`]),
    ...(result.retryable ? [] : ['a timeout is not retryable']),
  ];
}

/** A hanging and a slow response, both overtaken by a newer src: only the newest loads. */
export async function runOvertaken(el: Notice, origin: string): Promise<string[]> {
  const loads: string[] = [];
  const record = (e: Event) => loads.push((e as CustomEvent).detail.policy.id);
  el.addEventListener('privacy-notice-load', record);
  el.src = `${origin}/hang`;
  await el.updateComplete;
  el.src = `${origin}/slow?ms=600&file=softathome`;
  await el.updateComplete;
  await load(el, `${origin}/policy?file=smartbt`);
  await new Promise((resolve) => setTimeout(resolve, 900));
  el.removeEventListener('privacy-notice-load', record);
  return loads.join() === 'smartbt' ? [] : [`loads ${loads.join(', ')}, expected only smartbt`];
}

/** A 503 whose retry, once the server has recovered, loads the policy and clears the alert. */
export async function runRetry(el: Notice, origin: string): Promise<string[]> {
  const failed = await load(el, `${origin}/flaky?key=${Math.random()}&file=smartbt`);
  if (failed.type !== 'privacy-notice-error' || !(failed.detail as PolicyErrorDetail).retryable)
    return ['the first answer was not a retryable error'];
  const button = alertOf(el)?.querySelector('button');
  if (!button) return ['no retry button'];
  const event = nextEvent(el);
  button.click();
  const retried = await event;
  await el.updateComplete;
  return [
    ...(retried.type === 'privacy-notice-load' ? [] : ['the retry did not load']),
    ...(alertOf(el) ? ['the alert stayed'] : []),
  ];
}
