import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs from its element: a shadow root to look in, and the anchor prefix in use. */
export interface DeepLinkHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Headings a deep link can focus: those with an id (tabindex -1). */
const FOCUSABLE_HEADING = ':is(h1, h2, h3, h4, h5, h6)[tabindex="-1"]';

/** The current hash as an id: percent-decoded, or as written when it does not decode (`#%` must not throw). */
function hashId(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Resolves `#fragment` links inside the element's shadow root, where browsers do not look: on first render with a
 * matching hash, on every hashchange, and on clicks on in-page links whose hash is already current (no hashchange
 * fires then). The target is scrolled into view (its scroll-margin keeps it below a sticky header) and focused, so
 * keyboard and screen-reader users land where sighted users see the page jump.
 */
export class DeepLinkController implements ReactiveController {
  private pending = true;

  /**
   * `reveal` renders what is not shown yet as far as the element with an id (a large notice shows a screen at a
   * time) and says whether it did.
   */
  constructor(
    private readonly host: DeepLinkHost,
    private readonly reveal: (id: string) => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.host.renderRoot.addEventListener('click', this.onClick as EventListener);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.host.renderRoot.removeEventListener('click', this.onClick as EventListener);
  }

  /**
   * Call after a render that may have created the target of the current hash. The hash of the page as it loads
   * waits for the renders that follow (a large notice reaches it a screen at a time, the page answering meanwhile).
   */
  afterRender(): void {
    if (this.pending && location.hash.length > 1 && this.focusShown(hashId())) this.pending = false;
  }

  /**
   * Scrolls to and focuses the element with this id in the shadow root, rendering as far as it first when it is
   * not shown yet; false when there is none.
   */
  focus(id: string): boolean {
    return this.focusShown(id) || (this.reveal(id) && this.focusShown(id));
  }

  private focusShown(id: string): boolean {
    const target = (this.host.renderRoot as ShadowRoot).getElementById?.(id);
    if (!target) return false;
    target.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
    this.focusable(target)?.focus({ preventScroll: true });
    return true;
  }

  /**
   * What a deep link to `target` focuses: the target when it takes focus (a heading, a right's named block), else
   * the heading its content is under (an untitled section continues the one before it): the heading it starts
   * with, or the last heading before it. A screen reader hears where the reader landed, never a long unnamed block.
   */
  private focusable(target: HTMLElement): HTMLElement | undefined {
    if (target.hasAttribute('tabindex')) return target;
    const first = target.querySelector<HTMLElement>(FOCUSABLE_HEADING);
    if (first) {
      const before = document.createRange();
      before.setStart(target, 0);
      before.setEndBefore(first);
      if (before.toString().trim() === '') return first;
    }
    const headings = [...this.host.renderRoot.querySelectorAll<HTMLElement>(FOCUSABLE_HEADING)];
    return headings.filter((h) => h.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
  }

  private readonly onHashChange = (): void => {
    this.pending = false;
    if (location.hash.length > 1) this.focus(hashId());
  };

  private readonly onClick = (event: MouseEvent): void => {
    const link = (event.composedPath()[0] as Element | undefined)?.closest?.('a[href^="#"]');
    if (link && link.getAttribute('href') === location.hash) this.focus(hashId());
  };
}
