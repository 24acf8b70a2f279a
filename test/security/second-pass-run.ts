/**
 * The second security pass (issue 18) as runners the scorecard's page and a browser test share: forged bridge
 * messages from other sites' frames, Markdown table shapes that would amplify, consent records of other policies
 * with the same id, and links with hidden extras. Each runner uses only the DOM and the registered elements (the
 * scorecard page loads the built bundle), and returns how many cases it tried and what went wrong in any of them.
 */
import { badLinks } from './inspect.js';
import { jsonUrl } from './odd-json.js';
import { renderIn } from './render.js';

export interface SecondPassResult {
  tried: number;
  /** One line per case that went wrong (empty when all held). */
  failures: string[];
  /** The slowest case, when time matters. */
  worst?: { name: string; ms: number };
}

const CONSENT_FIXTURE = '/test/fixtures/valid/consent.json';
const STORAGE_KEY = 'privacy-notice:consent:acme-home';
type ChoicesElement = HTMLElement & {
  policy?: unknown;
  src?: string | null;
  consentKey?: string;
  updateComplete: Promise<boolean>;
  getConsent(): { choices: Array<{ id: string; kind: string; granted: boolean }> } | null;
  setConsent(id: string, granted: boolean, kind?: string): boolean;
};

const consentPolicy = async () => (await fetch(CONSENT_FIXTURE)).json();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A `<privacy-choices>` once its choices are known; `setup` runs before it is connected. */
async function choices(setup: (el: ChoicesElement) => void): Promise<ChoicesElement> {
  const el = document.createElement('privacy-choices') as ChoicesElement;
  const ready = new Promise((resolve) => el.addEventListener('privacy-notice-consent-ready', resolve, { once: true }));
  setup(el);
  document.body.append(el);
  await Promise.race([ready, wait(8000)]);
  await el.updateComplete;
  return el;
}

const granted = (el: ChoicesElement, id: string) => el.getConsent()?.choices.find((c) => c.id === id)?.granted;

/** Forged app messages, as an ad in the webview would post them. */
const FORGED: Record<string, Record<string, unknown>> = {
  'permission-state with choices': {
    type: 'permission-state',
    permissions: [{ id: 'camera', state: 'granted' }],
    choices: [{ id: 'newsletter', kind: 'purpose', granted: true }],
  },
  'permission-result': { type: 'permission-result', requestId: 'camera-1', id: 'camera', state: 'granted' },
};

/**
 * Every forged message, as text and as an object, from a frame on `otherOrigin` (another site) and from a child
 * it removes at once (no `source`), to an element in a simulated iOS app: none may change or save anything.
 */
export async function runBridgeSpoofing(otherOrigin: string): Promise<SecondPassResult> {
  const result: SecondPassResult = { tried: 0, failures: [] };
  const policy = await consentPolicy();
  const win = window as unknown as Record<string, unknown>;
  for (const [name, message] of Object.entries(FORGED)) {
    for (const as of ['vanishing', 'frame']) {
      for (const object of [false, true]) {
        const label = `${name}, ${object ? 'object' : 'text'}, from a ${as} frame`;
        localStorage.clear();
        win.webkit = { messageHandlers: { privacyNotice: { postMessage: () => {} } } };
        const el = await choices((e) => (e.policy = policy));
        const heard = new Promise<string>((resolve) =>
          el.addEventListener('privacy-notice-diagnostic', (e) => resolve((e as CustomEvent).detail.code), {
            once: true,
          }),
        );
        const frame = document.createElement('iframe');
        const data = encodeURIComponent(JSON.stringify({ bridge: 'privacy-notice', version: 1, ...message }));
        frame.src = `${otherOrigin}/test/security/pages/spoofing-frame.html?as=${as}${object ? '&object=1' : ''}#${data}`;
        document.body.append(frame);
        const code = await Promise.race([heard, wait(5000).then(() => 'nothing')]);
        await el.updateComplete;
        result.tried++;
        const camera = el.shadowRoot!.querySelector('input[role="switch"][id$="permission-camera"]');
        if (code !== 'bridge-untrusted-sender') result.failures.push(`${label}: diagnostic ${code}`);
        if (granted(el, 'newsletter') !== false) result.failures.push(`${label}: switched a purpose on`);
        if (camera) result.failures.push(`${label}: showed a permission state`);
        if (localStorage.getItem(STORAGE_KEY) !== null) result.failures.push(`${label}: saved a choice`);
        el.remove();
        frame.remove();
        delete win.webkit;
      }
    }
  }
  localStorage.clear();
  return result;
}

