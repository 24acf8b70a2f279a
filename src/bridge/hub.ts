import { BRIDGE_VERSION, readIncoming, type Incoming } from './protocol.js';

/**
 * The page's single entry point for app messages, shared by every element on the page:
 * `window.privacyNoticeBridge.receive(message)` (what an app calls with evaluateJavaScript / injectJavaScript), and
 * `message` events on window or document that carry a privacy-notice message (React Native's `postMessage`,
 * Android's injected object). Each registered listener gets every message, already read and checked.
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

function deliver(data: unknown, viaEvent: boolean): void {
  const incoming = readIncoming(data);
  // Window messages are shared with every other script; only those that claim to be ours deserve a diagnostic.
  if (viaEvent && !incoming.ok && incoming.code === 'bridge-foreign') return;
  for (const listener of listeners) listener(incoming);
}

function onMessage(this: Window | Document, event: Event): void {
  const { data, source } = event as MessageEvent;
  // Native hosts dispatch with no source (or as the page itself); another frame's message is not the app's.
  if (source === null || source === undefined || source === installedOn) deliver(data, true);
}

function install(win: Window): void {
  if (installedOn === win) return;
  installedOn = win;
  win.privacyNoticeBridge = Object.freeze({
    version: BRIDGE_VERSION,
    receive: (message: unknown) => deliver(message, false),
  });
  win.addEventListener('message', onMessage);
  win.document.addEventListener('message', onMessage); // React Native's Android WebView dispatches on document
}

/** Registers a listener for app messages (installing the entry point on first use); returns the unregister function. */
export function listen(win: Window, listener: Listener, inbox?: EventTarget): () => void {
  install(win);
  if (inbox && !inboxes.has(inbox)) {
    inboxes.add(inbox);
    inbox.addEventListener('message', (event) => deliver((event as MessageEvent).data, false));
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
