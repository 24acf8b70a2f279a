/**
 * Registers a custom element unless the tag is already taken, e.g. when a page embeds the script twice or two
 * widgets bundle their own copy: a warning instead of the DOMException that would stop the second script.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) customElements.define(tag, element);
  else if (existing !== element)
    console.warn(`privacy-notice: <${tag}> is already defined by another script; keeping the first definition.`);
}
