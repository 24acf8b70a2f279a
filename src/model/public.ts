// The model without the code that explains a broken policy (see quick.ts and eager.ts): what the script-tag bundle
// exports, so a page that only shows good policies never downloads ajv's compiled schema.
export type * from './policy.generated.js';
export { SCHEMA_VERSION, checkVersion } from './version.js';
export type { LoadResult, ValidateOptions } from './validate.js';
export { lineColumn, DEFAULT_MAX_BYTES, type ParseResult } from './parse.js';
export { MAX_DEPTH, MAX_ITEMS, MAX_STRING_LENGTH, MAX_VALUES } from './guard.js';
export { MAX_TABLE_CELLS } from './table-cells.js';
export {
  normalize,
  legalBasisDetail,
  type NormalizedPolicy,
  type ResolvedPurpose,
  type ResolvedActivity,
  type ResolvedCookieCategory,
  type LegalBasisDetail,
  type ResolvedDataCategory,
  type ResolvedRetentionRule,
  type ResolvedTransfer,
  type ResolvedPermission,
} from './normalize.js';
export {
  PART_ORDER,
  hasPart,
  type PartName,
  type PartPlacement,
  type ResolvedSection,
  type PlacedParts,
} from './sections.js';
export type { ResolvedRight, ResolvedChannel } from './rights.js';
export { pointerToPath, pointerTokens, toPointer, type PolicyProblem, type Severity } from './problems.js';
export { pickLanguage, localize, type Localized } from './localize.js';
export { LANGUAGE_NEUTRAL, NOT_LANGUAGES } from './neutral.js';
export { canonicalPolicy, policyHash } from './hash.js';
export { LIBRARY_VERSION } from './library-version.generated.js';
export type { PolicyChange, PolicyChanges } from './diff.js';
