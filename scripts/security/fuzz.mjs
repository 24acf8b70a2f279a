// Runs the fuzzing properties of test/security/properties.ts: DOM-free ones here in node, element ones in the
// harness page. Each row: property, where it ran, runs, failures, time, and the seed to replay a failure with.
import fc from 'fast-check';
import { PROPERTIES } from '../../test/security/properties.ts';

/** Runs every property `runs` times (element ones `elementRuns` times); resolves to one row per property. */
export async function runFuzz(harness, runs, elementRuns = runs) {
  const rows = [];
  for (const def of PROPERTIES) {
    const started = performance.now();
    let result;
    if (def.needs === 'element') {
      result = await harness.call('fuzz', def.name, elementRuns);
    } else {
      const details = fc.check(def.property(), { numRuns: runs });
      result = {
        runs: details.numRuns,
        failed: details.failed,
        seed: details.seed,
        ...(details.failed ? { error: String(details.errorInstance) } : {}),
      };
    }
    rows.push({
      property: def.name,
      where: def.needs === 'element' ? 'Chromium' : 'node',
      ...result,
      failures: result.failed ? 1 : 0,
      ms: Math.round(performance.now() - started),
    });
  }
  return rows;
}
