// Screenshots of the examples as a reader sees them, in Debian's headless Chromium:
//   node scripts/screenshot.mjs [page-path] [width] [out.png] [lang] [top:height]
// e.g. node scripts/screenshot.mjs examples/policy.html?name=softathome 360 screenshots/softathome-360.png
// Serves the repository itself on a free loopback port, so `npm run build` must have run.
import { chromium } from 'playwright-core';
import { startExamplesServer } from './examples-server.mjs';

const [pagePath = 'examples/index.html', width = '1280', out = 'screenshots/page.png', lang, region] =
  process.argv.slice(2);
const server = await startExamplesServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    locale: lang || 'en-US',
    deviceScaleFactor: 1,
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}/${pagePath}`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('privacy-notice')].every((n) =>
      n.shadowRoot?.querySelector('[part~="title"], [role="alert"]'),
    ),
  );
  const [top, height] = (region ?? '').split(':').map(Number);
  await page.screenshot(
    region
      ? { path: out, fullPage: true, clip: { x: 0, y: top, width: Number(width), height } }
      : { path: out, fullPage: true },
  );
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  console.log(
    `${out}: ${width}px wide, page ${size.scrollWidth}x${size.height}${errors.length ? `, errors: ${errors.join(' | ')}` : ''}`,
  );
} finally {
  await browser.close();
  server.close();
}
