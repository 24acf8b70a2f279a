/** Every element the library registers, by tag: what the package and the manifest must each hold, no more. */
export const TAGS = [
  'privacy-notice',
  'privacy-rights',
  'privacy-cookies',
  'privacy-permissions',
  'privacy-choices',
  'privacy-summary',
] as const;
