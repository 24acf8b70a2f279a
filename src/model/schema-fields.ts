import { pointerTokens } from './problems.js';
import { shape } from './schema-shape.generated.js';
import { DEF, type SchemaNode } from './walk-fields.js';

type Node = SchemaNode;
export const schemaRoot = shape as unknown as Node & { $defs: Record<string, Node> };
const root = schemaRoot;

/** A node with every `$ref` followed and every branch (allOf, anyOf, oneOf, then, else) taken, each node once. */
function expand(nodes: readonly Node[]): Node[] {
  const seen = new Set<Node>();
  const out: Node[] = [];
  const visit = (node: Node | undefined): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    out.push(node);
    if (node.$ref?.startsWith(DEF)) visit(root.$defs[node.$ref.slice(DEF.length)]);
    for (const branch of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? []), node.then, node.else])
      visit(branch);
  };
  for (const node of nodes) visit(node);
  return out;
}

/**
 * The field names the schema allows in the object at `pointer` of a document (every alternative's), for "did you
 * mean" when a field is unknown. Empty when the pointer leads nowhere the schema describes.
 */
export function fieldNamesAt(pointer: string): string[] {
  let nodes: Node[] = [root];
  for (const token of pointerTokens(pointer)) {
    nodes = expand(nodes).flatMap((node) => {
      if (/^\d+$/.test(token) && node.items) return [node.items];
      const child =
        node.properties?.[token] ??
        (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
      return child ? [child] : [];
    });
  }
  return [...new Set(expand(nodes).flatMap((node) => Object.keys(node.properties ?? {})))];
}
