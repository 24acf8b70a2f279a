import fc from 'fast-check';
import '../../src/privacy-notice.js';
import { PROPERTIES } from './properties.js';

/** Runs per property under `npm test`; `npm run fuzz` runs 10,000 of each. A failure prints its seed and path to replay. */
const RUNS = { nothing: 300, element: 30 };

describe('property-based tests (fast-check)', () => {
  for (const def of PROPERTIES) {
    it(`${def.name} (${RUNS[def.needs]} runs)`, async function () {
      this.timeout(120_000);
      // Shrinking a failure re-renders many times: it stops after 60 s with the smallest case found so far.
      await fc.assert(def.property(), { numRuns: RUNS[def.needs], interruptAfterTimeLimit: 60_000 });
    });
  }
});
