/**
 * Every string of a policy document, by the kind of field it sits in, found by walking the document together with
 * the JSON Schema (so a new field is covered the day the schema gets it). The hostile-content suite injects each
 * payload into every field of one kind at once.
 */

export type FieldKind =
  'markdown' | 'title' | 'name' | 'text' | 'translation' | 'path' | 'cookie-name' | 'email' | 'url' | 'phone' | 'id';

export const FIELD_KINDS: readonly FieldKind[] = [
  'markdown',
  'title',
  'name',
  'text',
  'translation',
  'path',
  'cookie-name',
  'email',
  'url',
  'phone',
  'id',
];

/** A string in a document: where it is and what kind of field holds it. */
export interface Slot {
  pointer: string;
  kind: FieldKind;
  /** For a translation, the language it is in (the notice must be shown in it to show the string). */
  lang?: string;
  /** The field holds Markdown (shown formatted, not as written). */
  markdown?: true;
}

type Schema = { [key: string]: any };

/** Where the walk stands: the definition being read, the one that declared the current property, the property, the language key. */
interface At {
  def?: string;
  owner?: string;
  key?: string;
  lang?: string;
}

const TITLE_KEYS = new Set(['title', 'label']);
const NAME_KEYS = new Set(['name', 'tradingName']);
const FORMAT_KINDS: Record<string, FieldKind> = { Email: 'email', Url: 'url', Phone: 'phone', Id: 'id', IdRef: 'id' };

function classify(at: At, defaultLanguage: string): FieldKind | undefined {
  if (at.def === 'Text' || at.def === 'Markdown') {
    if (at.lang !== undefined && at.lang !== defaultLanguage) return 'translation';
    if (at.def === 'Markdown') return 'markdown';
    if (at.owner === 'Path') return 'path';
    if (at.key && TITLE_KEYS.has(at.key)) return 'title';
    if (at.key && NAME_KEYS.has(at.key)) return 'name';
    return 'text';
  }
  if (at.def && FORMAT_KINDS[at.def]) return FORMAT_KINDS[at.def];
  if (at.owner === 'Cookie' && at.key === 'name') return 'cookie-name';
  return undefined;
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value;
}

function escape(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The JSON type a schema (after its $refs) accepts, judged by `type`, `enum` or `const`. */
function typeOf(root: Schema, schema: Schema): string | undefined {
  while (schema.$ref) schema = root.$defs[String(schema.$ref).replace('#/$defs/', '')];
  if (schema.type) return schema.type;
  if (schema.enum) return jsonType(schema.enum[0]);
  return schema.const !== undefined ? jsonType(schema.const) : undefined;
}

/** Every classified string of `doc`, in document order. */
export function stringSlots(root: Schema, doc: Record<string, unknown>): Slot[] {
  const defaultLanguage = String(doc.defaultLanguage ?? 'en');
  const slots: Slot[] = [];
  const walk = (schema: Schema | undefined, value: unknown, pointer: string, at: At): void => {
    while (schema?.$ref) {
      const def = String(schema.$ref).replace('#/$defs/', '');
      at = { ...at, owner: at.def ?? at.owner, def };
      schema = root.$defs[def];
    }
    if (!schema) return;
    const alternatives: Schema[] | undefined = schema.oneOf ?? schema.anyOf;
    if (alternatives) {
      const type = jsonType(value);
      const match = alternatives.find((alt) => {
        const expected = typeOf(root, alt);
        return expected === type || (expected === 'integer' && type === 'number');
      });
      return walk(match, value, pointer, at);
    }
    if (typeof value === 'string') {
      const kind = classify(at, defaultLanguage);
      if (kind)
        slots.push({
          pointer,
          kind,
          ...(kind === 'translation' ? { lang: at.lang! } : {}),
          ...(at.def === 'Markdown' ? { markdown: true as const } : {}),
        });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(schema.items, item, `${pointer}/${i}`, at));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const property = schema.properties?.[key];
        if (property) walk(property, child, `${pointer}/${escape(key)}`, { owner: at.def ?? at.owner, key });
        else if (typeof schema.additionalProperties === 'object')
          walk(schema.additionalProperties, child, `${pointer}/${escape(key)}`, { ...at, lang: key });
      }
    }
  };
  walk(root, doc, '', {});
  return slots;
}

/** A deep copy of `doc` with the value at each pointer replaced by the text given with it. */
export function inject<T>(doc: T, values: ReadonlyArray<readonly [pointer: string, text: string]>): T {
  const copy = structuredClone(doc);
  for (const [pointer, text] of values) {
    const tokens = pointer
      .slice(1)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = tokens.pop()!;
    let parent = copy as Record<string, unknown>;
    for (const token of tokens) parent = parent[token] as Record<string, unknown>;
    parent[last] = text;
  }
  return copy;
}
