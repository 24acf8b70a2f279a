// The app's side of privacy-notice's bridge (schemas/bridge.schema.json), for a React Native app. No React Native
// import: PrivacyScreen.jsx wires it to the WebView, osPermissions.js to the OS, and test/e2e/companion.test.ts runs
// it against the real page in Chromium.

const envelope = (message) => ({ bridge: 'privacy-notice', version: 1, ...message });

/**
 * @param {object} app
 * @param {(message: object) => void} app.send  delivers a message to the page (injectJavaScript)
 * @param {{ state(kind: string): Promise<'granted' | 'denied' | 'unknown'>,
 *           request(kind: string): Promise<{ state: 'granted' | 'denied', reason?: string }>,
 *           revoke(kind: string): Promise<{ state: 'granted' | 'denied', reason?: string }> }} app.os
 * @param {string} app.origin  the origin the notice is loaded from; messages of any other page are ignored
 * @param {{ load(): Promise<Array<{ id: string, kind: string, granted: boolean }>>,
 *           save(choice: { id: string, kind: string, granted: boolean }): Promise<void> }} app.choices
 *        where the app keeps the reader's consent choices (they also reach the page's storage)
 * @param {(change: { id: string, kind: string, granted: boolean, source: string }) => void} [app.onConsentChange]
 *        follows a choice in the app, e.g. stops an analytics SDK
 */
export function createPrivacyBridge({ send, os, origin, choices, onConsentChange = () => {} }) {
  /** The permissions the page shows ({ id, permission }), from its hello; none before it. */
  let permissions = [];

  /** Tells the page the OS state of each permission it shows, and the choices the app holds. */
  async function refresh() {
    if (permissions.length === 0) return;
    const states = await Promise.all(permissions.map(async (p) => ({ id: p.id, state: await os.state(p.permission) })));
    send(envelope({ type: 'permission-state', permissions: states, choices: await choices.load() }));
  }

  /** Handles one message of the page (onMessage's nativeEvent.data, from nativeEvent.url). */
  async function handle(data, url) {
    if (!url.startsWith(`${origin}/`)) return; // another page, e.g. after a link was followed
    let message;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (message?.bridge !== 'privacy-notice' || message.version !== 1) return;
    if (message.type === 'hello') {
      permissions = message.permissions;
      return refresh();
    }
    if (message.type === 'set-permission') {
      // The OS asks the reader to allow; only the system settings can take a permission back.
      const { state, reason } = message.granted
        ? await os.request(message.permission)
        : await os.revoke(message.permission);
      send(
        envelope({
          type: 'permission-result',
          requestId: message.requestId,
          id: message.id,
          state,
          ...(reason && state !== (message.granted ? 'granted' : 'denied') ? { reason } : {}),
        }),
      );
      return;
    }
    if (message.type === 'consent-change') {
      const { id, kind, granted, source } = message;
      await choices.save({ id, kind, granted });
      onConsentChange({ id, kind, granted, source });
    }
  }

  return { handle, refresh };
}
