// Whether the page has asked for a file, from resource timing. The browser keeps 250 entries by default, and the test
// server serves every module as a file of its own, so a test page can fill that before the code under test loads:
// the buffer is made large enough first (entries are only dropped while it is full).
performance.setResourceTimingBufferSize(100_000);

/** Whether the page has loaded a file whose address matches `pattern`. */
export function requested(pattern: RegExp): boolean {
  return performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
}
