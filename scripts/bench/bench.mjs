// npm run bench — the side-by-side benchmark of issue 8. Prints a table and writes bench-out/results.json.
//
// For each workload (a reference policy, or a synthetic policy at 1x, 10x or 100x) five pages are loaded in
// Debian's headless Chromium from a local server with the HTTP cache off: the component as sites use it, the same
// notice as static HTML inserted with innerHTML into a shadow root with the same stylesheet (the baseline), the
// static HTML page itself (the physical limit), and the notice pre-rendered by render --dsd with the element script
// deferred (until the element has adopted it), and the same page without the script (until it is painted). Its CLS
// and the scripts that block its first paint are recorded. Variants are interleaved, their order rotating every round; each
// figure is the median of per-round paired ratios, for a first visit (new browser context) and a repeat load (reload).
// On the measured component page: the time from a #right-… hash to focus, and on the largest reference policy in
// several languages, the time to switch language (cold: the locale's chunk loads; warm: between two loaded ones).
//
// The peer, in its own table: on the reference policy with the most cookies, the library's <privacy-cookies> against
// vanilla-cookieconsent's preferences modal with the same cookie table (scripts/bench/peer.mjs), paired the same way.
//
// The default run measures what the targets of issues 8 and 14 name — d-home-smaart, softathome and the 1x synthetic policy in full, the
// 100x policy's component page once (first visit: its FCP and CPU; one round of all its variants costs about a
// minute), the peer — so that it ends in about a minute and a half on a 2-core machine.
// Options: --full (every workload, all variants, every round), --rounds N (default 3), --only NAME[,NAME...] (those
// workloads in full; `peer` names the peer comparison).
import { spawn } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { hashToFocus, languageSwitch, measure, VISITS } from './measure.mjs';
import { writePages, writePeerPages } from './pages.mjs';
import { peerConfig } from './peer.mjs';
import { fmt, median, pairedRatio, rotate } from './stats.mjs';
import { syntheticPolicy } from './synthetic.mjs';
import { staticNotice } from './static-notice.mjs';

const { renderToString } = await import('../../dist/lib/ssr/index.js');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const full = args.includes('--full');
const rounds = Number(option('--rounds', 3));
const only = option('--only', '').split(',').filter(Boolean);
const root = new URL('../../', import.meta.url);
const out = new URL('bench-out/', root);
const started = Date.now();
const elapsed = () => Math.round((Date.now() - started) / 1000);

const VARIANTS = ['component', 'innerhtml', 'static', 'prerendered', 'prerendered-paint'];
const REFERENCE = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];
const SCALES = [1, 10, 100];
const ALL = [...REFERENCE, ...SCALES.map((scale) => `synthetic-${scale}x`)];
const DEFAULT = ['d-home-smaart', 'softathome', 'synthetic-1x', 'synthetic-100x'];
/** What the default run measures of a workload when not everything: the 100x policy's component, first visit, once. */
const LIGHT = { 'synthetic-100x': { variants: ['component'], visits: ['first'], rounds: 1 } };
/** Warm language switches per round (back and forth), after the cold one. */
const WARM_SWITCHES = 6;

const PEER = 'peer';
const selected = only.length ? only : [...(full ? ALL : DEFAULT), PEER];
const unknown = selected.filter((name) => ![...ALL, PEER].includes(name));
if (unknown.length) throw new Error(`unknown workload ${unknown.join(', ')}; known: ${[...ALL, PEER].join(', ')}`);
const names = selected.filter((name) => name !== PEER);
const planOf = (name) => ({ variants: VARIANTS, visits: VISITS, rounds, ...(only.length || full ? {} : LIGHT[name]) });
const policyOf = async (name) =>
  REFERENCE.includes(name)
    ? JSON.parse(await readFile(new URL(`examples/policies/${name}.json`, root), 'utf8'))
    : syntheticPolicy(Number(/^synthetic-(\d+)x$/.exec(name)[1]));

