export type * from './policy.generated.js';
export { SCHEMA_VERSION, checkVersion } from './version.js';
export { validatePolicy, type LoadResult } from './validate.js';
export { parsePolicyText, lineColumn, DEFAULT_MAX_BYTES, type ParseResult } from './parse.js';
export { normalize, legalBasisDetail, type NormalizedPolicy, type ResolvedPurpose, type ResolvedActivity, type ResolvedCookieCategory, type LegalBasisDetail } from './normalize.js';
export { PART_ORDER, hasPart, type PartName, type PartPlacement, type ResolvedSection, type PlacedParts } from './sections.js';
export type { ResolvedRight, ResolvedChannel } from './rights.js';
export { pointerToPath, pointerTokens, toPointer, type PolicyProblem, type Severity } from './problems.js';
export { pickLanguage, localize, type Localized } from './localize.js';
