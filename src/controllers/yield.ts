/** Resolves in a later task: through scheduler.yield() where the browser has it (ahead of other queued tasks, after input), else setTimeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task after the next frame, so what was rendered is painted first; within 100 ms where no frame comes
 * (a hidden page, where requestAnimationFrame waits until the page shows).
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