await mkdir(out, { recursive: true });
const port = 8200 + Math.floor(Math.random() * 700);
const server = spawn(process.execPath, [new URL('scripts/serve.mjs', root).pathname], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
const policies = new Map();
for (const name of new Set([...names, ...REFERENCE])) {
  policies.set(name, await policyOf(name));
  await writeFile(new URL(`${name}.json`, out), JSON.stringify(policies.get(name)));
}
const prep = await browser.newPage();
await prep.goto(`http://127.0.0.1:${port}/examples/one-tag.html`);
const rendered = new Map();
const staticOf = async (name) =>
  rendered.get(name) ?? rendered.set(name, await staticNotice(prep, `/bench-out/${name}.json`)).get(name);
// The UI strings follow the language the policy is shown in, so only in a policy written in several languages does
// setting `lang` change the words: the switch is timed on the largest of those (by the size of its static HTML).
let switched;
for (const name of REFERENCE.filter((n) => (policies.get(n).languages?.length ?? 0) > 1)) {
  if (!switched || (await staticOf(name)).fragment.length > (await staticOf(switched)).fragment.length) switched = name;
}
const workloads = [];
for (const name of names) {
  const plan = planOf(name);
  // The static HTML only for the pages that show it (the 100x policy's takes seconds to make).
  const baseline = plan.variants.some((v) => v !== 'component') ? await staticOf(name) : {};
  const prerendered = plan.variants.includes('prerendered') ? await renderToString(policies.get(name)) : undefined;
  workloads.push({
    name,
    policy: policies.get(name),
    plan,
    lang: policies.get(name).defaultLanguage,
    ...baseline,
    ...(prerendered ? { prerendered } : {}),
  });
}
await prep.close();
await writePages(new URL('pages', out).pathname, workloads);
// The peer's policy: the reference policy that declares the most cookies.
const peerPolicy = selected.includes(PEER)
  ? REFERENCE.map((name) => ({ name, policy: policies.get(name), lang: policies.get(name).defaultLanguage })).sort(
      (a, b) => (b.policy.cookies?.items?.length ?? 0) - (a.policy.cookies?.items?.length ?? 0),
    )[0]
  : undefined;
if (peerPolicy) await writePeerPages(new URL('pages', out).pathname, peerPolicy, peerConfig(peerPolicy.policy));
const url = (name, variant) => `http://127.0.0.1:${port}/bench-out/pages/${name}-${variant}.html`;

/** measure() of each variant once per round, the variants interleaved and their order rotating: { variant: [result] }. */
async function sample(variants, count, urlOf, optionsOf) {
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  for (let round = 0; round < count; round++) {
    for (const variant of rotate(variants, round))
      samples[variant].push(await measure(browser, urlOf(variant), optionsOf(variant)));
  }
  return samples;
}

/** A sample's figure: for each round, `key` of `visit` of `variant` (none when that variant was not measured). */
const picker = (samples) => (variant, visit, key) => (samples[variant] ?? []).map((s) => s[visit]?.[key]);

/** How many times a page of these samples had something blocked by its CSP. */
const cspViolations = (samples) =>
  Object.values(samples)
    .flat()
    .flatMap((s) => VISITS.map((visit) => s[visit]?.cspViolations ?? 0))
    .reduce((a, b) => a + b, 0);

/**
 * gzip and brotli size of the files a page loaded from the repository, by path; not the harness's own scripts
 * (bench-out/pages/), so that a page counts what it would load on a site.
 */
async function compressed(loaded) {
  const paths = [...loaded].filter((path) => !path.startsWith('/bench-out/pages/'));
  let gzip = 0;
  let brotli = 0;
  for (const path of paths) {
    const bytes = await readFile(new URL(`.${path}`, root));
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes).length;
  }
  return { files: paths, gzipKB: gzip / 1024, brotliKB: brotli / 1024 };
}

