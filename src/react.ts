/**
 * JSX typings for React 19: the five elements as intrinsic elements, so `<privacy-notice policy={doc} />` is
 * type-checked, `ref` gets the element class (its methods: getConsent, focusRight, ready...), `policy` is the
 * policy document's type, and each event is an `on<event-name>` prop (React 19 listens to custom element events
 * by their exact name). Types only: `import type {} from 'privacy-notice/react';` once in the app.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ConsentAttributes,
  ConsentEvents,
  Handler,
  NoticeAttributes,
  PolicyAttributes,
  PolicyEvents,
  SummaryAttributes,
} from './framework-types.js';
import type {
  PrivacyChoicesElement,
  PrivacyCookiesElement,
  PrivacyNoticeElement,
  PrivacyPermissionsElement,
  PrivacyRightsElement,
  PrivacySummaryElement,
} from './index.js';

/** `privacy-notice-load` -> the prop `onprivacy-notice-load`. */
type ReactEvents<E> = { [K in keyof E & string as `on${K}`]?: Handler<E[K]> };

export type PolicyElementProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  PolicyAttributes &
  ReactEvents<PolicyEvents>;
export type ConsentElementProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  ConsentAttributes &
  ReactEvents<ConsentEvents>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'privacy-notice': ConsentElementProps<PrivacyNoticeElement> & NoticeAttributes;
      'privacy-choices': ConsentElementProps<PrivacyChoicesElement>;
      'privacy-cookies': ConsentElementProps<PrivacyCookiesElement>;
      'privacy-permissions': ConsentElementProps<PrivacyPermissionsElement>;
      'privacy-rights': PolicyElementProps<PrivacyRightsElement>;
      'privacy-summary': PolicyElementProps<PrivacySummaryElement> & SummaryAttributes;
    }
  }
}
