/**
 * The native-app bridge protocol, version 1 (schemas/bridge.schema.json documents every message; the page checks
 * what it receives against that same schema).
 */
export const BRIDGE = 'privacy-notice';
export const BRIDGE_VERSION = 1;

export type PermissionState = 'granted' | 'denied' | 'unknown';
/** What a choice the page holds is about: a consent purpose or a cookie category (the app owns permissions). */
export type ChoiceKind = 'purpose' | 'cookie-category';
/** Where a choice's value came from (the page's words for it). */
export type ChoiceSource = 'user' | 'gpc' | 'native' | 'restored' | 'default';
/** A choice as the protocol carries it. */
export interface WireChoice {
  id: string;
  kind: ChoiceKind | 'permission';
  granted: boolean;
  source: ChoiceSource;
}
export interface Envelope<T extends string> {
  bridge: typeof BRIDGE;
  version: typeof BRIDGE_VERSION;
  type: T;
}

export interface PermissionStateMessage extends Envelope<'permission-state'> {
  permissions: Array<{ id: string; state: PermissionState }>;
  choices?: Array<{ id: string; kind: ChoiceKind; granted: boolean }>;
}
export interface PermissionResultMessage extends Envelope<'permission-result'> {
  requestId: string;
  id: string;
  state: 'granted' | 'denied';
  reason?: string;
}
export type AppMessage = PermissionStateMessage | PermissionResultMessage;

export interface HelloMessage extends Envelope<'hello'> {
  policy: { id: string; version: string };
  permissions: Array<{ id: string; permission: string; platforms?: string[] }>;
  choices: Array<{ id: string; kind: ChoiceKind; granted: boolean; source: ChoiceSource }>;
}
export interface SetPermissionMessage extends Envelope<'set-permission'> {
  requestId: string;
  id: string;
  permission: string;
  granted: boolean;
}
export interface ConsentChangeMessage extends Envelope<'consent-change'> {
  id: string;
  kind: ChoiceKind;
  granted: boolean;
  source: ChoiceSource;
}
export type PageMessage = HelloMessage | SetPermissionMessage | ConsentChangeMessage;

type Body<M> = M extends Envelope<infer T> ? Omit<M, 'bridge' | 'version' | 'type'> & { type: T } : never;

/** A page message with its envelope. */
export function pageMessage(body: Body<PageMessage>): PageMessage {
  return { bridge: BRIDGE, version: BRIDGE_VERSION, ...body } as PageMessage;
}

/** The consent choices a hello carries: purposes and cookie categories (the app is the one that knows permissions). */
export function helloChoices(choices: readonly WireChoice[]): HelloMessage['choices'] {
  return choices.flatMap((c) =>
    c.kind === 'permission' ? [] : [{ id: c.id, kind: c.kind, granted: c.granted, source: c.source }],
  );
}