/** A record of the consent fixture's policy (newsletter on) as JSON text, with `change` and `choice` changes made. */
export const foreignRecord = (change: Record<string, unknown>, choice: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 1,
    policyId: 'acme-home',
    source: '',
    policyVersion: '2.0',
    savedAt: 1,
    choices: [
      {
        id: 'newsletter',
        kind: 'purpose',
        granted: true,
        at: 1,
        label: 'Newsletter',
        type: 'communications',
        ...choice,
      },
    ],
    ...change,
  });

/**
 * Policies that share the consent fixture's id: a copy given inline next to the one loaded from `src`, two tenants
 * with their own `consent-key`, and records whose choices mean something else or that name another source. The
 * reader's choices must be neither read by the wrong policy nor wiped.
 */
export async function runRecordCollisions(): Promise<SecondPassResult> {
  const result: SecondPassResult = { tried: 0, failures: [] };
  const policy = await consentPolicy();
  const check = (label: string, ok: boolean) => {
    result.tried++;
    if (!ok) result.failures.push(label);
  };
  localStorage.clear();
  const fromSrc = () => choices((e) => e.setAttribute('src', CONSENT_FIXTURE));

  let el = await fromSrc();
  el.setConsent('newsletter', true);
  el.remove();
  el = await choices((e) => (e.policy = policy));
  check('an inline copy read the choices of the policy from src', granted(el, 'newsletter') === false);
  el.setConsent('analytics', false);
  el.remove();
  el = await fromSrc();
  check('an inline copy wiped the choices of the policy from src', granted(el, 'newsletter') === true);
  check("an inline copy's choice reached the policy from src", granted(el, 'analytics') === true);
  el.remove();

  localStorage.clear();
  el = await choices((e) => ((e.policy = policy), (e.consentKey = 'shop-a')));
  el.setConsent('newsletter', true);
  el.remove();
  el = await choices((e) => ((e.policy = policy), (e.consentKey = 'shop-b')));
  check('one tenant read the choices of another', granted(el, 'newsletter') === false);
  el.remove();
  el = await choices((e) => ((e.policy = policy), (e.consentKey = 'shop-a')));
  check("a tenant's choices were lost", granted(el, 'newsletter') === true);
  el.remove();

  const others: Record<string, string> = {
    'another label': foreignRecord({}, { label: 'Partner offers' }),
    'another type': foreignRecord({}, { type: 'sale' }),
    'another source': foreignRecord({ source: 'https://tenant-b.example/privacy.json' }),
  };
  for (const [name, text] of Object.entries(others)) {
    localStorage.clear();
    localStorage.setItem(STORAGE_KEY, text);
    el = await choices((e) => (e.policy = policy));
    check(`a record with ${name} was believed`, granted(el, 'newsletter') === false);
    check(`a record with ${name} was wiped`, localStorage.getItem(STORAGE_KEY) === text);
    el.remove();
  }
  localStorage.clear();
  return result;
}

/** Where each character of a link's words is drawn, left edges in text order. */
function glyphLefts(link: HTMLAnchorElement): number[] {
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  const lefts: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      lefts.push(range.getBoundingClientRect().left);
    }
  }
  return lefts;
}

