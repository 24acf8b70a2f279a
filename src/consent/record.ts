/**
 * The versioned record of a reader's choices in localStorage, one per policy id and source: what is written, and
 * the checks a record must pass before any of it is believed (storage is shared with every script and every other
 * policy of the origin, and readers or extensions can edit it).
 */
export const RECORD_FORMAT = 1;
/** Far above any real record (a few hundred bytes per choice); longer ones are not parsed at all. */
export const MAX_RECORD_LENGTH = 32_768;

/**
 * What a choice is about beyond its id, so that another policy reusing the id for something else does not match:
 * its label in the policy's default language and its type (a cookie category's kind, a purpose's uses).
 */
export interface ChoiceMeaning {
  label: string;
  type: string;
}

export interface StoredChoice extends Partial<ChoiceMeaning> {
  id: string;
  kind: 'purpose' | 'cookie-category';
  granted: boolean;
  /** When it was chosen, ms since the epoch. */
  at: number;
}

export interface ConsentRecord {
  format: typeof RECORD_FORMAT;
  policyId: string;
  /**
   * Where the policy came from: the `consent-key` the site set, else the URL it was loaded from, else "" (a policy
   * given inline). Absent in records written before version 1.2 of the library.
   */
  source?: string;
  policyVersion: string;
  /**
   * The SHA-256 of the canonical policy text the choices were made under (`sha256:…`, see model/hash.ts): proof of
   * what the reader was shown. Absent in records written before version 1.3 of the library.
   */
  policyHash?: string;
  savedAt: number;
  choices: StoredChoice[];
}

export type RecordProblem =
  | 'consent-record-oversized'
  | 'consent-record-invalid'
  | 'consent-record-old-format'
  | 'consent-record-newer-format'
  | 'consent-record-mismatch';

export type RecordReading =
  | { status: 'none' }
  | { status: 'current' | 'outdated'; record: ConsentRecord }
  | { status: 'discarded'; code: RecordProblem; message: string };

/** The record's localStorage key: the policy id, and its source when there is one. */
export function storageKey(policyId: string, source = ''): string {
  return `privacy-notice:consent:${policyId}${source ? `@${source}` : ''}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isStoredChoice(v: unknown): v is StoredChoice {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    (v.kind === 'purpose' || v.kind === 'cookie-category') &&
    typeof v.granted === 'boolean' &&
    isTime(v.at) &&
    (v.label === undefined || typeof v.label === 'string') &&
    (v.type === undefined || typeof v.type === 'string')
  );
}

/** What the record is read for: the policy's id, version and source, and what each of its choices means. */
export interface RecordExpectation {
  policyId: string;
  policyVersion: string;
  source: string;
  /** By choice key ("purpose:marketing"). */
  known: ReadonlyMap<string, ChoiceMeaning>;
}

/** The first difference between a stored choice's meaning and the policy's, in words; undefined when they agree. */
function differs(stored: StoredChoice, meaning: ChoiceMeaning): string | undefined {
  const what = `${stored.kind} "${stored.id}"`;
  if (stored.label !== undefined && stored.label !== meaning.label)
    return `was saved for ${what} labelled ${JSON.stringify(stored.label)}, which this policy labels ${JSON.stringify(meaning.label)}`;
  if (stored.type !== undefined && stored.type !== meaning.type)
    return `was saved for ${what} of type ${JSON.stringify(stored.type)}, which this policy gives type ${JSON.stringify(meaning.type)}`;
  return undefined;
}

/**
 * Reads a stored record for a policy. A current record naming a choice the policy does not offer is treated as
 * tampered; one whose choices mean something else (another label or type), or saved for another source, belongs to
 * another policy with the same id. Never throws.
 */
export function readRecord(text: string | null, expected: RecordExpectation): RecordReading {
  const { policyId, policyVersion, source, known } = expected;
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
    (value.policyHash !== undefined && typeof value.policyHash !== 'string') ||
    !isTime(value.savedAt) ||
    !Array.isArray(value.choices) ||
    !value.choices.every(isStoredChoice)
  ) {
    return discard('consent-record-invalid', 'does not have the expected fields');
  }
  if (value.source !== undefined && value.source !== source)
    return discard(
      'consent-record-mismatch',
      `was saved for the policy from ${JSON.stringify(value.source)}, not ${JSON.stringify(source)}`,
    );
  const record = value as unknown as ConsentRecord;
  if (record.policyVersion !== policyVersion) return { status: 'outdated', record };
  for (const choice of record.choices) {
    const meaning = known.get(`${choice.kind}:${choice.id}`);
    if (!meaning)
      return discard(
        'consent-record-invalid',
        `has a choice this policy does not offer (${choice.kind} "${choice.id}")`,
      );
    const difference = differs(choice, meaning);
    if (difference) return discard('consent-record-mismatch', difference);
  }
  return { status: 'current', record };
}

export function makeRecord(
  policyId: string,
  source: string,
  policyVersion: string,
  policyHash: string,
  choices: StoredChoice[],
  now = Date.now(),
): ConsentRecord {
  return { format: RECORD_FORMAT, policyId, source, policyVersion, policyHash, savedAt: now, choices };
}
