import { pointerTokens, problem, type PolicyProblem, type RawError } from './problems.js';
import { fieldNamesAt } from './schema-fields.js';
import { names } from './schema-names.generated.js';

/** What a value of each schema definition should look like, for messages. */
const EXPECTED: Record<string, string> = {
  Text: 'must be text, or a map of language tags to text (e.g. {"en": "...", "fr": "..."})',
  Duration: 'must be an ISO 8601 duration such as "P30D", "session", or {"amount": 15, "unit": "business-day"}',
  LegalBasis: 'must be a legal basis such as "consent" or "contract", or an object with a "basis"',
  LegalBasisId:
    'must be a legal basis: "consent", "explicit-consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests" or "other"',
  IdRef: "is not a valid id: use lower-case letters, digits and single hyphens, e.g. 'identity-data'",
  LanguageTag: "is not a BCP 47 language tag such as 'en', 'fr' or 'pt-BR'",
  CountryCode: "is not an ISO 3166-1 alpha-2 country code such as 'FR' (or 'EEA', 'EU', 'WORLDWIDE')",
  Phone: "is not a phone number such as '+33 1 23 45 67 89'",
  Url: 'must be an absolute URL starting with https:, http:, mailto: or tel:',
  SchemaVersion: "must be a version written MAJOR.MINOR.PATCH, e.g. '1.0.0'",
  RightId:
    'is not a right in the catalog (access, erasure, portability...); for a right of your own set "custom": true and a "title"',
  PartName: 'is not a part a section can include (rights, cookies, permissions, processing...)',
  Inclusion:
    'must be a part name such as "rights", or {"part": "data-categories", "ids": [...]} to show some of its items',
};

const FORMATS: Record<string, string> = {
  email: 'is not an email address',
  uri: 'is not an absolute URL',
  date: 'is not a valid date written YYYY-MM-DD',
};

/** The definition a pattern or enum error comes from, when the schema names it. */
function definitionOf(error: RawError): string | undefined {
  if (error.keyword === 'pattern') return names.patterns[String(error.params.pattern)];
  if (error.keyword === 'enum') return names.enums[JSON.stringify(error.params.allowedValues)];
  return undefined;
}

/** What a `oneOf` value should have been, judged by what its alternatives complained about. */
function expectedFromAlternatives(alternatives: RawError[]): string {
  const definitions = alternatives.map(definitionOf);
  // A Duration of the wrong type fails no pattern, but its "session" alternative names it.
  if (
    definitions.includes('Duration') ||
    alternatives.some((e) => e.keyword === 'const' && e.params.allowedValue === 'session')
  )
    return EXPECTED.Duration!;
  if (definitions.includes('LegalBasisId')) return EXPECTED.LegalBasis!;
  if (definitions.includes('PartName')) return EXPECTED.Inclusion!;
  return EXPECTED.Text!;
}

