import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PrivacyNoticeElement } from '../../src/index.js';
import { consentPolicy, mountChoices, ofType, switchOf, unmountChoices } from '../consent/helpers.js';
import { installSentinel, sentinelCalls } from './hostile-run.js';
import { badLinks, disallowed } from './inspect.js';
import { prototypesFingerprint } from './odd-json.js';
import { PAYLOADS } from './payloads.js';
import { thrownDuring } from './thrown.js';

/**
 * Storage and native-bridge faults (the consent branch's persistence and bridge): whatever sits in localStorage and
 * whatever an app (or any script posting window messages) sends, the notice never throws into the page, never lets
 * it pollute a prototype or run, and shows only choices it could verify.
 */
const STORAGE_KEY = 'privacy-notice:consent:acme-home';
const CLEAN = prototypesFingerprint();

const validRecord = {
  format: 1,
  policyId: 'acme-home',
  policyVersion: '2.0',
  savedAt: 1,
  choices: [{ id: 'analytics', kind: 'purpose', granted: false, at: 1 }],
};

/** Whether stored text holds the choice "analytics off" in a record's choices. */
function storedChoice(text: string): boolean {
  try {
    const record = JSON.parse(text) as { choices?: unknown };
    return (
      Array.isArray(record?.choices) &&
      record.choices.some((c) => c?.id === 'analytics' && c?.kind === 'purpose' && c?.granted === false)
    );
  } catch {
    return false;
  }
}

/** Stored text an attacker or a broken script could leave: garbage, any JSON, a valid record bent one way. */
const storedText = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom(
    JSON.stringify(validRecord),
    JSON.stringify(validRecord).replace('{', '{"__proto__":{"polluted":true},'),
    JSON.stringify(validRecord).replace(
      '"choices":[',
      '"choices":[{"id":"constructor","kind":"purpose","granted":true,"at":1},',
    ),
    JSON.stringify({ ...validRecord, choices: [{ ...validRecord.choices[0], __proto__: { granted: true } }] }),
    JSON.stringify({ ...validRecord, savedAt: -1 }),
    JSON.stringify({ ...validRecord, format: 1e308 }),
    JSON.stringify({ ...validRecord, policyVersion: '2.0\ud800' }),
  ),
);

describe('storage faults: anything in localStorage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    unmountChoices();
    localStorage.clear();
    expect(prototypesFingerprint()).to.equal(CLEAN);
  });

  it('a switch shows the default or a choice that is really stored, never anything else, and nothing is thrown (property)', async function () {
    this.timeout(60_000);
    const policy = await consentPolicy();
    await fc.assert(
      fc.asyncProperty(storedText, async (text) => {
        localStorage.setItem(STORAGE_KEY, text);
        let analytics: boolean | undefined;
        const { thrown } = await thrownDuring(async () => {
          const { el, events } = await mountChoices<PrivacyNoticeElement>('privacy-notice', policy);
          analytics = switchOf(el, 'purpose', 'analytics')?.checked;
          if (ofType(events, 'error').length) throw new Error('an error event for a valid policy');
        });
        unmountChoices();
        if (thrown.length) throw new Error(`thrown into the page: ${thrown.join('; ')}`);
        // The default is on; off can only come from a stored choice that says so.
        if (analytics === false && !storedChoice(text))
          throw new Error(
            `analytics shows off, which the stored text does not say: ${JSON.stringify(text).slice(0, 200)}`,
          );
        if (analytics === undefined) throw new Error('no analytics switch');
        if (prototypesFingerprint() !== CLEAN) throw new Error('a stored record polluted a prototype');
      }),
      { numRuns: 60 },
    );
  });

  it('works when reading window.localStorage itself throws (a sandboxed frame)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The document is sandboxed.', 'SecurityError');
      },
    });
    try {
      let events: Array<{ type: string; detail: any }> = [];
      const { thrown } = await thrownDuring(async () => {
        ({ events } = await mountChoices<PrivacyNoticeElement>('privacy-notice', await consentPolicy()));
      });
      expect(thrown).to.deep.equal([]);
      expect(ofType(events, 'diagnostic').map((d) => d.code)).to.deep.equal(['consent-storage-unavailable']);
      expect(ofType(events, 'ready')[0].persisted).to.equal(false);
    } finally {
      Object.defineProperty(window, 'localStorage', own);
    }
  });
});