const PEER_VERSION = JSON.parse(
  await readFile(new URL('node_modules/vanilla-cookieconsent/package.json', root), 'utf8'),
).version;
const results = [];
let peer;
try {
  for (const w of workloads) {
    const { variants, visits, rounds: count } = w.plan;
    const files = { script: new Set() };
    const prerenderedFiles = { script: new Set() };
    const firstRight = w.policy.rights?.[0]?.id;
    const from = w.policy.defaultLanguage;
    const to = w.name === switched ? w.policy.languages.find((lang) => lang !== from) : undefined;
    const after = async (page) => ({
      hashToFocusMs: firstRight ? await hashToFocus(page, `right-${firstRight}`) : NaN,
      language: to ? await languageSwitch(page, { from, to, warm: WARM_SWITCHES }) : undefined,
    });
    const samples = await sample(
      variants,
      count,
      (variant) => url(w.name, variant),
      (variant) =>
        variant === 'component'
          ? { files, visits, after }
          : variant === 'prerendered'
            ? { files: prerenderedFiles, visits }
            : { visits },
    );
    const pick = picker(samples);
    const row = { workload: w.name, rounds: count, variants, visits, cspViolations: cspViolations(samples) };
    for (const visit of visits) {
      row[visit] = {
        cpuVsInnerHTML: pairedRatio(pick('component', visit, 'cpu'), pick('innerhtml', visit, 'cpu')),
        cpuVsStatic: pairedRatio(pick('component', visit, 'cpu'), pick('static', visit, 'cpu')),
        layoutVsInnerHTML: pairedRatio(pick('component', visit, 'laidOut'), pick('innerhtml', visit, 'laidOut')),
        fcpVsInnerHTML: pairedRatio(pick('component', visit, 'fcp'), pick('innerhtml', visit, 'fcp')),
        componentCpuMs: median(pick('component', visit, 'cpu')),
        innerHTMLCpuMs: median(pick('innerhtml', visit, 'cpu')),
        componentFcpMs: median(pick('component', visit, 'fcp')),
        componentLongestTaskMs: median(pick('component', visit, 'longestTask')),
        componentLongestTaskMaxMs: Math.max(...pick('component', visit, 'longestTask')),
        innerHTMLLongestTaskMs: median(pick('innerhtml', visit, 'longestTask')),
        ...(variants.includes('prerendered')
          ? {
              // Painting the pre-rendered page (no script) against the static page; then what adopting it costs:
              // the page with its script minus the same page without, paired by round.
              prerenderedPaintCpuVsStatic: pairedRatio(
                pick('prerendered-paint', visit, 'cpu'),
                pick('static', visit, 'cpu'),
              ),
              prerenderedCpuVsStatic: pairedRatio(pick('prerendered', visit, 'cpu'), pick('static', visit, 'cpu')),
              hydrationCpuMs: median(
                pick('prerendered', visit, 'cpu').map((cpu, i) => cpu - pick('prerendered-paint', visit, 'cpu')[i]),
              ),
              prerenderedCls: Math.max(...pick('prerendered', visit, 'cls')),
              componentCls: Math.max(...pick('component', visit, 'cls')),
              blockingScripts: [
                ...new Set(
                  ['prerendered', 'prerendered-paint'].flatMap((v) => pick(v, visit, 'blockingScripts').flat()),
                ),
              ],
            }
          : {}),
      };
    }
    row.first.componentHeapMB = median(pick('component', 'first', 'heap')) / 1024 / 1024;
    row.hashToFocusMs = median(samples.component.map((s) => s.after.hashToFocusMs));
    if (to) {
      const cold = samples.component.map((s) => s.after.language.cold);
      const warm = samples.component.flatMap((s) => s.after.language.warm);
      const notShown = [...cold, ...warm].filter((ms) => !Number.isFinite(ms)).length;
      row.languageSwitch = {
        from,
        to,
        coldMs: median(cold),
        warmMs: median(warm),
        warmSwitches: warm.length,
        notShown,
      };
    }
    row.js = await compressed(files.script);
    if (variants.includes('prerendered')) {
      row.prerenderedJs = await compressed(prerenderedFiles.script);
      row.jsBeforePaint = await compressed(new Set(row.first.blockingScripts));
    }
    results.push(row);
    console.error(`measured ${w.name} (${elapsed()} s)`);
  }
  if (peerPolicy) {
    const { name, policy } = peerPolicy;
    const cookies = policy.cookies.items.length;
    const files = {
      cookies: { script: new Set(), stylesheet: new Set() },
      peer: { script: new Set(), stylesheet: new Set() },
    };
    // Both pages must show the policy's every cookie as a table row, or they are not showing the same thing.
    const rows = (variant) => async (page) => {
      const shown = await page.evaluate(
        (v) =>
          (v === 'peer' ? document : document.querySelector('privacy-cookies').shadowRoot).querySelectorAll(
            'table tbody tr',
          ).length,
        variant,
      );
      if (shown !== cookies)
        throw new Error(`the ${variant} page of ${name} shows ${shown} cookie rows, not ${cookies}`);
    };
    const samples = await sample(
      ['cookies', 'peer'],
      rounds,
      (variant) => url(name, variant),
      (variant) => ({ files: files[variant], after: rows(variant) }),
    );
    const pick = picker(samples);
    peer = {
      policy: name,
      cookieCount: cookies,
      rounds,
      package: `vanilla-cookieconsent ${PEER_VERSION}`,
      cspViolations: cspViolations(samples),
      bytes: {},
    };
    for (const visit of VISITS) {
      peer[visit] = {
        cpuVsPeer: pairedRatio(pick('cookies', visit, 'cpu'), pick('peer', visit, 'cpu')),
        fcpVsPeer: pairedRatio(pick('cookies', visit, 'fcp'), pick('peer', visit, 'fcp')),
        ...Object.fromEntries(
          ['cookies', 'peer'].flatMap((v) => [
            [`${v}CpuMs`, median(pick(v, visit, 'cpu'))],
            [`${v}FcpMs`, median(pick(v, visit, 'fcp'))],
            [`${v}LongestTaskMs`, median(pick(v, visit, 'longestTask'))],
          ]),
        ),
      };
    }
    for (const v of ['cookies', 'peer'])
      peer.bytes[v] = { js: await compressed(files[v].script), css: await compressed(files[v].stylesheet) };
    console.error(`measured the peer on ${name} (${elapsed()} s)`);
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
  seconds: elapsed(),
  run: only.length ? `--only ${only.join(',')}` : full ? '--full' : 'default',
  languageSwitchWorkload: switched,
  cspViolations: results.reduce((n, r) => n + r.cspViolations, peer?.cspViolations ?? 0),
  fcp100xOver1x: fcp100x / fcp1x,
  results,
  peer,
};
await writeFile(new URL('results.json', out), JSON.stringify(summary, null, 2));

/** Prints a Markdown table. */
function printTable(columns, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log([line(columns), line(columns.map((c) => '-'.repeat(c.length))), ...rows.map(line)].join('\n'));
}
const taskMs = (ms) => (ms < 50 ? '< 50' : fmt(ms, 0));

console.log(
  `\n${summary.date.slice(0, 10)} · ${summary.machine} · ${summary.run} run, ${rounds} rounds · ${summary.seconds} s\n`,
);
if (results.length)
  printTable(
    [
      'workload',
      'CPU vs innerHTML (first / repeat)',
      'CPU vs static page',
      'render→layout vs innerHTML',
      'FCP vs innerHTML',
      'component CPU ms',
      'longest task ms',
      'heap MB',
      '#right→focus ms',
      'language switch ms (cold / warm)',
      'JS brotli KB',
    ],
    results.map((r) => [
      r.workload,
      `${fmt(r.first.cpuVsInnerHTML)} / ${fmt(r.repeat?.cpuVsInnerHTML)}`,
      fmt(r.first.cpuVsStatic),
      fmt(r.first.layoutVsInnerHTML),
      fmt(r.first.fcpVsInnerHTML),
      fmt(r.first.componentCpuMs, 0),
      taskMs(r.first.componentLongestTaskMs),
      fmt(r.first.componentHeapMB, 1),
      fmt(r.hashToFocusMs, 1),
      r.languageSwitch ? `${fmt(r.languageSwitch.coldMs, 1)} / ${fmt(r.languageSwitch.warmMs, 1)}` : '–',
      fmt(r.js.brotliKB, 1),
    ]),
  );
const pre = results.filter((r) => r.variants.includes('prerendered'));
if (pre.length) {
  console.log('\nPre-rendered (render --dsd, element script deferred), first visit:\n');
  printTable(
    [
      'workload',
      'CPU to paint vs static page',
      'CPU until adopted vs static page',
      'adoption CPU ms',
      'CLS (pre-rendered / component)',
      'JS brotli KB before paint / in all',
      'component CPU vs static page',
    ],
    pre.map((r) => [
      r.workload,
      fmt(r.first.prerenderedPaintCpuVsStatic),
      fmt(r.first.prerenderedCpuVsStatic),
      fmt(r.first.hydrationCpuMs, 1),
      `${fmt(r.first.prerenderedCls, 3)} / ${fmt(r.first.componentCls, 3)}`,
      `${fmt(r.jsBeforePaint.brotliKB, 1)} / ${fmt(r.prerenderedJs.brotliKB, 1)}`,
      fmt(r.first.cpuVsStatic),
    ]),
  );
}
for (const r of results.filter((r) => r.variants.length < VARIANTS.length || r.rounds !== rounds)) {
  console.log(
    `${r.workload}: ${r.variants.join(', ')} only, ${r.visits.join(' and ')} visit, ${r.rounds} round${r.rounds === 1 ? '' : 's'} (--full or --only ${r.workload} for all)`,
  );
}
for (const { workload, languageSwitch: l } of results.filter((r) => r.languageSwitch)) {
  console.log(
    `\nLanguage switch on ${workload} (${l.from} → ${l.to}, then ${l.warmSwitches} warm switches): cold ${fmt(l.coldMs, 1)} ms, warm median ${fmt(l.warmMs, 1)} ms${l.notShown ? `; ${l.notShown} switches did not show their language` : ''}`,
  );
}
if (Number.isFinite(summary.fcp100xOver1x)) console.log(`\nFCP 100x / 1x: ${fmt(summary.fcp100xOver1x)}`);
if (peer) {
  const { first, repeat, bytes } = peer;
  console.log(`\nPeer on ${peer.policy} (${peer.cookieCount} cookies), ${peer.rounds} rounds:\n`);
  printTable(
    [
      'page',
      'CPU ms (first / repeat)',
      'CPU vs peer (first / repeat)',
      'FCP ms',
      'FCP vs peer',
      'longest task ms',
      'JS brotli KB',
      'CSS brotli KB',
    ],
    [
      [
        '`<privacy-cookies>`',
        `${fmt(first.cookiesCpuMs, 0)} / ${fmt(repeat.cookiesCpuMs, 0)}`,
        `${fmt(first.cpuVsPeer)} / ${fmt(repeat.cpuVsPeer)}`,
        fmt(first.cookiesFcpMs, 0),
        fmt(first.fcpVsPeer),
        taskMs(first.cookiesLongestTaskMs),
        fmt(bytes.cookies.js.brotliKB, 1),
        fmt(bytes.cookies.css.brotliKB, 1),
      ],
      [
        peer.package,
        `${fmt(first.peerCpuMs, 0)} / ${fmt(repeat.peerCpuMs, 0)}`,
        '1',
        fmt(first.peerFcpMs, 0),
        '1',
        taskMs(first.peerLongestTaskMs),
        fmt(bytes.peer.js.brotliKB, 1),
        fmt(bytes.peer.css.brotliKB, 1),
      ],
    ],
  );
  console.log(
    '<privacy-cookies> loads the script-tag bundle, which defines all five elements; its styles are inside its JS.',
  );
}
if (summary.cspViolations)
  console.log(
    `\nwarning: the pages' CSP blocked something ${summary.cspViolations} times (see bench-out/results.json)`,
  );
console.log(`finished in ${summary.seconds} s`);