function childPointer(parent: string, key: string): string {
  return `${parent}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Every allowed value: a list cut short hides the one the author was looking for. */
function listOf(values: unknown): string {
  const items = (Array.isArray(values) ? values : []).map((v) => JSON.stringify(v));
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items.join('');
}

/** The value at a JSON Pointer of the document, when there is one. */
function valueAt(document: unknown, pointer: string): unknown {
  let value = document;
  for (const token of pointerTokens(pointer)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

/** Edit distance (insert, delete, substitute), for short strings only. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Words authors use for a value the schema names otherwise; spelling distance cannot find these ("gps" is nearer
 * to "sms" than to "location").
 */
const SYNONYMS: Record<string, string> = {
  gps: 'location',
  geolocation: 'location',
  'location-services': 'location',
  'fine-location': 'precise-location',
  'coarse-location': 'location',
  mic: 'microphone',
  audio: 'microphone',
  gallery: 'photos',
  'photo-library': 'photos',
  'media-library': 'photos',
  push: 'notifications',
  'push-notifications': 'notifications',
  bt: 'bluetooth',
  ble: 'bluetooth',
  'wi-fi': 'wifi',
  'address-book': 'contacts',
  'legitimate-interest': 'legitimate-interests',
  'vital-interest': 'vital-interests',
  'legal-requirement': 'legal-obligation',
};

/** The allowed value nearest to a mistyped one ("earsure" -> "erasure"), when one is close enough to be meant. */
export function nearestValue(value: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof value !== 'string' || value.length > 60) return undefined;
  const wanted = value.toLowerCase();
  const synonym = SYNONYMS[wanted];
  if (synonym && allowed.includes(synonym)) return synonym;
  let best: [string, number] | undefined;
  for (const candidate of allowed) {
    if (typeof candidate !== 'string') continue;
    const d = candidate.includes(wanted) || wanted.includes(candidate) ? 1 : distance(wanted, candidate);
    if (!best || d < best[1]) best = [candidate, d];
  }
  return best && best[1] <= Math.max(2, Math.floor(best[0].length / 3)) ? best[0] : undefined;
}

/** One ajv error as a problem. */
function describe(error: RawError, siblings: RawError[], document?: unknown): PolicyProblem | null {
  const { instancePath: at, keyword, params } = error;
  const definition = definitionOf(error);
  switch (keyword) {
    case 'required':
      return problem(childPointer(at, String(params.missingProperty)), 'required', 'is required but missing.');
    case 'additionalProperties': {
      const near = nearestValue(String(params.additionalProperty), fieldNamesAt(at));
      return problem(
        childPointer(at, String(params.additionalProperty)),
        'unknown-field',
        `is not a field the schema knows.${near ? ` Did you mean "${near}"?` : ''}`,
      );
    }
    case 'propertyNames':
      return problem(
        childPointer(at, String(params.propertyName)),
        'language-tag',
        `uses "${params.propertyName}" as a language tag, which is not a BCP 47 tag such as 'en', 'fr' or 'pt-BR'.`,
      );
    case 'oneOf':
    case 'anyOf': {
      const allowed = siblings.flatMap((e) =>
        e.keyword === 'enum' ? ((e.params.allowedValues as unknown[]) ?? []) : [],
      );
      const near = nearestValue(valueAt(document, at), allowed);
      return problem(at, 'type', `${expectedFromAlternatives(siblings)}.${near ? ` Did you mean "${near}"?` : ''}`);
    }
    case 'format':
      return problem(at, 'format', `${FORMATS[String(params.format)] ?? `is not a valid ${params.format}`}.`);
    case 'pattern':
      return problem(
        at,
        'pattern',
        `${(definition && EXPECTED[definition]) ?? `does not match the pattern ${params.pattern}`}.`,
      );
    case 'enum': {
      const near = nearestValue(valueAt(document, at), (params.allowedValues as unknown[]) ?? []);
      return problem(
        at,
        'enum',
        `${(definition && EXPECTED[definition]) ?? `must be one of ${listOf(params.allowedValues)}`}.${near ? ` Did you mean "${near}"?` : ''}`,
      );
    }
    case 'const':
      return problem(at, 'const', `must be ${JSON.stringify(params.allowedValue)}.`);
    case 'type': {
      const expected =
        params.type === 'string'
          ? 'text'
          : params.type === 'object'
            ? 'an object'
            : params.type === 'array'
              ? 'a list'
              : `a ${params.type}`;
      return problem(at, 'type', `must be ${expected}.`);
    }
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return problem(
        at,
        keyword,
        Number(params.limit) <= 1 ? 'must not be empty.' : `must have at least ${params.limit} items.`,
      );
    case 'maxLength':
      return problem(at, keyword, `is longer than ${params.limit} characters.`);
    case 'maxItems':
      return problem(at, keyword, `has more than ${params.limit} items.`);
    case 'uniqueItems':
      return problem(at, 'duplicate-item', `lists the same value twice (items ${params.j} and ${params.i}).`);
    case 'minimum':
    case 'maximum':
      return problem(at, keyword, `must be ${keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}.`);
    case 'required-one-of': {
      const fields = params.fields as string[];
      return problem(at, 'required', `needs ${fields.slice(0, -1).join(', ')} or ${fields[fields.length - 1]}.`);
    }
    case 'if':
      return null; // the failing `then`/`else` reports the real problem itself
    default:
      return problem(at, keyword, `${error.message ?? 'is not valid'}.`);
  }
}

/** Errors that name something inside the value (a missing or unknown field, a bad key) rather than its type. */
const POINTS_INSIDE = new Set(['required', 'additionalProperties', 'propertyNames']);

/**
 * Turns ajv's errors into one clear problem per fault. ajv reports every failed alternative of a `oneOf` (text or
 * map, id or object, ...). When something inside the value is wrong (a missing field, a bad language tag, an empty
 * translation), that is the problem to report; otherwise one message says what the value should have been.
 */
export function humanize(errors: ReadonlyArray<RawError>, document?: unknown): PolicyProblem[] {
  const byPath = new Map<string, RawError[]>();
  for (const e of errors) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const kept: Array<[RawError, RawError[]]> = [];
  for (const [path, here] of byPath) {
    const choice = here.find((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    if (!choice) {
      // A bad key in a language map is also reported as a `pattern` error without the key; the propertyNames error names it.
      const badKey = here.some((e) => e.keyword === 'propertyNames');
      for (const e of here) if (!(badKey && e.keyword === 'pattern')) kept.push([e, here]);
      continue;
    }
    const inside = here.filter((e) => POINTS_INSIDE.has(e.keyword));
    const deeper = errors.some((e) => e.instancePath.startsWith(path + '/'));
    const missing = [
      ...new Set(inside.filter((e) => e.keyword === 'required').map((e) => String(e.params.missingProperty))),
    ];
    if (missing.length > 1 && missing.length === inside.length) {
      // Each alternative asks for another field ("email" or "contact"): one problem that offers the choice.
      const fields = missing.map((m) => `\`${m}\``);
      kept.push([{ ...choice, keyword: 'required-one-of', params: { fields } }, here]);
    } else if (inside.length > 0) for (const e of inside) kept.push([e, here]);
    else if (!deeper) kept.push([choice, here.filter((e) => e !== choice)]);
  }
  const seen = new Set<string>();
  const problems: PolicyProblem[] = [];
  for (const [error, siblings] of kept) {
    const described = describe(error, siblings, document);
    if (!described || seen.has(`${described.pointer}\u0000${described.message}`)) continue;
    seen.add(`${described.pointer}\u0000${described.message}`);
    problems.push(described);
  }
  return problems;
}
