import type { PolicyProblem } from '../model/index.js';
import { formatSize } from '../model/problems.js';
import { DEFAULT_MAX_BYTES } from '../model/parse.js';
import { parsePolicyTextSoon } from '../model/quick.js';

/** How long a policy fetch may take before it is given up. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

export type FetchResult =
  { ok: true; value: unknown; warnings: PolicyProblem[] } | { ok: false; errors: PolicyProblem[]; retryable: boolean };

function failure(code: string, message: string, retryable: boolean): FetchResult {
  return { ok: false, retryable, errors: [{ pointer: '', path: '(document)', code, severity: 'error', message }] };
}

/**
 * The body as text, read as it streams: reading stops, and the connection is cancelled, as soon as more than
 * `maxBytes` arrived, so an endless or huge body costs no more than the cap. `too-large` carries the bytes read.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | { tooLarge: number }> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      return { tooLarge: bytes };
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Fetches and parses a policy URL without cookies or credentials, with a timeout for the whole body, refusing
 * responses that are not JSON, that a redirect brought from another origin, or that grow past the size cap. Resolves (never rejects) with the parsed value or problems;
 * `signal` cancels it (then it resolves to an 'aborted' failure the caller ignores).
 */
export async function fetchPolicy(
  url: string,
  signal: AbortSignal,
  timeoutMs = DEFAULT_FETCH_TIMEOUT_MS,
): Promise<FetchResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      headers: { accept: 'application/json' },
      signal: both,
      referrerPolicy: 'no-referrer',
    });
  } catch {
    if (signal.aborted) return failure('aborted', 'The request was replaced by a newer one.', false);
    if (timeout.aborted)
      return failure(
        'timeout',
        `The policy at ${url} did not arrive within ${Math.round(timeoutMs / 1000)} seconds.`,
        true,
      );
    return failure(
      'network',
      `The policy at ${url} could not be loaded (network error or blocked by the browser).`,
      true,
    );
  }
  const landed = new URL(response.url || url).origin;
  if (landed !== new URL(url).origin) {
    // The page named the site to read its policy from; another site's answer is not that policy.
    return failure(
      'redirect',
      `The policy at ${url} redirects to another site (${landed}); a policy is only read from the site its address names.`,
      false,
    );
  }
  if (!response.ok) {
    return failure(
      'http',
      `The policy at ${url} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      response.status >= 500 || response.status === 408 || response.status === 429,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    return failure(
      'content-type',
      `The policy at ${url} is served as "${type || 'no content type'}", not as JSON (application/json).`,
      false,
    );
  }
  let text: string | { tooLarge: number };
  try {
    text = await readCapped(response, DEFAULT_MAX_BYTES);
  } catch {
    if (signal.aborted) return failure('aborted', 'The request was replaced by a newer one.', false);
    // A body that trickles in is as late as one that never starts.
    if (timeout.aborted)
      return failure(
        'timeout',
        `The policy at ${url} did not finish arriving within ${Math.round(timeoutMs / 1000)} seconds.`,
        true,
      );
    return failure('network', `The policy at ${url} was cut off while loading.`, true);
  }
  if (typeof text !== 'string')
    return failure(
      'too-large',
      `The policy at ${url} is over the ${formatSize(DEFAULT_MAX_BYTES)} size limit; loading stopped after ${formatSize(text.tooLarge)}.`,
      false,
    );
  const parsed = await parsePolicyTextSoon(text);
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors, retryable: false };
}
