import type { NormalizedPolicy } from '../model/index.js';
import { policyHash } from '../model/hash.js';
import {
  makeRecord,
  readRecord,
  storageKey,
  type ChoiceMeaning,
  type RecordReading,
  type StoredChoice,
} from './record.js';

/**
 * localStorage access that never throws: reading `window.localStorage` itself throws in sandboxed iframes and with
 * storage blocked, and writing throws in Safari's private mode and when the quota is full.
 */
export type StorageRead = RecordReading | { status: 'unavailable'; message: string };

const KEPT: readonly string[] = ['consent-record-newer-format', 'consent-record-mismatch'];

function unavailable(error: unknown): StorageRead {
  return {
    status: 'unavailable',
    message: `Consent choices cannot be read or saved in this browser (${String(error)}); they last for this visit only.`,
  };
}

/**
 * Reads the record of the policy from `source` (its consent key or URL; "" for a policy given inline). A policy with
 * a source that has no record yet takes over the one an older library saved under the id alone, if it passes the
 * same checks; that record stays where it is, for whatever else on the origin may use it. `known`: what each choice
 * of the policy means (state.ts meaningsOf).
 */
export function readStored(
  policy: NormalizedPolicy,
  version: string,
  source: string,
  known: ReadonlyMap<string, ChoiceMeaning>,
): StorageRead {
  const key = storageKey(policy.id, source);
  const expected = { policyId: policy.id, policyVersion: version, source, known };
  let text: string | null;
  let legacy: string | null = null;
  try {
    text = window.localStorage.getItem(key);
    if (text === null && source) legacy = window.localStorage.getItem(storageKey(policy.id));
  } catch (error) {
    return unavailable(error);
  }
  if (legacy !== null) {
    const old = readRecord(legacy, { ...expected, source: '' });
    if ((old.status === 'current' || old.status === 'outdated') && old.record.source === undefined) return old;
  }
  const reading = readRecord(text, expected);
  // A record written by a newer library stays for it, as does one of another policy with the same id; anything else
  // that failed the checks is removed.
  if (reading.status === 'discarded' && !KEPT.includes(reading.code)) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Already reported as unreadable; nothing more to do.
    }
  }
  return reading;
}

/** Writes the choices of the policy from `source`; false when the browser refuses. */
export function writeStored(
  policy: NormalizedPolicy,
  version: string,
  source: string,
  choices: StoredChoice[],
): boolean {
  try {
    const record = makeRecord(policy.id, source, version, policyHash(policy.document), choices);
    window.localStorage.setItem(storageKey(policy.id, source), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}
