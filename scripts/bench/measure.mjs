// One measured page in headless Chromium: main-thread task time from the DevTools protocol, the page's own
// "rendered" and "laid out" marks, first contentful paint, the longest main-thread task and JS heap; for a first visit (a new browser context, so a
// fresh renderer) and a repeat load (the same page reloaded: the same, warm renderer), with the HTTP cache off.

export const VISITS = ['first', 'repeat'];
/** How long an awaited event may still take before it is recorded as missing (NaN): the paint entry after the "laid
 * out" mark (it is recorded a frame or more later), focus after a hash change. */
const GRACE_MS = 5_000;
/** A page that never marks "laid out" (an error in it) fails the run after this long. */
const LOAD_TIMEOUT_MS = 60_000;

async function metricsOf(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * Runs in every page before its own scripts: keeps the longest main-thread task of the document, as the Long Tasks
 * API reports them (50 ms or more; 0 when there was none), and counts what the page's CSP blocked.
 */
function watchPage() {
  let longest = 0;
  let violations = 0;
  let shift = 0;
  const take = (entries) => entries.forEach((e) => (longest = Math.max(longest, e.duration)));
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  // Cumulative layout shift: every shift not caused by input, summed.
  const shifts = new PerformanceObserver((list) => list.getEntries().forEach((e) => (shift += e.value)));
  shifts.observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', () => violations++);
  // Scripts the parser had to run before it could paint (render-blocking), by path: what runs before first paint.
  const blocking = () =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'script' && e.renderBlockingStatus === 'blocking')
      .map((e) => new URL(e.name).pathname);
  Object.defineProperty(window, '__benchWatched', {
    value: () => (
      take(observer.takeRecords()),
      { longestTask: longest, cspViolations: violations, cls: shift, blockingScripts: blocking() }
    ),
  });
}

/**
 * Runs in the page: resolves with its marks once it has marked "laid out" and first contentful paint is recorded
 * (or GRACE_MS later without it: NaN). Observers, not polling, so waiting adds no work to the measured thread.
 */
function settled({ graceMs, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const entry = (name) => performance.getEntriesByName(name)[0];
    const observers = [];
    const timers = [setTimeout(() => finish(new Error(`no "pn-laid-out" mark within ${timeoutMs} ms`)), timeoutMs)];
    let done = false;
    const finish = (error) => {
      if (done) return;
      done = true;
      observers.forEach((o) => o.disconnect());
      timers.forEach(clearTimeout);
      if (error) reject(error);
      else {
        const [rendered, laidOut, fcp] = ['pn-rendered', 'pn-laid-out', 'first-contentful-paint'].map(
          (name) => entry(name)?.startTime ?? NaN,
        );
        resolve({ rendered, laidOut, fcp, ...window.__benchWatched() });
      }
    };
    const check = () => {
      if (!entry('pn-laid-out')) return;
      if (entry('first-contentful-paint')) finish();
      else if (timers.length === 1) timers.push(setTimeout(finish, graceMs));
    };
    for (const type of ['mark', 'paint']) {
      const observer = new PerformanceObserver(check);
      observer.observe({ type, buffered: true });
      observers.push(observer);
    }
  });
}

/**
 * Measures one URL: { first, repeat }, each with cpu, rendered, laidOut, fcp, longestTask (ms), cspViolations and
 * heap (bytes, first visit only: after a reload the old document's garbage is still counted). The first visit loads
 * the page in a new context; the repeat load reloads it. `files` ({ script: Set, stylesheet: Set }, any resource
 * types) collects the paths the first visit loads of each type; `after(page)` runs on the loaded page once the visits
 * are measured, its result returned as `after`.
 */
export async function measure(browser, url, { files, visits = VISITS, after } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchPage);
  const page = await context.newPage();
  const collect = (response) => files[response.request().resourceType()]?.add(new URL(response.url()).pathname);
  if (files) page.on('response', collect);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const result = {};
  for (const visit of visits) {
    await (visit === 'first' ? page.goto(url, { waitUntil: 'commit' }) : page.reload({ waitUntil: 'commit' }));
    const marks = await page.evaluate(settled, { graceMs: GRACE_MS, timeoutMs: LOAD_TIMEOUT_MS });
    // TaskDuration starts again from zero when a navigation commits: it is this document's main-thread time.
    const { TaskDuration, JSHeapUsedSize } = await metricsOf(cdp);
    result[visit] = { cpu: TaskDuration * 1000, ...marks, ...(visit === 'first' ? { heap: JSHeapUsedSize } : {}) };
    if (files) page.off('response', collect);
  }
  if (after) result.after = await after(page);
  await context.close();
  return result;
}

/** In a loaded component page: ms from setting a #right-… hash until that right's heading has focus (NaN: never). */
export function hashToFocus(page, anchor) {
  return page.evaluate(
    ({ id, timeoutMs }) =>
      new Promise((resolve) => {
        const notice = document.querySelector('privacy-notice');
        const start = performance.now();
        location.hash = `#${id}`;
        const check = () => {
          if (notice.shadowRoot.activeElement?.id === id) resolve(performance.now() - start);
          else if (performance.now() - start > timeoutMs) resolve(NaN);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { id: anchor, timeoutMs: GRACE_MS },
  );
}

/**
 * In a loaded component page: ms from setting the element's `lang` until `updateComplete` has resolved with that
 * language shown in its shadow DOM. The first switch, to `to`, is cold (that locale's UI strings load as a chunk);
 * then `warm` switches back and forth between `from` and `to`, both loaded. A switch that does not show its language
 * counts as NaN.
 */
export function languageSwitch(page, { from, to, warm }) {
  return page.evaluate(
    async ({ from, to, warm }) => {
      const notice = document.querySelector('privacy-notice');
      const switchTo = async (lang) => {
        const start = performance.now();
        notice.setAttribute('lang', lang);
        await notice.updateComplete;
        const ms = performance.now() - start;
        return notice.shadowRoot.querySelector('article')?.lang === lang ? ms : NaN;
      };
      const cold = await switchTo(to);
      const warmMs = [];
      for (let i = 0; i < warm; i++) warmMs.push(await switchTo(i % 2 ? to : from));
      return { cold, warm: warmMs };
    },
    { from, to, warm },
  );
}
