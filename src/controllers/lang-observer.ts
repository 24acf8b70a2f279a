import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/** One MutationObserver per document for every connected host (as shoelace-style/localize does), not one each. */
const watchers = new WeakMap<Document, { observer: MutationObserver; hosts: Set<Host> }>();

/** Whether `node` is `ancestor` or inside it, looking through shadow roots (a host inside another component). */
function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n === ancestor) return true;
  }
  return false;
}

/**
 * Re-renders `host` whenever a `lang` attribute changes on it, on an ancestor or on `<html>`; returns the function
 * that stops watching. Changes inside other components' shadow roots are not seen (no observer reaches them).
 */
export function observeLang(host: Host): () => void {
  const doc = host.ownerDocument;
  let entry = watchers.get(doc);
  if (!entry) {
    const hosts = new Set<Host>();
    const observer = new MutationObserver((records) => {
      for (const h of hosts) if (records.some((r) => composedContains(r.target, h))) h.requestUpdate();
    });
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { observer, hosts };
    watchers.set(doc, entry);
  }
  const { observer, hosts } = entry;
  hosts.add(host);
  return () => {
    hosts.delete(host);
    if (hosts.size > 0) return;
    observer.disconnect();
    watchers.delete(doc);
  };
}

/**
 * The reader's languages, most preferred first: the `lang` of the element or its nearest ancestor, of any further
 * ancestor up to `<html>` (through shadow roots), then the browser's. Empty and malformed tags are skipped.
 */
export function readerLanguages(element: Element, browser: readonly string[] = navigator.languages): string[] {
  const declared: string[] = [];
  for (let n: Node | null = element; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element && n.getAttribute('lang')) declared.push(n.getAttribute('lang')!);
  }
  const valid = [...declared, ...browser].flatMap((tag) => {
    try {
      return Intl.getCanonicalLocales(tag);
    } catch {
      return [];
    }
  });
  return [...new Set(valid)];
}
