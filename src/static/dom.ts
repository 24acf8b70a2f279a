/**
 * A standards DOM for node, so static HTML is made by the very code the browser runs: lit renders the templates
 * into it, and the Markdown module's DOMPurify sanitizes over it with the same allow-list and hooks. jsdom, because
 * DOMPurify's authors test against it and warn that lighter DOM imitations parse differently enough to let markup
 * through.
 *
 * lit-html and the Markdown module look up `document` and `window` once, when they are first evaluated; so this must
 * run before they are imported, and the modules that use them are loaded with `import()` afterwards (see loadStatic).
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
