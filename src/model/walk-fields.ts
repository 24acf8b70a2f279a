import { toPointer } from './problems.js';

/** A node of the schema's structure (schema-shape.generated.ts): what a walk along a document follows. */
export interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  then?: SchemaNode;
  else?: SchemaNode;
}

export const DEF = '#/$defs/';

/** One value of a document whose schema definition is one of the kinds asked for. */
export interface FoundField<K extends string = string> {
  kind: K;
  pointer: string;
  /** The `$defs` entry of the object holding it ('Channel', 'Organization'...; '(root)' for top-level fields). */
  owner: string;
  /** Its property name in that object (for an item of a list, the list's). */
  key: string;
  value: unknown;
}

/**
 * Every value of a (valid) document whose `$defs` name is one of `kinds`, found by walking the document along the
 * schema's structure `root` (the whole schema's, or one cut down to the paths that lead to those kinds).
 */
export function walkFields<K extends string>(
  root: SchemaNode & { $defs: Record<string, SchemaNode> },
  document: unknown,
  kinds: ReadonlySet<K>,
): FoundField<K>[] {
  const found = new Map<string, FoundField<K>>(); // by pointer: several branches of a oneOf/allOf may reach the same value
  const walk = (node: SchemaNode, value: unknown, path: Array<string | number>, owner: string, key: string): void => {
    if (node.$ref?.startsWith(DEF)) {
      const name = node.$ref.slice(DEF.length);
      if (kinds.has(name as K)) {
        // Only a string or a language map is text: a branch such as a right's `title: false` is not.
        if (typeof value !== 'string' && (value === null || typeof value !== 'object' || Array.isArray(value))) return;
        const pointer = toPointer(path);
        found.set(pointer, { kind: name as K, pointer, owner, key, value });
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
export function fieldStrings<F extends { pointer: string; value: unknown }>(
  fields: readonly F[],
): Array<{ field: F; pointer: string; lang?: string; text: string }> {
  return fields.flatMap((field) => {
    if (typeof field.value === 'string') return [{ field, pointer: field.pointer, text: field.value }];
    if (field.value === null || typeof field.value !== 'object') return [];
    return Object.entries(field.value as Record<string, unknown>)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([lang, text]) => ({ field, pointer: field.pointer + toPointer([lang]), lang, text }));
  });
}
