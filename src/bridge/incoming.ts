import { BRIDGE, BRIDGE_VERSION, type AppMessage, type Envelope } from './protocol.js';
import { validatePermissionResult, validatePermissionState } from './validate-message.generated.js';

// What arrives from the app, read and checked against schemas/bridge.schema.json: apart from protocol.ts, whose
// names the page's script exports, so the message validator loads only with the bridge (inside an app's webview).

export type Incoming =
  | { ok: true; message: AppMessage }
  | { ok: false; code: 'bridge-not-json' | 'bridge-wrong-version' | 'bridge-malformed'; message: string }
  | { ok: false; code: 'bridge-foreign'; message: string }
  | { ok: false; code: 'bridge-untrusted-sender'; message: string };

/**
 * Reads what arrived from the app (an object or its JSON text). `bridge-foreign` marks data that is not addressed to
 * this protocol at all (other scripts' window messages), which callers may ignore silently.
 */
export function readIncoming(data: unknown): Incoming {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return { ok: false, code: 'bridge-not-json', message: 'A bridge message is not JSON; it is ignored.' };
    }
  }
  const envelope = value as Partial<Envelope<string>> | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.bridge !== BRIDGE) {
    return { ok: false, code: 'bridge-foreign', message: `A message without "bridge": "${BRIDGE}" is ignored.` };
  }
  if (envelope.version !== BRIDGE_VERSION) {
    return {
      ok: false,
      code: 'bridge-wrong-version',
      message: `A bridge message of version ${JSON.stringify(envelope.version)} is ignored: this page speaks version ${BRIDGE_VERSION}.`,
    };
  }
  const validate =
    envelope.type === 'permission-state'
      ? validatePermissionState
      : envelope.type === 'permission-result'
        ? validatePermissionResult
        : undefined;
  if (!validate) {
    return {
      ok: false,
      code: 'bridge-malformed',
      message: `A bridge message of type ${JSON.stringify(envelope.type)} is ignored: an app sends "permission-state" or "permission-result".`,
    };
  }
  if (!validate(value)) {
    const why = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
    return {
      ok: false,
      code: 'bridge-malformed',
      message: `A "${envelope.type}" bridge message does not match the protocol (${why.join('; ')}); it is ignored.`,
    };
  }
  return { ok: true, message: value as AppMessage };
}
