/**
 * The security suite as functions a script can call in a browser page (scripts/security/harness.mjs bundles this
 * file and drives it with playwright-core): the full hostile matrix on a plain and a strict-CSP page, reserved keys
 * at every position of every reference policy, the fuzzing properties, the network faults, the size caps and the
 * second pass (forged bridge messages, record collisions, link extras, table amplification). The
 * page loads the built bundle, dist/privacy-notice.js, so the figures are about what ships.
 */
import fc from 'fast-check';
import {
  FAULT_CASES,
  goodNotice,
  runEndless,
  runFault,
  runOvertaken,
  runRetry,
  runTimeout,
  runTrickle,
} from './fault-run.js';
import { FIELD_KINDS } from './fields.js';
import { loadDocs, runGroup, type Page, type Report } from './hostile-run.js';
import { LARGE_INPUTS } from './large-inputs.js';
import { buildBatches } from './matrix.js';
import { RESERVED_MEMBERS, jsonUrl, objectPointers, prototypesFingerprint, withMember } from './odd-json.js';
import { PROPERTIES } from './properties.js';
import { renderIn } from './render.js';
import {
  runAmplification,
  runBridgeSpoofing,
  runLinkExtras,
  runRecordCollisions,
  type SecondPassResult,
} from './second-pass-run.js';

type HarnessWindow = Window & {
  pnTakeRequests(): Promise<string[]>;
  pnHarness: typeof harness & typeof secondPass;
  cspViolations?: string[];
};
const win = window as unknown as HarnessWindow;
const takeRequests = () => win.pnTakeRequests();

/** The strict-CSP page (test/fixtures/hostile-csp.html) in an iframe, ready to render in. */
async function cspPage(): Promise<Page & { remove(): void }> {
  const frame = document.body.appendChild(
    Object.assign(document.createElement('iframe'), { src: '/test/fixtures/hostile-csp.html' }),
  );
  while (!frame.contentWindow?.customElements?.get('privacy-notice'))
    await new Promise((resolve) => setTimeout(resolve, 50));
  const frameWin = frame.contentWindow as unknown as HarnessWindow;
  return {
    doc: frame.contentDocument!,
    takeRequests,
    violations: () => frameWin.cspViolations ?? [],
    remove: () => frame.remove(),
  };
}

const harness = {
  /** The payload x field matrix (every policy when `everyPolicy`), on the plain page or the strict-CSP page. */
  async hostile(everyPolicy: boolean, csp: boolean): Promise<Report> {
    const { schema, docs } = await loadDocs();
    const batches = buildBatches(schema, docs, everyPolicy);
    const page = csp ? await cspPage() : { doc: document, takeRequests };
    const total: Report = { combinations: 0, rendered: 0, refused: 0, findings: [] };
    for (const kind of FIELD_KINDS) {
      const report = await runGroup(
        page,
        batches.filter((b) => b.kind === kind),
        docs,
      );
      total.combinations += report.combinations;
      total.rendered += report.rendered;
      total.refused += report.refused;
      total.findings.push(...report.findings);
    }
    if ('remove' in page) page.remove();
    return total;
  },

  /** `__proto__`, `constructor`, `prototype` at every object position of every reference policy, through .policy and src. */
  async pollution(): Promise<{ cases: number; polluted: number; failures: string[] }> {
    const { docs } = await loadDocs();
    const clean = prototypesFingerprint();
    const result = { cases: 0, polluted: 0, failures: [] as string[] };
    for (const [name, doc] of Object.entries(docs)) {
      for (const pointer of objectPointers(doc)) {
        for (const [key, member] of Object.entries(RESERVED_MEMBERS)) {
          const text = withMember(doc, pointer, member);
          for (const request of [{ json: text }, { src: jsonUrl(text) }]) {
            const { el, outcome } = await renderIn(document, request);
            el.remove();
            result.cases++;
            if (prototypesFingerprint() !== clean) result.polluted++;
            if (outcome.state !== 'refused' || !outcome.errors.some((e) => e.pointer === `${pointer}/${key}`)) {
              result.failures.push(
                `${name}: ${key} at ${pointer || '(root)'} through ${'src' in request ? 'src' : '.policy'}: ${outcome.state}`,
              );
            }
          }
        }
      }
    }
    return result;
  },

  /** One fuzzing property, `runs` times. */
  async fuzz(
    name: string,
    runs: number,
  ): Promise<{ runs: number; failed: boolean; seed: number; error?: string; counterexample?: string }> {
    const def = PROPERTIES.find((p) => p.name === name)!;
    const details = await fc.check(def.property(), { numRuns: runs, interruptAfterTimeLimit: 120_000 });
    return {
      runs: details.numRuns,
      failed: details.failed,
      seed: details.seed,
      ...(details.failed
        ? {
            error: String(details.errorInstance),
            counterexample: JSON.stringify(details.counterexample).slice(0, 2000),
          }
        : {}),
    };
  },

  /** Every network fault against the fault server at `origin`: each case's problems (none when handled). */
  async faults(origin: string): Promise<Array<{ name: string; problems: string[] }>> {
    const results: Array<{ name: string; problems: string[] }> = [];
    const run = async (name: string, check: (el: Awaited<ReturnType<typeof goodNotice>>) => Promise<string[]>) => {
      const el = await goodNotice(origin);
      results.push({ name, problems: await check(el) });
      el.remove();
    };
    for (const fault of FAULT_CASES) await run(fault.name, (el) => runFault(el, origin, fault));
    await run('timeout', () => runTimeout(origin));
    await run('endless body, cut off at the size cap', () => runEndless(origin));
    await run('body trickling in past the time limit', () => runTrickle(origin));
    await run('slow response overtaken by a newer src', (el) => runOvertaken(el, origin));
    await run('retry after the server recovers', (el) => runRetry(el, origin));
    return results;
  },

  /** Each oversized or pathological document through .policy and src: how long it took and whether the outcome was right. */
  async limits(): Promise<Array<{ name: string; route: string; ms: number; ok: boolean; outcome: string }>> {
    const base = await (await fetch('/examples/policies/smarti.json')).json();
    const rows = [];
    for (const input of LARGE_INPUTS) {
      const text = input.text(base);
      for (const request of [
        { policy: input.object ? input.object(base) : JSON.parse(text) },
        { src: jsonUrl(text) },
      ]) {
        const started = performance.now();
        const { el, outcome } = await renderIn(document, request, document.body, 60_000);
        const ms = performance.now() - started;
        el.remove();
        const said = outcome.state === 'rendered' ? 'rendered' : (outcome.errors[0]?.message ?? outcome.state);
        const ok =
          input.expect === 'render'
            ? outcome.state === 'rendered'
            : outcome.state === 'refused' && said.includes(input.expect);
        rows.push({ name: input.name, route: 'src' in request ? 'src' : '.policy', ms, ok, outcome: said });
      }
    }
    return rows;
  },
};

/** The second pass (issue 18): one runner per category; the bridge's needs a frame origin of another site. */
const secondPass = {
  bridgeSpoofing: (otherOrigin: string): Promise<SecondPassResult> => runBridgeSpoofing(otherOrigin),
  recordCollisions: (): Promise<SecondPassResult> => runRecordCollisions(),
  linkExtras: (): Promise<SecondPassResult> => runLinkExtras(),
  amplification: (): Promise<SecondPassResult> => runAmplification(),
};

win.pnHarness = { ...harness, ...secondPass };
