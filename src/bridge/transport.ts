import type { PageMessage } from './protocol.js';

export type Platform = 'ios' | 'android' | 'react-native';

/** How the page's messages reach the app. Every message is sent as one JSON string. */
export interface Transport {
  platform: Platform;
  send(message: PageMessage): void;
  /** Android's injected object also delivers the app's answers (`replyProxy.postMessage`) as its own message events. */
  inbox?: EventTarget;
}

interface Poster {
  postMessage?: unknown;
}
type BridgeWindow = Window & {
  webkit?: { messageHandlers?: Record<string, Poster | undefined> };
  ReactNativeWebView?: Poster;
} & Record<string, unknown>;

/**
 * A frame's window is no app channel, though it has a postMessage: `<iframe name="privacyNotice">` makes
 * `window.privacyNotice` that frame, and a cross-origin one throws on anything else the bridge would read.
 */
function isWindow(value: object): boolean {
  try {
    return (value as Window).window === value;
  } catch {
    return true;
  }
}

const canPost = (value: unknown): value is { postMessage(data: string): void } => {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      !isWindow(value) &&
      typeof (value as Poster).postMessage === 'function'
    );
  } catch {
    return false; // a getter or proxy that throws is no channel either
  }
};

/**
 * The app's message channel, when the page runs inside one: a WKWebView script message handler named `name`
 * (iOS), React Native's WebView, or an object named `name` that an Android app injected (`addWebMessageListener`,
 * or a `@JavascriptInterface` with a `postMessage(String)` method). Undefined in a plain browser.
 */
export function detectTransport(win: Window, name: string): Transport | undefined {
  const w = win as BridgeWindow;
  const ios = w.webkit?.messageHandlers?.[name];
  if (canPost(ios)) return { platform: 'ios', send: (m) => ios.postMessage(JSON.stringify(m)) };
  const rn = w.ReactNativeWebView;
  if (canPost(rn)) return { platform: 'react-native', send: (m) => rn.postMessage(JSON.stringify(m)) };
  const android = w[name];
  if (canPost(android)) {
    const inbox =
      typeof (android as Partial<EventTarget>).addEventListener === 'function'
        ? (android as unknown as EventTarget)
        : undefined;
    return { platform: 'android', send: (m) => android.postMessage(JSON.stringify(m)), ...(inbox ? { inbox } : {}) };
  }
  return undefined;
}
