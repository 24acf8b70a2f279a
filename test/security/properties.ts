/**
 * The fuzzing properties, shared by the browser test (a bounded number of runs) and scripts/fuzz.mjs (10,000).
 * Pure ones run anywhere; element ones need a DOM with the library's elements defined.
 */
import fc from 'fast-check';
import { en } from '../../src/i18n/locales/en.js';
import { validatePolicy } from '../../src/model/index.js';
import { nearValidPolicy, pointsInto } from './arbitraries/mutations.js';
import { validPolicy } from './arbitraries/policy.js';
import { renderIn, type Outcome } from './render.js';
import { thrownDuring } from './thrown.js';

export interface PropertyDef {
  name: string;
  /** 'element' properties render `<privacy-notice>` and need a browser page. */
  needs: 'nothing' | 'element';
  property(): fc.IRawProperty<any, boolean>; // each has its own arguments
}

function fail(message: string): never {
  throw new Error(message);
}

/** Every UI string key as written in code ('rights.howTo'), plural suffixes dropped: none may reach the page. */
const UI_KEYS = [
  ...new Set(
    Object.entries(en).flatMap(([group, strings]) =>
      Object.keys(strings).map((k) => `${group}.${k.replace(/_(zero|one|two|few|many|other)$/, '')}`),
    ),
  ),
];

function checkErrors(doc: unknown, errors: Outcome['errors']): void {
  if (errors.length === 0) fail('refused without an error');
  for (const e of errors)
    if (!pointsInto(doc, e.pointer, e.code))
      fail(`error ${e.code} points outside the input: ${e.pointer} (${e.message})`);
}

/**
 * What a rendered notice must be: headings in order from `level`, each right's anchor there once, no raw keys. The
 * hash is tried on one right per run (`pick` chooses which), so runs stay fast and together reach them all.
 */
async function checkRendered(
  el: HTMLElement,
  outcome: Outcome,
  doc: { rights?: Array<{ id: string }> },
  level: number,
  pick: number,
): Promise<void> {
  if (outcome.state !== 'rendered')
    fail(`valid policy not rendered: ${outcome.errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`);
  const root = el.shadowRoot!;
  if (root.querySelector('[role="alert"]')) fail('an error panel next to a valid policy');
  const levels = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
  if (levels[0] !== level) fail(`the first heading is h${levels[0]}, not h${level}`);
  levels.forEach(
    (l, i) =>
      i > 0 &&
      l > levels[i - 1]! + 1 &&
      fail(`heading levels skip: h${levels[i - 1]} then h${l} (outline ${levels.join(' ')})`),
  );
  const rights = doc.rights ?? [];
  for (const { id } of rights) {
    const targets = root.querySelectorAll(`[id="right-${id}"]`);
    if (targets.length !== 1) fail(`right "${id}" has ${targets.length} anchors`);
  }
  if (rights.length > 0) {
    const { id } = rights[pick % rights.length]!;
    history.replaceState(null, '', location.pathname + location.search);
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = `#right-${id}`;
    await changed;
    if (root.activeElement?.id !== `right-${id}`)
      fail(`#right-${id} does not focus its heading (focus is on ${root.activeElement?.id ?? 'nothing'})`);
  }
  const raw = UI_KEYS.filter((key) => outcome.text.includes(key));
  if (raw.length) fail(`raw UI string keys shown: ${raw.join(', ')}`);
  if (outcome.disallowed.length || outcome.badLinks.length)
    fail(`unsafe output: ${[...outcome.disallowed, ...outcome.badLinks].join('; ')}`);
}

export const PROPERTIES: readonly PropertyDef[] = [
  {
    name: 'the validator accepts every generated policy',
    needs: 'nothing',
    property: () =>
      fc.property(validPolicy, (doc) => {
        const result = validatePolicy(doc);
        if (!result.ok) fail(result.errors.map((e) => `${e.pointer} ${e.message}`).join('; '));
      }),
  },
  {
    name: 'near-valid policies: never a throw; refused ones get errors that point into the input',
    needs: 'nothing',
    property: () =>
      fc.property(nearValidPolicy, ({ doc }) => {
        const result = validatePolicy(doc);
        if (!result.ok) checkErrors(doc, result.errors);
      }),
  },
  {
    name: 'valid policies render: headings never skip, every right has one anchor its hash focuses, no raw UI keys',
    needs: 'element',
    property: () =>
      fc.asyncProperty(validPolicy, fc.integer({ min: 1, max: 4 }), fc.nat(), async (doc, level, pick) => {
        const {
          result: { el, outcome },
          thrown,
        } = await thrownDuring(() =>
          renderIn(document, { json: JSON.stringify(doc), attributes: { 'heading-level': String(level) } }),
        );
        try {
          if (thrown.length) fail(`thrown into the page: ${thrown.join('; ')}`);
          await checkRendered(el, outcome, doc as { rights?: Array<{ id: string }> }, level, pick);
        } finally {
          el.remove();
          history.replaceState(null, '', location.pathname + location.search);
        }
      }),
  },
  {
    name: 'near-valid policies in the element: nothing thrown, an error event pointing into the input, the policy shown stays',
    needs: 'element',
    property: () =>
      fc.asyncProperty(validPolicy, nearValidPolicy, async (first, { doc }) => {
        const { el } = await renderIn(document, { json: JSON.stringify(first) });
        try {
          const title = el.shadowRoot!.querySelector('[part~="title"]')?.textContent;
          const { result: outcome, thrown } = await thrownDuring(async () => {
            const event = new Promise<CustomEvent>((resolve) => {
              el.addEventListener('privacy-notice-load', (e) => resolve(e as CustomEvent), { once: true });
              el.addEventListener('privacy-notice-error', (e) => resolve(e as CustomEvent), { once: true });
            });
            (el as HTMLElement & { policy: unknown }).policy = doc;
            const fired = await event;
            await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
            return fired;
          });
          if (thrown.length) fail(`thrown into the page: ${thrown.join('; ')}`);
          if (outcome.type === 'privacy-notice-error') {
            checkErrors(doc, outcome.detail.errors);
            if (el.shadowRoot!.querySelector('[part~="title"]')?.textContent !== title)
              fail('the policy shown before was replaced by a refused one');
            if (!el.shadowRoot!.querySelector('[role="alert"]')) fail('no error panel');
          }
        } finally {
          el.remove();
        }
      }),
  },
];
