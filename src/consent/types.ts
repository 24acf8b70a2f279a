/** What a choice is about: a consent purpose, a cookie category, or an app's OS permission. */
export type ConsentKind = 'purpose' | 'cookie-category' | 'permission';

/**
 * Where a choice's current value came from: the reader, the browser's Global Privacy Control, the host app (through
 * the bridge), this browser's storage, or the policy's default.
 */
export type ConsentSource = 'user' | 'gpc' | 'native' | 'restored' | 'default';

/** One choice as the notice holds it. */
export interface ConsentChoice {
  id: string;
  kind: ConsentKind;
  granted: boolean;
  source: ConsentSource;
  /** Strictly necessary cookie categories: always on, never switched off. */
  locked: boolean;
  /** When the reader or the app made this choice (ms since the epoch); absent for defaults and GPC. */
  at?: number;
}

/** What `getConsent()` returns and the ready event carries. */
export interface ConsentSnapshot {
  policyId: string;
  /** The policy version the choices belong to (its `version`, else `lastUpdated`, else `effectiveDate`). */
  policyVersion: string;
  /** The SHA-256 of the canonical text of the policy shown (`sha256:…`): what the choices were made under. */
  policyHash: string;
  /** Whether choices are written to this browser's storage (false when storage is unavailable or throws). */
  persisted: boolean;
  /** The reader chose under an earlier policy version; those choices no longer apply and are asked again. */
  outdated: boolean;
  /** The browser sends Global Privacy Control. */
  gpc: boolean;
  /** The host app's platform when a native bridge is present. */
  bridge: 'ios' | 'android' | 'react-native' | null;
  /** Purposes and cookie categories, then the permissions the app has reported. */
  choices: ConsentChoice[];
}

/** The key of a choice in maps and storage: kind and id, since a purpose and a permission may share an id. */
export function choiceKey(kind: ConsentKind, id: string): string {
  return `${kind}:${id}`;
}
