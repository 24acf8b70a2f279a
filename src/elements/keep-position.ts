/** The element that scrolls `node` into view: its nearest scrollable ancestor (through shadow roots), or the page. */
function scrollerOf(node: Element): Element {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (!(n instanceof Element) || n === document.documentElement || n === document.body) continue;
    const { overflowY } = getComputedStyle(n);
    if ((overflowY === 'auto' || overflowY === 'scroll') && n.scrollHeight > n.clientHeight) return n;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Runs `change` (which re-renders the content around `anchor`, e.g. in another language, where everything above it
 * may change height) and then scrolls so `anchor` stays where the reader saw it on screen.
 */
export async function keepPosition(anchor: Element, change: () => Promise<unknown>): Promise<void> {
  const before = anchor.getBoundingClientRect().top;
  await change();
  if (!anchor.isConnected) return;
  const shift = anchor.getBoundingClientRect().top - before;
  if (Math.abs(shift) >= 1) scrollerOf(anchor).scrollBy({ top: shift, behavior: 'instant' });
}
