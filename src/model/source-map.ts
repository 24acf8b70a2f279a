import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { pointerTokens, toPointer } from './problems.js';

/**
 * Maps JSON Pointers back to places in the source text. A pointer to something missing (a required field) maps to
 * the nearest ancestor that exists; a pointer to a property maps to its key, where an editor would put the cursor.
 */
export class SourceMap {
  private readonly root: Node | undefined;
  /** Where each line starts: found once, so placing many problems costs a binary search each, not a scan. */
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    this.root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Line and column (1-based) of an offset in the text. */
  position(offset: number): { line: number; column: number } {
    let [low, high] = [0, this.lineStarts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }

  locate(pointer: string): { line: number; column: number } {
    if (!this.root) return { line: 1, column: 1 };
    const path = pointerTokens(pointer).map((t) => (/^\d+$/.test(t) ? Number(t) : t));
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(this.root, path.slice(0, length));
      if (node) {
        const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
        return this.position((key ?? node).offset);
      }
    }
    return { line: 1, column: 1 };
  }

  /** Keys that appear twice in one object: JSON parsers keep the last, silently. */
  duplicateKeys(): Array<{ pointer: string; key: string; offset: number }> {
    const found: Array<{ pointer: string; key: string; offset: number }> = [];
    const walk = (node: Node | undefined, tokens: string[]) => {
      if (!node) return;
      if (node.type === 'object') {
        const seen = new Set<string>();
        for (const property of node.children ?? []) {
          const [keyNode, valueNode] = property.children ?? [];
          const key = String(keyNode?.value);
          if (seen.has(key)) found.push({ pointer: toPointer([...tokens, key]), key, offset: keyNode!.offset });
          seen.add(key);
          walk(valueNode, [...tokens, key]);
        }
      } else if (node.type === 'array') {
        (node.children ?? []).forEach((child, i) => walk(child, [...tokens, String(i)]));
      }
    };
    walk(this.root, []);
    return found;
  }
}
