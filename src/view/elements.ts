import type { NormalizedPolicy } from '../model/index.js';
import {
  buildChoicesView,
  buildPartView,
  buildSummaryView,
  noticeBuild,
  wholeBuild,
  type ViewBuild,
} from './screen.js';
import type { ScreenView } from './types.js';
import type { Reader } from './words.js';

/**
 * What each element of the library shows of a policy, by its tag: the one place that says it, for the element in
 * the browser and for the server that pre-renders it (src/ssr/), so that both build the same view.
 */
export const ELEMENT_VIEWS = {
  'privacy-notice': noticeBuild,
  'privacy-rights': (policy, reader, previous) => wholeBuild(buildPartView(policy, reader, 'rights'), previous),
  'privacy-cookies': (policy, reader, previous) => wholeBuild(buildPartView(policy, reader, 'cookies'), previous),
  'privacy-permissions': (policy, reader, previous) =>
    wholeBuild(buildPartView(policy, reader, 'permissions'), previous),
  'privacy-choices': (policy, reader, previous) => wholeBuild(buildChoicesView(policy, reader), previous),
  'privacy-summary': (policy, reader, previous) => wholeBuild(buildSummaryView(policy, reader), previous),
} satisfies Record<string, (policy: NormalizedPolicy, reader: Reader, previous?: ScreenView) => ViewBuild>;

/** The tag of an element of the library. */
export type ElementTag = keyof typeof ELEMENT_VIEWS;

/** The elements whose readers make choices (they show switches). */
export const CONSENT_TAGS: readonly ElementTag[] = [
  'privacy-notice',
  'privacy-cookies',
  'privacy-permissions',
  'privacy-choices',
];
