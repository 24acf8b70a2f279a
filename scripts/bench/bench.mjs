// npm run bench — the side-by-side benchmark of issue 8. Prints a table and writes bench-out/results.json.
//
// For each workload (the five reference policies, a synthetic policy at 1x, 10x and 100x) three pages are loaded
// in Debian's headless Chromium from a local server with the HTTP cache off: the component as sites use it, the
// same notice as static HTML inserted with innerHTML into a shadow root with the same stylesheet (the baseline), and
// the static HTML page itself (the physical limit). Variants are interleaved, their order rotating every round;
// each figure is the median of per-round paired ratios, for a first visit (new browser context) and a repeat load.
// Options: --rounds N (default 5), --only NAME[,NAME...].
import { spawn } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { hashToFocus, measure } from './measure.mjs';
import { writePages } from './pages.mjs';
import { fmt, median, pairedRatio, rotate } from './stats.mjs';
import { syntheticPolicy } from './synthetic.mjs';
import { staticNotice } from './static-notice.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const rounds = Number(option('--rounds', 5));
const only = option('--only', '')?.split(',').filter(Boolean);
const root = new URL('../../', import.meta.url);
const out = new URL('bench-out/', root);
const started = Date.now();

const REFERENCE = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];
const policies = [
  ...(await Promise.all(REFERENCE.map(async (name) => ({ name, policy: JSON.parse(await readFile(new URL(`examples/policies/${name}.json`, root), 'utf8')) })))),
  ...[1, 10, 100].map((scale) => ({ name: `synthetic-${scale}x`, policy: syntheticPolicy(scale) })),
].filter((w) => !only?.length || only.includes(w.name));

await mkdir(out, { recursive: true });
const port = 8200 + Math.floor(Math.random() * 700);
const server = spawn(process.execPath, [new URL('scripts/serve.mjs', root).pathname], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const workloads = [];
const prep = await browser.newPage();
await prep.goto(`http://127.0.0.1:${port}/examples/one-tag.html`);
for (const w of policies) {
  await writeFile(new URL(`${w.name}.json`, out), JSON.stringify(w.policy));
  const { fragment, css } = await staticNotice(prep, `/bench-out/${w.name}.json`);
  workloads.push({ ...w, fragment, css, lang: w.policy.defaultLanguage });
}
await prep.close();
await writePages(new URL('pages', out).pathname, workloads);
const url = (name, variant) => `http://127.0.0.1:${port}/bench-out/pages/${name}-${variant}.html`;

const VARIANTS = ['component', 'innerhtml', 'static'];
const results = [];
try {
  for (const w of workloads) {
    const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    const scripts = new Set();
    for (let round = 0; round < rounds; round++) {
      for (const variant of rotate(VARIANTS, round)) samples[variant].push(await measure(browser, url(w.name, variant), variant === 'component' ? { scripts } : {}));
    }
    const pick = (variant, visit, key) => samples[variant].map((s) => s[visit][key]);
    const row = { workload: w.name, rounds };
    for (const visit of ['first', 'repeat']) {
      row[visit] = {
        cpuVsInnerHTML: pairedRatio(pick('component', visit, 'cpu'), pick('innerhtml', visit, 'cpu')),
        cpuVsStatic: pairedRatio(pick('component', visit, 'cpu'), pick('static', visit, 'cpu')),
        layoutVsInnerHTML: pairedRatio(pick('component', visit, 'laidOut'), pick('innerhtml', visit, 'laidOut')),
        fcpVsInnerHTML: pairedRatio(pick('component', visit, 'fcp'), pick('innerhtml', visit, 'fcp')),
        componentCpuMs: median(pick('component', visit, 'cpu')),
        innerHTMLCpuMs: median(pick('innerhtml', visit, 'cpu')),
        componentFcpMs: median(pick('component', visit, 'fcp')),
        componentHeapMB: median(pick('component', visit, 'heap')) / 1024 / 1024,
      };
    }
    const firstRight = w.policy.rights?.[0]?.id;
    row.hashToFocusMs = firstRight ? median(await Promise.all([0, 1, 2].map(() => hashToFocus(browser, url(w.name, 'component'), `right-${firstRight}`)))) : NaN;
    let gzip = 0;
    let brotli = 0;
    for (const path of scripts) {
      const bytes = await readFile(new URL(`.${path}`, root));
      gzip += gzipSync(bytes, { level: 9 }).length;
      brotli += brotliCompressSync(bytes).length;
    }
    row.js = { files: [...scripts].filter((p) => !p.startsWith('/bench-out/')), gzipKB: gzip / 1024, brotliKB: brotli / 1024 };
    results.push(row);
    console.error(`measured ${w.name}`);
  }
} finally {
  await browser.close();
  server.kill();
}

const fcp1x = results.find((r) => r.workload === 'synthetic-1x')?.first.componentFcpMs;
const fcp100x = results.find((r) => r.workload === 'synthetic-100x')?.first.componentFcpMs;
const summary = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  seconds: Math.round((Date.now() - started) / 1000),
  fcp100xOver1x: fcp100x / fcp1x,
  results,
};
await writeFile(new URL('results.json', out), JSON.stringify(summary, null, 2));

const header = '| workload | CPU vs innerHTML (first / repeat) | CPU vs static page | render→layout vs innerHTML | FCP vs innerHTML | component CPU ms | heap MB | #right→focus ms | JS brotli KB |';
console.log(`\n${summary.date.slice(0, 10)} · ${summary.machine} · ${rounds} rounds · ${summary.seconds} s\n`);
console.log(header);
console.log(header.replace(/[^|]/g, '-'));
for (const r of results) {
  console.log(`| ${r.workload} | ${fmt(r.first.cpuVsInnerHTML)} / ${fmt(r.repeat.cpuVsInnerHTML)} | ${fmt(r.first.cpuVsStatic)} | ${fmt(r.first.layoutVsInnerHTML)} | ${fmt(r.first.fcpVsInnerHTML)} | ${fmt(r.first.componentCpuMs, 0)} | ${fmt(r.first.componentHeapMB, 1)} | ${fmt(r.hashToFocusMs, 1)} | ${fmt(r.js.brotliKB, 1)} |`);
}
console.log(`\nFCP 100x / 1x: ${fmt(summary.fcp100xOver1x)}`);
