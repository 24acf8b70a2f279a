/**
 * The payload x field matrix, in renders. Free-text fields accept any string, so one render carries many payloads,
 * each in its own field of that kind (a policy has dozens of titles). Fields with a format (ids, emails, URLs)
 * would refuse the whole document for one bad value and hide a payload that passes, so each payload gets a render
 * of its own, in every field of that kind at once.
 */
import { FIELD_KINDS, inject, stringSlots, type FieldKind, type Slot } from './fields.js';
import { PAYLOADS, type Payload } from './payloads.js';

export const REFERENCE_POLICIES = ['smarti', 'smartbt', 'cr-smart-home', 'softathome', 'd-home-smaart'] as const;

/** Kinds whose fields accept any non-empty text: a payload there must be shown, never refused. */
export const FREE_TEXT_KINDS: ReadonlySet<FieldKind> = new Set([
  'markdown',
  'title',
  'name',
  'text',
  'translation',
  'path',
  'cookie-name',
]);

export interface Placement {
  payload: Payload;
  pointer: string;
  /** The field is Markdown: shown formatted, so its text need not appear as written. */
  markdown?: true;
}

/** One render: a reference policy with payloads placed in fields of one kind. */
export interface Batch {
  kind: FieldKind;
  policy: string;
  /** The language to show the notice in (a translation is only shown in its own language). */
  lang?: string;
  placements: Placement[];
}

type Docs = Record<string, Record<string, unknown>>;
interface Target {
  policy: string;
  fields: Slot[];
  lang?: string;
}

function targetsByKind(schema: object, docs: Docs): Map<FieldKind, Target[]> {
  const targets = new Map<FieldKind, Target[]>();
  for (const [policy, doc] of Object.entries(docs)) {
    const slots = stringSlots(schema, doc);
    for (const kind of FIELD_KINDS) {
      const ofKind = slots.filter((s) => s.kind === kind);
      if (ofKind.length === 0) continue;
      const lang = ofKind[0]!.lang;
      const fields = ofKind.filter((s) => s.lang === lang);
      targets.set(kind, [...(targets.get(kind) ?? []), { policy, fields, ...(lang ? { lang } : {}) }]);
    }
  }
  return targets;
}

function place(payload: Payload, slot: Slot): Placement {
  return { payload, pointer: slot.pointer, ...(slot.markdown ? { markdown: true as const } : {}) };
}

/** Payloads dealt over the fields of `targets` in turn, as few renders as the fields allow. */
function deal(kind: FieldKind, targets: Target[], payloads: readonly Payload[]): Batch[] {
  const fields = targets.flatMap((target) => target.fields.map((slot) => ({ target, slot })));
  const batches = new Map<string, Batch>();
  payloads.forEach((payload, i) => {
    const { target, slot } = fields[i % fields.length]!;
    const key = `${target.policy}#${Math.floor(i / fields.length)}`;
    if (!batches.has(key))
      batches.set(key, { kind, policy: target.policy, ...(target.lang ? { lang: target.lang } : {}), placements: [] });
    batches.get(key)!.placements.push(place(payload, slot));
  });
  return [...batches.values()];
}

/**
 * Renders covering every payload in every kind of field. `everyPolicy` covers every payload in every kind of every
 * reference policy that has it (the scorecard's full matrix); otherwise each payload meets each kind once, the
 * payloads spread over the five policies (the browser test).
 */
export function buildBatches(schema: object, docs: Docs, everyPolicy = false): Batch[] {
  const batches: Batch[] = [];
  for (const [kind, targets] of targetsByKind(schema, docs)) {
    if (FREE_TEXT_KINDS.has(kind)) {
      for (const group of everyPolicy ? targets.map((t) => [t]) : [targets])
        batches.push(...deal(kind, group, PAYLOADS));
      continue;
    }
    PAYLOADS.forEach((payload, i) => {
      for (const t of everyPolicy ? targets : [targets[i % targets.length]!]) {
        batches.push({
          kind,
          policy: t.policy,
          ...(t.lang ? { lang: t.lang } : {}),
          placements: t.fields.map((slot) => place(payload, slot)),
        });
      }
    });
  }
  return batches;
}

/** The payload x field combinations a batch covers: each distinct payload in that kind of field of that policy. */
export function combinations(batch: Batch): number {
  return new Set(batch.placements.map((p) => p.payload.id)).size;
}

/** The batch's policy as JSON text, payloads in place. */
export function batchJson(batch: Batch, docs: Docs): string {
  return JSON.stringify(
    inject(
      docs[batch.policy]!,
      batch.placements.map((p) => [p.pointer, p.payload.text] as const),
    ),
  );
}

/** One batch per distinct payload of `batch`, to tell which payload caused a problem. */
export function split(batch: Batch): Batch[] {
  const ids = [...new Set(batch.placements.map((p) => p.payload.id))];
  return ids.map((id) => ({ ...batch, placements: batch.placements.filter((p) => p.payload.id === id) }));
}
