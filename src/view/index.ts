// The view stage: a normalized policy and a reader -> plain data saying exactly what a notice shows (types.ts).
export type * from './types.js';
export {
  buildChoicesView,
  buildLanguageSwitcher,
  buildNoticeView,
  buildPartView,
  buildSummaryView,
  buildScreen,
  noticeBuild,
  wholeBuild,
  type ViewBuild,
  type LanguageSwitcherView,
} from './screen.js';
export { buildErrors, type ErrorsView } from './errors.js';
export { changeEntries, type ChangeEntry, type ChangesView } from './changes.js';
export { bulkText, noteText } from './choices.js';
export { trimView, anchorLimits } from './trim.js';
export { keepSame } from './share.js';
export { itemCount, ONE_PASS, FIRST_SCREEN } from './weights.js';
export { Words, type Reader } from './words.js';
export { ELEMENT_VIEWS, CONSENT_TAGS, type ElementTag } from './elements.js';
export { loadMarkdownParser, needsMarkdownParser } from './markdown/index.js';