const RLO = '\u202E';
/** Markdown links whose target hides recipients, headers or dialer codes, and overrides placed to reverse a link. */
export const LINK_EXTRAS: readonly string[] = [
  '[write](mailto:privacy@example.com?cc=attacker@example.net)',
  '[write](mailto:privacy@example.com?bcc=attacker@example.net)',
  '[write](mailto:privacy@example.com?body=Delete%20my%20account)',
  '[write](mailto:privacy@example.com,attacker@example.net)',
  '[write](mailto:privacy@example.com%2Cattacker@example.net)',
  '[write](mailto:privacy@example.com;attacker@example.net)',
  '[write](mailto:privacy@example.com?subject=Hi&cc=attacker@example.net)',
  '[write](mailto:?to=attacker@example.net)',
  '[call](tel:*21*0123456789%23)',
  '[call](tel:+49301234567,1234)',
  '[call](tel:+49301234567;ext=1)',
  '[call](tel:%2A%2321%23)',
  `${RLO}[example.com](https://example.com)`,
  `${RLO}Write to [example.com](https://example.com) today.`,
  `*${RLO}[example.com](https://example.com)*`,
  `[${RLO}moc.elpmaxe](https://example.com)`,
];

/**
 * Each link extra in a section of a real notice: no link may carry a hidden recipient, header or dialer code, and
 * every link that stays must read left to right as written (its glyphs measured on screen).
 */
export async function runLinkExtras(): Promise<SecondPassResult> {
  const result: SecondPassResult = { tried: 0, failures: [] };
  const policy = await consentPolicy();
  for (const body of LINK_EXTRAS) {
    const doc = { ...policy, sections: [{ id: 'contact', title: 'Contact', body }] };
    const { el, outcome } = await renderIn(document, { policy: doc });
    result.tried++;
    const label = JSON.stringify(body);
    if (outcome.state !== 'rendered') result.failures.push(`${label}: ${outcome.state}`);
    for (const problem of badLinks(el.shadowRoot!)) result.failures.push(`${label}: ${problem}`);
    for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="https://example.com"]')) {
      const lefts = glyphLefts(link);
      if (!lefts.every((left, i) => i === 0 || left >= lefts[i - 1]!))
        result.failures.push(`${label}: link reads reversed`);
    }
    el.remove();
  }
  return result;
}

/** Table shapes under and over the cell cap: columns × rows, and whether the cap must refuse them. */
export const TABLE_SHAPES: ReadonlyArray<{ columns: number; rows: number; refused: boolean }> = [
  { columns: 70, rows: 70, refused: false },
  { columns: 71, rows: 71, refused: true },
  { columns: 1_000, rows: 1_000, refused: true },
  { columns: 5_000, rows: 200, refused: true },
  { columns: 200, rows: 5_000, refused: true },
  { columns: 2, rows: 2_400, refused: false },
];

/** Markdown whose header has `columns` cells and whose `rows` rows have one short cell each (GFM pads them). */
export const amplifyingTable = (columns: number, rows: number) =>
  `${'|a'.repeat(columns)}|\n${'|-'.repeat(columns)}|\n${'|x\n'.repeat(rows)}`;

/** Each table shape through `.policy` and `src`: refused with the cap's message, or rendered, and how long it took. */
export async function runAmplification(): Promise<SecondPassResult> {
  const result: SecondPassResult = { tried: 0, failures: [] };
  const policy = await consentPolicy();
  for (const { columns, rows, refused } of TABLE_SHAPES) {
    const doc = { ...policy, sections: [{ id: 'table', title: 'Table', body: amplifyingTable(columns, rows) }] };
    const json = JSON.stringify(doc);
    for (const request of [{ policy: doc }, { src: jsonUrl(json) }]) {
      const name = `${columns} × ${rows} (${(json.length / 1024).toFixed(0)} KB), ${'src' in request ? 'src' : '.policy'}`;
      const started = performance.now();
      const { el, outcome } = await renderIn(document, request, document.body, 60_000);
      const ms = performance.now() - started;
      el.remove();
      result.tried++;
      if (!result.worst || ms > result.worst.ms) result.worst = { name, ms };
      const capped = outcome.state === 'refused' && outcome.errors.some((e) => e.message.includes('Markdown tables'));
      if (refused !== capped) result.failures.push(`${name}: ${outcome.state} ${outcome.errors[0]?.message ?? ''}`);
    }
  }
  return result;
}
