/**
 * Runs the hostile-content matrix in one page (the test page, a strict-CSP page in an iframe, or the scorecard's
 * page) and says what went wrong: a payload that ran (it calls the page's `__pnSentinel()`), a request, a CSP
 * violation, markup outside the allow-list, a bad link, a refused free-text field. Problems are traced back to the
 * payload that caused them by rendering it again on its own.
 */
import { FREE_TEXT_KINDS, REFERENCE_POLICIES, batchJson, combinations, split, type Batch } from './matrix.js';
import { renderIn, type Outcome } from './render.js';

type SentinelWindow = Window & { __pnSentinel?: () => void; __pnSentinelCalls?: number };

/** Defines `__pnSentinel()` in a window (the CSP page does it from test/fixtures/sentinel.js instead). */
export function installSentinel(win: Window): void {
  const w = win as SentinelWindow;
  w.__pnSentinelCalls ??= 0;
  w.__pnSentinel = () => {
    w.__pnSentinelCalls = (w.__pnSentinelCalls ?? 0) + 1;
  };
}

/** How many times a payload has run in `win` so far. */
export function sentinelCalls(win: Window): number {
  return (win as SentinelWindow).__pnSentinelCalls ?? 0;
}

/** Long enough for an image error, a nested document or a stylesheet import to have happened. */
export const settle = (ms = 250) => new Promise((resolve) => setTimeout(resolve, ms));

export type Docs = Record<string, Record<string, unknown>>;

/** The JSON Schema and the five reference policies, from the server the page came from. */
export async function loadDocs(): Promise<{ schema: object; docs: Docs }> {
  const get = async (path: string) => (await fetch(new URL(path, location.origin))).json();
  const schema = await get('/schemas/privacy-policy.schema.json');
  const docs = Object.fromEntries(
    await Promise.all(
      REFERENCE_POLICIES.map(async (name) => [name, await get(`/examples/policies/${name}.json`)] as const),
    ),
  );
  return { schema, docs };
}

/** A page to render in, and how to read what happened there beyond its DOM. */
export interface Page {
  doc: Document;
  /** Every request made since the previous call (the recorder outside the page). */
  takeRequests(): Promise<string[]>;
  /** CSP violations so far, for a page that records them. */
  violations?(): string[];
}

/** What kind of problem a finding is: the scorecard counts each kind. */
export type FindingKind = 'executed' | 'request' | 'csp-violation' | 'disallowed' | 'link' | 'render';

export interface Finding {
  kind: FindingKind;
  /** "payload in kind fields of policy". */
  where: string;
  what: string;
}

export interface Report {
  combinations: number;
  rendered: number;
  refused: number;
  findings: Finding[];
}

/** Findings as lines, for assertions and reports. */
export const lines = (findings: Finding[]) => findings.map((f) => `${f.where}: ${f.what}`);

function where(batch: Batch): string {
  return `${[...new Set(batch.placements.map((p) => p.payload.id))].join(', ')} in ${batch.kind} fields of ${batch.policy}`;
}

/** What is wrong with one render of a batch (empty when all is well). */
export function judge(batch: Batch, outcome: Outcome): Array<[FindingKind, string]> {
  const found: Array<[FindingKind, string]> = [];
  if (outcome.state === 'silent') found.push(['render', 'neither a load nor an error event']);
  if (outcome.state === 'refused') {
    const messages = outcome.errors.map((e) => `${e.pointer} ${e.message}`).join('; ');
    const pointers = new Set(batch.placements.map((p) => p.pointer));
    if (FREE_TEXT_KINDS.has(batch.kind)) found.push(['render', `refused text the schema accepts: ${messages}`]);
    else if (!outcome.errors.some((e) => pointers.has(e.pointer)))
      found.push(['render', `refused, but no error points at a field holding the payload: ${messages}`]);
  }
  if (outcome.state === 'rendered') {
    for (const p of batch.placements)
      if (!p.markdown && !outcome.text.includes(p.payload.text))
        found.push(['render', `${p.payload.id} is not shown as the text it is`]);
  }
  for (const d of new Set(outcome.disallowed)) found.push(['disallowed', `disallowed in the shadow root: ${d}`]);
  for (const l of new Set(outcome.badLinks)) found.push(['link', l]);
  return found;
}

