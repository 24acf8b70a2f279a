// How long each oversized or pathological document takes to render or be refused in headless Chromium, through
// .policy and src (test/security/large-inputs.ts), slowest first, and the worst case. `npm run limits`. The
// .policy route runs first; src then finds the same Markdown in the parse cache, as a reload would.
import { openHarness } from './security/harness.mjs';

const harness = await openHarness();
try {
  const rows = (await harness.call('limits')).sort((a, b) => b.ms - a.ms);
  for (const row of rows) {
    console.log(
      `${row.ok ? 'ok  ' : 'FAIL'} ${String(Math.round(row.ms)).padStart(6)} ms  ${row.route.padEnd(7)} ${row.name} — ${row.outcome.slice(0, 90)}`,
    );
  }
  const worst = rows[0];
  console.log(
    `\nworst case: ${worst.name} through ${worst.route}, ${Math.round(worst.ms)} ms (${rows.length} renders, ${rows.filter((r) => !r.ok).length} wrong outcomes)`,
  );
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
} finally {
  await harness.close();
}
