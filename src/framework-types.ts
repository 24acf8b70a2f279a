/**
 * What the five elements take and fire, for the framework typings (react.ts, vue.ts): each framework only names
 * the events its own way. Types only.
 */
import type {
  ConsentChangeDetail,
  ConsentSnapshot,
  DiagnosticDetail,
  PolicyErrorDetail,
  PolicyLoadDetail,
  PrivacyPolicyDocument,
} from './index.js';

export type Handler<D> = (event: CustomEvent<D>) => void;
type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** What every element takes: the policy (`policy` wins over `src`) and where it sits in the page. */
export interface PolicyAttributes {
  /** The policy document; set as a property. */
  policy?: PrivacyPolicyDocument;
  /** URL of the policy JSON. */
  src?: string;
  'heading-level'?: Level | `${Level}`;
  'anchor-prefix'?: string;
  'language-switcher'?: boolean;
}

/** <privacy-notice> can start with the summary. */
export interface NoticeAttributes extends ConsentAttributes {
  summary?: boolean;
}

/** <privacy-summary> links to the page of the full notice. */
export interface SummaryAttributes extends PolicyAttributes {
  notice?: string;
}

/** The elements with consent switches also take the bridge's settings and the consent key. */
export interface ConsentAttributes extends PolicyAttributes {
  'bridge-name'?: string;
  'bridge-timeout'?: number | `${number}`;
  'consent-key'?: string;
}

/** Every element's events, by name, with their `detail`. */
export interface PolicyEvents {
  'privacy-notice-load': PolicyLoadDetail;
  'privacy-notice-error': PolicyErrorDetail;
  'privacy-notice-diagnostic': DiagnosticDetail;
}

/** The consent elements' events too. */
export interface ConsentEvents extends PolicyEvents {
  'privacy-notice-consent-ready': ConsentSnapshot;
  'privacy-notice-consent-change': ConsentChangeDetail;
}
