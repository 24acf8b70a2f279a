/**
 * Errors and rejections that reached the page while `run` ran (the library must never throw into it), with what
 * `run` returned. Shared by the hostile-input, property and consent-fault tests.
 */
export async function thrownDuring<T>(run: () => Promise<T>): Promise<{ result: T; thrown: string[] }> {
  const thrown: string[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => thrown.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { result, thrown };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}
