import { markdownShape } from './markdown-shape.generated.js';
import { fieldStrings, walkFields, type SchemaNode } from './walk-fields.js';

const root = markdownShape as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
const MARKDOWN: ReadonlySet<'Markdown'> = new Set(['Markdown']);

/**
 * Every Markdown string of a (valid) document, in every language it has: found along the schema cut down to the
 * paths that lead to Markdown (markdown-shape.generated.ts), so the browser need not load the whole schema to ask.
 */
export function markdownStrings(document: unknown): string[] {
  return fieldStrings(walkFields(root, document, MARKDOWN)).map((s) => s.text);
}
