// Shared by the view tests (node) and the template tests (browser): a policy validated, and the reader a notice in
// a language would have.
import { loadUi, uiLocaleFor } from '../src/i18n/ui.js';
import { pickLanguage, validatePolicy, type NormalizedPolicy } from '../src/model/index.js';
import type { Reader } from '../src/view/index.js';

export type ReferencePolicy = 'cr-smart-home' | 'd-home-smaart' | 'smartbt' | 'smarti' | 'softathome';
export const REFERENCE: ReferencePolicy[] = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];

/** The smallest valid policy of the current schema, for tests that add the one part they are about. */
export const MINIMAL = {
  schemaVersion: '1.2.0',
  id: 'minimal',
  defaultLanguage: 'en',
  title: 'Privacy policy',
  controller: { name: 'Example Ltd', email: 'privacy@example.com' },
} as const;

/** A document validated and normalized; throws when it is not valid. */
export function normalized(doc: unknown): NormalizedPolicy {
  const result = validatePolicy(doc);
  if (result.ok) return result.policy;
  throw new Error(
    result.errors
      .slice(0, 3)
      .map((e) => `${e.pointer} ${e.message}`)
      .join('; '),
  );
}

/** The reader a notice would have in `lang`: the policy's best language for them and the UI strings that follow it. */
export async function readerOf(policy: NormalizedPolicy, lang = 'en', extra: Partial<Reader> = {}): Promise<Reader> {
  const shown = pickLanguage([lang], policy.languages, policy.defaultLanguage);
  return { lang: shown, ui: await loadUi(shown, { locale: uiLocaleFor([shown, lang]) }), anchorPrefix: '', ...extra };
}
