/**
 * Vue 3 typings: the five elements as global components, so templates checked by vue-tsc (Volar) know their
 * attributes, `policy` as the policy document's type and each event's `detail`. Types only:
 * `import type {} from 'privacy-notice/vue';` once in the app. Vue still needs to be told that the tags are custom
 * elements (`compilerOptions.isCustomElement`).
 */
import type { DefineComponent } from 'vue';
import type {
  ConsentAttributes,
  ConsentEvents,
  Handler,
  NoticeAttributes,
  PolicyAttributes,
  PolicyEvents,
  SummaryAttributes,
} from './framework-types.js';

/** `privacy-notice-load` -> `privacyNoticeLoad`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/**
 * A template's `@privacy-notice-load` is the prop `onPrivacyNoticeLoad`, which Vue listens to as
 * `privacy-notice-load`.
 */
type VueEvents<E> = { [K in keyof E & string as `on${Capitalize<Camel<K>>}`]?: Handler<E[K]> };

export type PolicyElementAttributes = PolicyAttributes & { lang?: string } & VueEvents<PolicyEvents>;
export type ConsentElementAttributes = ConsentAttributes & { lang?: string } & VueEvents<ConsentEvents>;

declare module 'vue' {
  interface GlobalComponents {
    'privacy-notice': DefineComponent<ConsentElementAttributes & NoticeAttributes>;
    'privacy-choices': DefineComponent<ConsentElementAttributes>;
    'privacy-cookies': DefineComponent<ConsentElementAttributes>;
    'privacy-permissions': DefineComponent<ConsentElementAttributes>;
    'privacy-rights': DefineComponent<PolicyElementAttributes>;
    'privacy-summary': DefineComponent<PolicyElementAttributes & SummaryAttributes>;
  }
}