describe('bridge faults: anything an app or another script sends', () => {
  let sent: Array<Record<string, unknown>> = [];
  const envelope = { bridge: 'privacy-notice', version: 1 };
  const receive = (message: unknown) => window.privacyNoticeBridge!.receive(message);

  async function inIosApp() {
    (window as unknown as { webkit: unknown }).webkit = {
      messageHandlers: { privacyNotice: { postMessage: (data: string) => sent.push(JSON.parse(data)) } },
    };
    return mountChoices<PrivacyNoticeElement>(
      'privacy-notice',
      await consentPolicy(),
      (el) => (el.bridgeTimeout = 5_000),
    );
  }

  beforeEach(() => {
    sent = [];
    localStorage.clear();
    installSentinel(window);
  });
  afterEach(() => {
    unmountChoices();
    delete (window as unknown as { webkit?: unknown }).webkit;
    localStorage.clear();
    expect(prototypesFingerprint()).to.equal(CLEAN);
  });

  /** Messages from a confused or hostile app: anything at all, JSON text, and valid ones bent one way. */
  const message = fc.oneof(
    fc.anything(),
    fc.json(),
    fc
      .record({
        type: fc.constantFrom('permission-state', 'permission-result', 'hello', '__proto__'),
        permissions: fc.anything(),
        requestId: fc.string(),
        id: fc.string(),
        state: fc.string(),
      })
      .map((m) => ({ ...envelope, ...m })),
    fc
      .constantFrom('granted', 'denied', 'unknown', 'maybe')
      .map((state) => ({ ...envelope, type: 'permission-state', permissions: [{ id: 'camera', state }] })),
    fc.constant(
      JSON.parse(
        `{"bridge":"privacy-notice","version":1,"type":"permission-state","permissions":[],"__proto__":{"polluted":true}}`,
      ),
    ),
  );

  it('never throws, pollutes or runs anything, and shows only permission states from valid messages (property)', async function () {
    this.timeout(60_000);
    const { el } = await inIosApp();
    const calls = sentinelCalls(window);
    await fc.assert(
      fc.asyncProperty(fc.array(message, { maxLength: 8 }), fc.boolean(), async (messages, asWindowMessages) => {
        let expected: boolean | undefined = switchOf(el, 'permission', 'camera')?.checked;
        const { thrown } = await thrownDuring(async () => {
          for (const m of messages) {
            const valid =
              typeof m === 'object' &&
              m !== null &&
              (m as { type?: unknown }).type === 'permission-state' &&
              Array.isArray((m as { permissions?: unknown }).permissions) &&
              Object.keys(m).length === 4;
            const camera = valid
              ? (m as { permissions: Array<{ id: string; state: string }> }).permissions.find((p) => p.id === 'camera')
              : undefined;
            if (camera && ['granted', 'denied'].includes(camera.state)) expected = camera.state === 'granted';
            if (camera?.state === 'unknown') expected = undefined;
            if (asWindowMessages) window.postMessage(m, '*');
            else receive(m);
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
          await el.updateComplete;
        });
        if (thrown.length) throw new Error(`thrown into the page: ${thrown.join('; ')}`);
        if (switchOf(el, 'permission', 'camera')?.checked !== expected)
          throw new Error(`camera shows ${switchOf(el, 'permission', 'camera')?.checked}, expected ${expected}`);
        if (prototypesFingerprint() !== CLEAN) throw new Error('a message polluted a prototype');
      }),
      { numRuns: 60 },
    );
    expect(sentinelCalls(window) - calls).to.equal(0);
    expect([...disallowed(el.shadowRoot!), ...badLinks(el.shadowRoot!)]).to.deep.equal([]);
  });

  it('shows an app’s refusal reason as text, whatever it holds: none of the payloads runs or adds markup', async () => {
    const { el } = await inIosApp();
    receive({ ...envelope, type: 'permission-state', permissions: [{ id: 'camera', state: 'granted' }] });
    await el.updateComplete;
    const calls = sentinelCalls(window);
    for (const payload of PAYLOADS) {
      switchOf(el, 'permission', 'camera')!.click();
      await el.updateComplete;
      const request = sent.filter((m) => m.type === 'set-permission').at(-1)!;
      receive({
        ...envelope,
        type: 'permission-result',
        requestId: request.requestId,
        id: 'camera',
        state: 'granted',
        reason: payload.text,
      });
      await el.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sentinelCalls(window) - calls).to.equal(0);
    expect([...disallowed(el.shadowRoot!), ...badLinks(el.shadowRoot!)]).to.deep.equal([]);
  });

  it('survives a flood of 5,000 messages, valid and not, ending in the last valid state', async function () {
    this.timeout(30_000);
    const { el, events } = await inIosApp();
    const { thrown } = await thrownDuring(async () => {
      for (let i = 0; i < 5000; i++) {
        receive(
          i % 3 === 0
            ? '{not json'
            : {
                ...envelope,
                type: 'permission-state',
                permissions: [{ id: 'camera', state: i % 2 ? 'granted' : 'denied' }],
              },
        );
      }
      await el.updateComplete;
    });
    expect(thrown).to.deep.equal([]);
    expect(switchOf(el, 'permission', 'camera')!.checked).to.equal(true); // message 4,999 (odd): granted
    expect(ofType(events, 'error')).to.have.length(0);
  });

  it('refuses a message naming 100,000 permissions in bounded time (the protocol allows 100), keeping the state it had', async function () {
    this.timeout(30_000);
    const { el, events } = await inIosApp();
    receive({ ...envelope, type: 'permission-state', permissions: [{ id: 'camera', state: 'granted' }] });
    const permissions = Array.from({ length: 100_000 }, (_, i) => ({ id: `p${i}`, state: 'denied' }));
    receive({
      ...envelope,
      type: 'permission-state',
      permissions: [...permissions, { id: 'camera', state: 'denied' }],
    });
    await el.updateComplete;
    expect(switchOf(el, 'permission', 'camera')!.checked).to.equal(true);
    expect(ofType(events, 'diagnostic').at(-1).code).to.equal('bridge-malformed');
  });
});
