import { readIncoming, type Incoming } from './incoming.js';
import { BRIDGE_VERSION } from './protocol.js';

/**
 * The page's single entry point for app messages, shared by every element on the page:
 * `window.privacyNoticeBridge.receive(message)` (what an app calls with evaluateJavaScript / injectJavaScript), and
 * `message` events on window or document that carry a privacy-notice message (React Native's `postMessage`), and
 * Android's injected object. Each registered listener gets every message, already read and checked; a window message
 * from another window is refused unless its origin is one the page named (see `fromTrustedSender`).
 */
export interface PrivacyNoticeBridgeApi {
  readonly version: typeof BRIDGE_VERSION;
  /** Takes one app message, as an object or its JSON text. */
  receive(message: unknown): void;
}

declare global {
  interface Window {
    privacyNoticeBridge?: PrivacyNoticeBridgeApi;
  }
}

type Listener = (incoming: Incoming) => void;
const listeners = new Set<Listener>();
const inboxes = new WeakSet<EventTarget>();
let installedOn: Window | undefined;

/** `<meta name="privacy-notice-bridge-origin" content="https://host.example …">`: origins the page takes window messages from. */
export const ORIGIN_META = 'privacy-notice-bridge-origin';

function configuredOrigins(doc: Document): Set<string> {
  const origins = new Set<string>();
  for (const meta of doc.querySelectorAll(`meta[name="${ORIGIN_META}"]`))
    for (const origin of (meta.getAttribute('content') ?? '').split(/\s+/)) if (origin) origins.add(origin);
  return origins;
}

/**
 * Trust by transport, never by a missing `source`: a frame can post and vanish, leaving a message with no sender.
 * An event no browser made (`isTrusted` false) was dispatched by a script of this page, as React Native's
 * `postMessage` does: as trusted as a call to `receive`. A real window message is the page's own or comes from an
 * origin the page named; an opaque origin ("null") is never named.
 */
function fromTrustedSender(event: MessageEvent, win: Window): boolean {
  if (!event.isTrusted || event.source === win) return true;
  return event.origin !== 'null' && configuredOrigins(win.document).has(event.origin);
}

function deliver(incoming: Incoming, viaEvent: boolean): void {
  // Window messages are shared with every other script; only those that claim to be ours deserve a diagnostic.
  if (viaEvent && !incoming.ok && incoming.code === 'bridge-foreign') return;
  for (const listener of listeners) listener(incoming);
}

function onMessage(this: Window | Document, event: Event): void {
  const message = event as MessageEvent;
  if (!installedOn) return;
  const incoming = readIncoming(message.data);
  if (fromTrustedSender(message, installedOn) || (!incoming.ok && incoming.code === 'bridge-foreign'))
    return deliver(incoming, true);
  deliver(
    {
      ok: false,
      code: 'bridge-untrusted-sender',
      message: `A bridge message posted from another window (${message.origin || 'no origin'}) is ignored: the app answers through its own channel, and window messages are taken only from origins named in <meta name="${ORIGIN_META}">.`,
    },
    true,
  );
}

function install(win: Window): void {
  if (installedOn === win) return;
  installedOn = win;
  win.privacyNoticeBridge = Object.freeze({
    version: BRIDGE_VERSION,
    receive: (message: unknown) => deliver(readIncoming(message), false),
  });
  win.addEventListener('message', onMessage);
  win.document.addEventListener('message', onMessage); // React Native's Android WebView dispatches on document
}

/** Registers a listener for app messages (installing the entry point on first use); returns the unregister function. */
export function listen(win: Window, listener: Listener, inbox?: EventTarget): () => void {
  install(win);
  if (inbox && !inboxes.has(inbox)) {
    inboxes.add(inbox);
    inbox.addEventListener('message', (event) => deliver(readIncoming((event as MessageEvent).data), false));
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
