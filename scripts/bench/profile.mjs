// node scripts/bench/profile.mjs NAME [VARIANT] — a CPU profile of the component page (or another variant: prerendered) for one benchmark workload (after
// `npm run bench` wrote bench-out/pages), summarized by self time per source file and per function.
import { chromium } from 'playwright-core';
import { startExamplesServer } from '../examples-server.mjs';

const name = process.argv[2] ?? 'smarti';
const variant = process.argv[3] ?? 'component';
const server = await startExamplesServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`${server.url}/bench-out/pages/${name}-${variant}.html`);
await page.waitForFunction(() => performance.getEntriesByName('pn-laid-out').length > 0);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
server.close();

const self = new Map();
const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0) / 1000));
const byFile = new Map();
const byFn = new Map();
for (const [id, ms] of self) {
  const { url, functionName, lineNumber } = byNode.get(id).callFrame;
  const file = url ? url.replace(/^.*\/\/[^/]+/, '') : `(${functionName || 'native'})`;
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
  const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
}
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(`self time by file:\n${top(byFile, 8)}\n\nby function:\n${top(byFn, 20)}`);
