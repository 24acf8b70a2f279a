import { toPointer } from '../model/index.js';
import { DEF, schemaRoot, type SchemaNode } from '../model/schema-fields.js';

/** The kinds of value the text rules look at, by their name in the schema's `$defs`. */
export type FieldKind = 'Text' | 'Markdown' | 'Url' | 'Email';
const KINDS = new Set<string>(['Text', 'Markdown', 'Url', 'Email']);

/** One value of the document whose schema definition is a {@link FieldKind}. */
export interface Field {
  kind: FieldKind;
  pointer: string;
  /** The `$defs` entry of the object holding it ('Channel', 'Organization'...; '(root)' for top-level fields). */
  owner: string;
  /** Its property name in that object (for an item of a list, the list's). */
  key: string;
  value: unknown;
}

/** One string of a text field: the plain string (lang undefined) or one translation of a language map. */
export interface FieldString {
  field: Field;
  pointer: string;
  lang?: string;
  text: string;
}

type Node = SchemaNode;
const root = schemaRoot;

/**
 * Every Text, Markdown, Url and Email value of a (valid) document, found by walking the document along the JSON
 * Schema, so the rules know exactly which strings are prose, names or addresses without restating the schema.
 */
export function fieldsOf(document: unknown): Field[] {
  const found = new Map<string, Field>(); // by pointer: several branches of a oneOf/allOf may reach the same value
  const walk = (node: Node, value: unknown, path: Array<string | number>, owner: string, key: string): void => {
    if (node.$ref?.startsWith(DEF)) {
      const name = node.$ref.slice(DEF.length);
      if (KINDS.has(name)) {
        // Only a string or a language map is text: a branch such as a right's `title: false` is not.
        if (typeof value !== 'string' && (value === null || typeof value !== 'object' || Array.isArray(value))) return;
        const pointer = toPointer(path);
        found.set(pointer, { kind: name as FieldKind, pointer, owner, key, value });
        return;
      }
      const target = root.$defs[name];
      if (target) walk(target, value, path, target.properties ? name : owner, key);
      return;
    }
    if (Array.isArray(value) && node.items)
      value.forEach((item, i) => walk(node.items!, item, [...path, i], owner, key));
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, child] of Object.entries(value)) {
        const sub =
          node.properties?.[name] ??
          (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
        if (sub) walk(sub, child, [...path, name], owner, name);
      }
    }
    for (const branch of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? []), node.then, node.else]) {
      if (branch) walk(branch, value, path, owner, key);
    }
  };
  walk(root, document, [], '(root)', '');
  return [...found.values()];
}

/** The strings of text fields: a plain string itself, or each translation of a language map with its pointer. */
export function stringsOf(fields: Field[]): FieldString[] {
  return fields.flatMap((field): FieldString[] => {
    if (typeof field.value === 'string') return [{ field, pointer: field.pointer, text: field.value }];
    if (field.value === null || typeof field.value !== 'object') return [];
    return Object.entries(field.value as Record<string, unknown>)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([lang, text]) => ({ field, pointer: field.pointer + toPointer([lang]), lang, text }));
  });
}
