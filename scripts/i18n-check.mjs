// Every reference policy in every UI locale, rendered by the built bundle in headless Chromium under the examples'
// strict CSP: no raw keys or unfilled placeholders, the notice's lang and dir right, zero axe violations.
//   npm run i18n:check               (builds first; CI runs it after npm test)
//   npm run i18n:check -- ar ja      (only these locales)
// Colour contrast depends on the stylesheet, not the language, and is most of axe's time, so it is checked in one
// left-to-right and one right-to-left locale per policy; every other rule runs in every locale. --full checks
// contrast everywhere too. Run with tsx (the npm script does), which lets it read the English strings' groups.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';
import { startExamplesServer } from './examples-server.mjs';
import { en } from '../src/i18n/locales/en.ts';

const POLICIES = ['d-home-smaart', 'softathome', 'cr-smart-home', 'smartbt', 'smarti'];
const RTL = /^(ar|he|fa|ur)(-|$)/;
const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.filter((a) => !a.startsWith('--'));
const groups = Object.keys(en);
const axeSource = await readFile(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const server = await startExamplesServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const started = Date.now();
const failures = [];
let renders = 0;
const contrastIn = new Set();

/** Renders one policy in every locale on its own page, recording what is wrong. */
async function checkPolicy(name) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.on('pageerror', (error) => failures.push(`${name}: page error: ${error.message}`));
  await page.goto(`${server.url}/test/fixtures/i18n-check.html?name=${name}`);
  await page.waitForFunction(() => window.i18nCheck);
  await page.evaluate(() => window.i18nCheck.ready);
  await page.evaluate(axeSource); // evaluated through the devtools protocol: the page's CSP does not apply to it
  const locales = (await page.evaluate(() => window.i18nCheck.locales())).filter(
    (tag) => only.length === 0 || only.includes(tag),
  );
  const contrast = full
    ? locales
    : [locales.find((t) => t !== 'en' && !RTL.test(t)), locales.find((t) => RTL.test(t))].filter(Boolean);
  const before = failures.length;
  for (const tag of locales) {
    const problems = await page.evaluate(([t, g]) => window.i18nCheck.render(t, g), [tag, groups]);
    const violations = await page.evaluate(async (withContrast) => {
      const result = await window.axe.run(document.querySelector('privacy-notice'), {
        rules: { 'color-contrast': { enabled: withContrast } },
      });
      return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`);
    }, contrast.includes(tag));
    renders += 1;
    if (contrast.includes(tag)) contrastIn.add(tag);
    for (const p of [...problems, ...violations.map((v) => `axe ${v}`)]) failures.push(`${name} in ${tag}: ${p}`);
  }
  await page.close();
  console.log(`${name}: ${locales.length} locales, ${failures.length - before} problems`);
}

try {
  // One page per policy, as many at a time as there are cores: axe is CPU-bound in each page's renderer.
  const queue = [...POLICIES];
  const workers = Math.max(1, Math.min(queue.length, availableParallelism()));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (queue.length) await checkPolicy(queue.shift());
    }),
  );
} finally {
  await browser.close();
  server.close();
}

for (const failure of failures) console.error(failure);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `i18n:check: ${POLICIES.length} policies x ${renders / POLICIES.length} locales = ${renders} renders, ${failures.length} problems ` +
    `(raw keys, lang/dir, axe; colour contrast in ${full ? 'every locale' : [...contrastIn].join(', ')}) in ${seconds} s`,
);
process.exit(failures.length ? 1 : 0);
