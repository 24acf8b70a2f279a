// One measured page load in headless Chromium: main-thread task time from the DevTools protocol, the page's own
// "rendered" and "laid out" marks, first contentful paint, and JS heap; for a first visit (new context) and a
// repeat load (the same page loaded again in the warm renderer), with the HTTP cache off throughout.

async function metricsOf(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function loadAndWait(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('pn-laid-out').length > 0, null, { timeout: 60_000 });
  // The paint entry is recorded after the frame is presented, a moment after the page's own marks.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5_000 }).catch(() => undefined);
  return page.evaluate(() => ({
    rendered: performance.getEntriesByName('pn-rendered')[0].startTime,
    laidOut: performance.getEntriesByName('pn-laid-out')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
}

/**
 * Measures one URL: { first: {...}, repeat: {...} }, each with cpu (ms), rendered, laidOut, fcp (ms), heap (bytes).
 * The repeat load is a second page in the same browser context (a warm engine), each visit with its own counters.
 */
export async function measure(browser, url, { scripts } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const result = {};
  for (const visit of ['first', 'repeat']) {
    const page = await context.newPage();
    if (scripts && visit === 'first') page.on('response', (r) => r.request().resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metricsOf(cdp);
    const marks = await loadAndWait(page, url);
    const after = await metricsOf(cdp);
    result[visit] = { cpu: (after.TaskDuration - before.TaskDuration) * 1000, heap: after.JSHeapUsedSize, ...marks };
    await page.close();
  }
  await context.close();
  return result;
}

/** Time from setting a #right-… hash to focus on that right's heading, in the component page. */
export async function hashToFocus(browser, url, anchor) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loadAndWait(page, url);
  const ms = await page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const notice = document.querySelector('privacy-notice');
        const start = performance.now();
        location.hash = `#${id}`;
        const check = () => (notice.shadowRoot.activeElement?.id === id ? resolve(performance.now() - start) : requestAnimationFrame(check));
        check();
      }),
    anchor,
  );
  await context.close();
  return ms;
}
