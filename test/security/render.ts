/**
 * Renders one policy in a `<privacy-notice>` of a given document (the test page, or a strict-CSP page in an iframe)
 * and reports what a reader would get: the policy shown, or refused with errors, and what the shadow root holds
 * that it should not. Shared by the browser tests and the scorecard's page.
 */
import { badLinks, disallowed } from './inspect.js';

export interface Outcome {
  /** 'rendered': a load event and a notice; 'refused': an error event; 'silent': neither within the time allowed. */
  state: 'rendered' | 'refused' | 'silent';
  errors: Array<{ pointer: string; code: string; message: string }>;
  retryable: boolean;
  /** Elements and attributes outside the allow-list in the shadow root. */
  disallowed: string[];
  /** Links that are not https/mailto/tel/#, lack rel, or hide text behind bidi controls. */
  badLinks: string[];
  /** The shadow root's text. */
  text: string;
}

export interface RenderRequest {
  /** The document as JSON text; parsed in the target document's realm and set as `.policy`. */
  json?: string;
  /** Or a URL for `src`. */
  src?: string;
  /** Or a value to set as `.policy` as it is (an object JSON could not produce). */
  policy?: unknown;
  /** The reader's language (the element's `lang`). */
  lang?: string;
  /** The tag to use; `privacy-notice` by default. */
  tag?: string;
  /** Attributes to set before the element is connected (e.g. `heading-level`). */
  attributes?: Record<string, string>;
}

type NoticeElement = HTMLElement & { policy?: unknown; updateComplete: Promise<boolean> };

/** Waits for the element's next load or error event, or gives up after `ms`. */
function settled(el: HTMLElement, ms: number): Promise<CustomEvent | undefined> {
  return new Promise((resolve) => {
    const done = (event?: Event) => {
      el.removeEventListener('privacy-notice-load', done);
      el.removeEventListener('privacy-notice-error', done);
      clearTimeout(timer);
      resolve(event as CustomEvent | undefined);
    };
    const timer = setTimeout(() => done(), ms);
    el.addEventListener('privacy-notice-load', done);
    el.addEventListener('privacy-notice-error', done);
  });
}

/** What `el` shows now. */
export function inspectElement(el: HTMLElement, event: CustomEvent | undefined): Outcome {
  const root = el.shadowRoot!;
  const detail = (event?.detail ?? {}) as { errors?: Outcome['errors']; retryable?: boolean };
  return {
    state: event === undefined ? 'silent' : event.type === 'privacy-notice-load' ? 'rendered' : 'refused',
    errors: (detail.errors ?? []).map(({ pointer, code, message }) => ({ pointer, code, message })),
    retryable: detail.retryable ?? false,
    disallowed: disallowed(root),
    badLinks: badLinks(root),
    text: root.textContent ?? '',
  };
}

/** Mounts a notice for `request` in `doc` (appended to `container`, default the body) and reports its outcome. */
export async function renderIn(
  doc: Document,
  request: RenderRequest,
  container: Element = doc.body,
  timeoutMs = 8000,
): Promise<{ el: NoticeElement; outcome: Outcome }> {
  const el = doc.createElement(request.tag ?? 'privacy-notice') as NoticeElement;
  if (request.lang) el.setAttribute('lang', request.lang);
  for (const [name, value] of Object.entries(request.attributes ?? {})) el.setAttribute(name, value);
  const event = settled(el, timeoutMs);
  container.append(el);
  const realm = doc.defaultView as (Window & typeof globalThis) | null;
  if (request.json !== undefined) el.policy = (realm ?? window).JSON.parse(request.json);
  else if ('policy' in request) el.policy = request.policy;
  else if (request.src) el.setAttribute('src', request.src);
  const fired = await event;
  await el.updateComplete;
  return { el, outcome: inspectElement(el, fired) };
}
