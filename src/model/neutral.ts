/**
 * Text fields whose words have no language: names of organizations, people, services and brands, legal forms and
 * registers, postal addresses. A plain string in one of them is not in the document's default language, so it is
 * shown without a `lang` of its own and never makes a translation "missing". Named as `<$defs entry>.<property>`
 * of the schema; the view and the lint's missing-translation check both read this one list.
 */
export const LANGUAGE_NEUTRAL: ReadonlySet<string> = new Set([
  'Organization.name',
  'Organization.tradingName',
  'Organization.legalForm',
  'Organization.register',
  'Contact.name',
  'Authority.name',
  'Address.lines',
  'Service.name',
  'Cookie.provider',
]);

/** Language tags that name no language ("undetermined", "no linguistic content"): a policy is never written in them. */
export const NOT_LANGUAGES: ReadonlySet<string> = new Set(['und', 'zxx']);
