/**
 * A standards DOM for node, so static HTML is made by the very code the browser runs: lit renders the same view
 * through the same templates into it (Markdown included: it is a tree, so nothing is parsed or sanitized).
 *
 * lit-html looks up `document` and `window` once, when it is first evaluated; so this must run before it is
 * imported, and the modules that use it are loaded with `import()` afterwards (see loadStatic).
 */
export async function installDom(): Promise<void> {
  if ('document' in globalThis) return;
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
  Object.assign(globalThis, { window, document: window.document });
}

/** The static renderer, loaded only after the DOM exists. */
export async function loadStatic(): Promise<typeof import('./page.js')> {
  await installDom();
  return import('./page.js');
}
