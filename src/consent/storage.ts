import type { NormalizedPolicy } from '../model/index.js';
import { makeRecord, readRecord, storageKey, type RecordReading, type StoredChoice } from './record.js';

/**
 * localStorage access that never throws: reading `window.localStorage` itself throws in sandboxed iframes and with
 * storage blocked, and writing throws in Safari's private mode and when the quota is full.
 */
export type StorageRead = RecordReading | { status: 'unavailable'; message: string };

export function readStored(policy: NormalizedPolicy, version: string, known: ReadonlySet<string>): StorageRead {
  const key = storageKey(policy.id);
  let text: string | null;
  try {
    text = window.localStorage.getItem(key);
  } catch (error) {
    return {
      status: 'unavailable',
      message: `Consent choices cannot be read or saved in this browser (${String(error)}); they last for this visit only.`,
    };
  }
  const reading = readRecord(text, policy.id, version, known);
  // A record written by a newer library stays for it; anything else that failed the checks is removed.
  if (reading.status === 'discarded' && reading.code !== 'consent-record-newer-format') {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Already reported as unreadable; nothing more to do.
    }
  }
  return reading;
}

/** Writes the choices; false when the browser refuses. */
export function writeStored(policy: NormalizedPolicy, version: string, choices: StoredChoice[]): boolean {
  try {
    window.localStorage.setItem(storageKey(policy.id), JSON.stringify(makeRecord(policy.id, version, choices)));
    return true;
  } catch {
    return false;
  }
}
