// Test-runner plugins for the security suite: what a test page cannot see from inside (every request the browser
// makes, including ones that fail before any response) and a real HTTP server that misbehaves on purpose.
import { startFaultServer } from './fault-server.mjs';

/**
 * `pn-requests`: the URLs of every request the test's browser page (and its frames) made since the previous call.
 * The first call starts recording. Uses the launcher's puppeteer page, so nothing in the page can hide a request.
 */
export function requestRecorderPlugin() {
  const recorded = new Map();
  return {
    name: 'pn-request-recorder',
    async executeCommand({ command, session }) {
      if (command !== 'pn-requests') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error('pn-requests needs the puppeteer-based Chrome launcher');
      if (!recorded.has(session.id)) {
        const list = [];
        recorded.set(session.id, list);
        session.browser.getPage(session.id).on('request', (request) => list.push(request.url()));
      }
      // Request events come over the DevTools connection, not the command's: give ones already sent time to land.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return recorded.get(session.id).splice(0);
    },
  };
}

/** `pn-fault-server`: the two origins of a local HTTP server on 127.0.0.1 that serves policies badly (see fault-server.mjs). */
export function faultServerPlugin() {
  let server;
  return {
    name: 'pn-fault-server',
    async serverStart() {
      server = await startFaultServer();
    },
    async serverStop() {
      await server?.close();
    },
    async executeCommand({ command }) {
      if (command !== 'pn-fault-server') return undefined;
      return { origin: server.origin, otherOrigin: server.otherOrigin };
    },
  };
}
