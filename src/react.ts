/**
 * JSX typings for React 19: the five elements as intrinsic elements, so `<privacy-notice policy={doc} />` is
 * type-checked, `ref` gets the element class (its methods: getConsent, focusRight, ready...), `policy` is the
 * policy document's type, and each event is an `on<event-name>` prop (React 19 listens to custom element events
 * by their exact name). Types only: `import type {} from 'privacy-notice/react';` once in the app.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ConsentChangeDetail,
  ConsentSnapshot,
  DiagnosticDetail,
  PolicyErrorDetail,
  PolicyLoadDetail,
  PrivacyChoicesElement,
  PrivacyCookiesElement,
  PrivacyNoticeElement,
  PrivacyPermissionsElement,
  PrivacyPolicyDocument,
  PrivacyRightsElement,
} from './index.js';

type Handler<D> = (event: CustomEvent<D>) => void;
type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** What every element takes: the policy (`policy` wins over `src`), where it sits in the page, its events. */
export interface PolicyElementProps<E> extends DetailedHTMLProps<HTMLAttributes<E>, E> {
  /** The policy document; set as a property. */
  policy?: PrivacyPolicyDocument;
  /** URL of the policy JSON. */
  src?: string;
  'heading-level'?: Level | `${Level}`;
  'anchor-prefix'?: string;
  'language-switcher'?: boolean;
  'onprivacy-notice-load'?: Handler<PolicyLoadDetail>;
  'onprivacy-notice-error'?: Handler<PolicyErrorDetail>;
  'onprivacy-notice-diagnostic'?: Handler<DiagnosticDetail>;
}

/** The elements with consent switches also take the bridge's settings and the consent key, and fire consent events. */
export interface ConsentElementProps<E> extends PolicyElementProps<E> {
  'bridge-name'?: string;
  'bridge-timeout'?: number | `${number}`;
  'consent-key'?: string;
  'onprivacy-notice-consent-ready'?: Handler<ConsentSnapshot>;
  'onprivacy-notice-consent-change'?: Handler<ConsentChangeDetail>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'privacy-notice': ConsentElementProps<PrivacyNoticeElement>;
      'privacy-choices': ConsentElementProps<PrivacyChoicesElement>;
      'privacy-cookies': ConsentElementProps<PrivacyCookiesElement>;
      'privacy-permissions': ConsentElementProps<PrivacyPermissionsElement>;
      'privacy-rights': PolicyElementProps<PrivacyRightsElement>;
    }
  }
}
