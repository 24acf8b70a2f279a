// Property-based tests at full strength: `npm run fuzz` runs each property of test/security/properties.ts 10,000
// times (`-- --runs 500` for fewer). Prints one line per property; exits 1 when one fails, with its seed.
import { openHarness } from './security/harness.mjs';
import { runFuzz } from './security/fuzz.mjs';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 10_000;
const harness = await openHarness();
try {
  const rows = await runFuzz(harness, runs);
  for (const row of rows) {
    console.log(
      `${row.failures ? 'FAIL' : 'ok  '} ${row.property} — ${row.runs.toLocaleString('en')} runs in ${row.where}, ${(row.ms / 1000).toFixed(1)} s${row.failures ? `\n     seed ${row.seed}: ${row.error}` : ''}`,
    );
  }
  process.exitCode = rows.some((r) => r.failures) ? 1 : 0;
} finally {
  await harness.close();
}
