import type { PrivacyPolicyDocument } from './policy.generated.js';

// Apart from version.ts (the schema version check, with its problems): the consent chunk needs only this, and Rolldown
// splits a module that the entry and two chunks share into a file of its own (rolldown/rolldown#10731), which every
// page would then load.

/** Which version of a policy a document is: its `version`, else `lastUpdated`, else `effectiveDate`. */
export function versionOf(doc: PrivacyPolicyDocument): string {
  return doc.version ?? doc.lastUpdated ?? doc.effectiveDate ?? '';
}
