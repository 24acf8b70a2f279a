/**
 * The versioned record of a reader's choices in localStorage, one per policy id: what is written, and the checks a
 * record must pass before any of it is believed (storage is shared with every script of the origin, and readers or
 * extensions can edit it).
 */
export const RECORD_FORMAT = 1;
/** Far above any real record (a few hundred bytes per choice); longer ones are not parsed at all. */
export const MAX_RECORD_LENGTH = 32_768;

export interface StoredChoice {
  id: string;
  kind: 'purpose' | 'cookie-category';
  granted: boolean;
  /** When it was chosen, ms since the epoch. */
  at: number;
}

export interface ConsentRecord {
  format: typeof RECORD_FORMAT;
  policyId: string;
  policyVersion: string;
  savedAt: number;
  choices: StoredChoice[];
}

export type RecordProblem =
  'consent-record-oversized' | 'consent-record-invalid' | 'consent-record-old-format' | 'consent-record-newer-format';

export type RecordReading =
  | { status: 'none' }
  | { status: 'current' | 'outdated'; record: ConsentRecord }
  | { status: 'discarded'; code: RecordProblem; message: string };

export function storageKey(policyId: string): string {
  return `privacy-notice:consent:${policyId}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isStoredChoice(v: unknown): v is StoredChoice {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    (v.kind === 'purpose' || v.kind === 'cookie-category') &&
    typeof v.granted === 'boolean' &&
    isTime(v.at)
  );
}

/**
 * Reads a stored record for a policy. `known` holds the choice keys ("purpose:marketing") of the current version:
 * a current record naming any other is treated as tampered. Never throws.
 */
export function readRecord(
  text: string | null,
  policyId: string,
  policyVersion: string,
  known: ReadonlySet<string>,
): RecordReading {
  if (text === null) return { status: 'none' };
  const discard = (code: RecordProblem, why: string): RecordReading => ({
    status: 'discarded',
    code,
    message: `The saved consent record for "${policyId}" ${why}; it is ignored.`,
  });
  if (text.length > MAX_RECORD_LENGTH)
    return discard('consent-record-oversized', `is ${text.length} characters long, more than ${MAX_RECORD_LENGTH}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return discard('consent-record-invalid', 'is not JSON');
  }
  if (!isObject(value)) return discard('consent-record-invalid', 'is not an object');
  if (typeof value.format !== 'number' || value.format < RECORD_FORMAT)
    return discard('consent-record-old-format', `has an older format (${String(value.format)}) than ${RECORD_FORMAT}`);
  if (value.format > RECORD_FORMAT)
    return discard(
      'consent-record-newer-format',
      `has format ${value.format}, newer than this library reads (${RECORD_FORMAT})`,
    );
  if (value.policyId !== policyId)
    return discard('consent-record-invalid', `names another policy (${JSON.stringify(value.policyId)})`);
  if (
    typeof value.policyVersion !== 'string' ||
    !isTime(value.savedAt) ||
    !Array.isArray(value.choices) ||
    !value.choices.every(isStoredChoice)
  ) {
    return discard('consent-record-invalid', 'does not have the expected fields');
  }
  const record = value as unknown as ConsentRecord;
  if (record.policyVersion !== policyVersion) return { status: 'outdated', record };
  const unknown = record.choices.find((c) => !known.has(`${c.kind}:${c.id}`));
  if (unknown)
    return discard(
      'consent-record-invalid',
      `has a choice this policy does not offer (${unknown.kind} "${unknown.id}")`,
    );
  return { status: 'current', record };
}

export function makeRecord(
  policyId: string,
  policyVersion: string,
  choices: StoredChoice[],
  now = Date.now(),
): ConsentRecord {
  return { format: RECORD_FORMAT, policyId, policyVersion, savedAt: now, choices };
}
