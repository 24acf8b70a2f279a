import { schemaRoot } from '../model/schema-fields.js';
import { fieldStrings, walkFields, type FoundField } from '../model/walk-fields.js';

/** The kinds of value the text rules look at, by their name in the schema's `$defs`. */
export type FieldKind = 'Text' | 'Markdown' | 'Url' | 'Email';
const KINDS: ReadonlySet<FieldKind> = new Set(['Text', 'Markdown', 'Url', 'Email']);

/** One value of the document whose schema definition is a {@link FieldKind}. */
export type Field = FoundField<FieldKind>;

/** One string of a text field: the plain string (lang undefined) or one translation of a language map. */
export interface FieldString {
  field: Field;
  pointer: string;
  lang?: string;
  text: string;
}

/**
 * Every Text, Markdown, Url and Email value of a (valid) document, found by walking the document along the JSON
 * Schema, so the rules know exactly which strings are prose, names or addresses without restating the schema.
 */
export function fieldsOf(document: unknown): Field[] {
  return walkFields(schemaRoot, document, KINDS);
}

/** The strings of text fields: a plain string itself, or each translation of a language map with its pointer. */
export function stringsOf(fields: Field[]): FieldString[] {
  return fieldStrings(fields);
}