/**
 * The library's own code on the page's origin (a UI locale loaded on demand): the one kind of request a render may
 * make besides the policy's URL. Anything a policy asks for is elsewhere (`tracker.invalid`, `/__pn_beacon__/`).
 */
function isLibraryCode(url: string, doc: Document): boolean {
  const { origin, pathname } = new URL(url, doc.baseURI);
  return origin === doc.defaultView!.location.origin && /^\/(dist|src|node_modules)\/.+\.(js|ts)$/.test(pathname);
}

/** What escaped the DOM since the counts given: sentinel calls, requests, CSP violations. */
async function escapesSince(page: Page, calls: number, violations: number): Promise<Array<[FindingKind, string]>> {
  const ran = sentinelCalls(page.doc.defaultView!) - calls;
  const requests = (await page.takeRequests()).filter((url) => !isLibraryCode(url, page.doc));
  const broke = (page.violations?.() ?? []).slice(violations);
  return [
    ...(ran ? [['executed', `ran script (${ran} sentinel calls)`] as [FindingKind, string]] : []),
    ...requests.map((r): [FindingKind, string] => ['request', `requested ${r}`]),
    ...broke.map((v): [FindingKind, string] => ['csp-violation', `CSP violation ${v}`]),
  ];
}

async function renderBatch(page: Page, batch: Batch, docs: Docs, container: Element): Promise<Outcome> {
  const slot = container.appendChild(page.doc.createElement('div'));
  const { outcome } = await renderIn(
    page.doc,
    { json: batchJson(batch, docs), ...(batch.lang ? { lang: batch.lang } : {}) },
    slot,
  );
  slot.hidden = true; // keeps it connected (an image or frame would still load) without layout costs for the next ones
  return outcome;
}

/** Renders each payload of the batches on its own, settling after each, to name the ones that escaped. */
async function trace(page: Page, batches: Batch[], docs: Docs): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const single of batches.flatMap(split)) {
    const container = page.doc.body.appendChild(page.doc.createElement('div'));
    const calls = sentinelCalls(page.doc.defaultView!);
    const violations = page.violations?.().length ?? 0;
    await renderBatch(page, single, docs, container);
    await settle();
    for (const [kind, what] of await escapesSince(page, calls, violations))
      found.push({ kind, where: where(single), what });
    container.remove();
  }
  return found;
}

/** Renders a group of batches in `page`, then waits once for anything delayed, and reports. */
export async function runGroup(page: Page, batches: Batch[], docs: Docs): Promise<Report> {
  const report: Report = { combinations: 0, rendered: 0, refused: 0, findings: [] };
  const container = page.doc.body.appendChild(page.doc.createElement('div'));
  const calls = sentinelCalls(page.doc.defaultView!);
  const violations = page.violations?.().length ?? 0;
  await page.takeRequests();
  for (const batch of batches) {
    const outcome = await renderBatch(page, batch, docs, container);
    report.combinations += combinations(batch);
    report[outcome.state === 'rendered' ? 'rendered' : 'refused'] += combinations(batch);
    if (judge(batch, outcome).length === 0) continue;
    for (const single of split(batch)) {
      for (const [kind, what] of judge(single, await renderBatch(page, single, docs, container)))
        report.findings.push({ kind, where: where(single), what });
    }
  }
  await settle();
  const escaped = await escapesSince(page, calls, violations);
  container.remove();
  if (escaped.length === 0) return report;
  const traced = await trace(page, batches, docs);
  // Something escaped in the group but not again alone: report it against the whole group.
  report.findings.push(
    ...(traced.length ? traced : escaped.map(([kind, what]) => ({ kind, where: `${batches[0]?.kind} fields`, what }))),
  );
  return report;
}
