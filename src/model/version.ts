import { problem, type PolicyProblem } from './problems.js';

/** The schema version this library reads. Documents of the same major version and this minor or lower are current. */
export const SCHEMA_VERSION = '1.2.0';

export interface VersionCheck {
  /** A refusal, when the document's major version is not one this library reads. */
  problem?: PolicyProblem;
  /** The document comes from a newer minor version: unknown fields are expected and only warned about. */
  newerMinor: boolean;
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** Compares the document's `schemaVersion` with {@link SCHEMA_VERSION}; a missing or malformed one is the schema's job. */
export function checkVersion(document: unknown): VersionCheck {
  const declared = (document as { schemaVersion?: unknown } | null)?.schemaVersion;
  const match = typeof declared === 'string' ? SEMVER.exec(declared) : null;
  if (!match) return { newerMinor: false };
  const [, major, minor] = SEMVER.exec(SCHEMA_VERSION)!.map(Number);
  const [docMajor, docMinor] = [Number(match[1]), Number(match[2])];
  if (docMajor !== major) {
    const hint =
      docMajor > major! ? 'Upgrade privacy-notice to read it.' : 'Update the document to the current schema.';
    return {
      newerMinor: false,
      problem: problem(
        '/schemaVersion',
        'unsupported-version',
        `is ${declared}, but this version of privacy-notice reads schema version ${major}.x (${SCHEMA_VERSION}). ${hint}`,
      ),
    };
  }
  return { newerMinor: docMinor > minor! };
}
