import type { NormalizedPolicy } from './normalize.js';
import { parsePolicyText, validatePolicy } from './eager.js';
import { DEFAULT_MAX_BYTES } from './parse.js';
import { pointerToPath, type PolicyProblem } from './problems.js';
import { SourceMap } from './source-map.js';

/** Repeated keys reported one by one; beyond this, one more warning counts the rest. */
export const MAX_DUPLICATES = 100;

/** A problem placed at a line and column of the policy's source text. */
export interface PlacedProblem extends PolicyProblem {
  line: number;
  column: number;
}

export interface TextCheck {
  valid: boolean;
  errors: PlacedProblem[];
  warnings: PlacedProblem[];
  /** The validated, normalized policy, when `valid`. */
  policy?: NormalizedPolicy;
  /** The document as parsed from the text, when `valid` (what `render --embed` puts inline). */
  document?: unknown;
  /** Line and column of a JSON Pointer in the text (its nearest existing ancestor for a missing field). */
  locate: (pointer: string) => { line: number; column: number };
}

/**
 * Parses and validates policy JSON text and places every problem at a line and column: what `validate` does to a
 * file, and the playground to its editor. Pure (no file system, no DOM) and never throws.
 */
export function checkPolicyText(text: string, maxBytes = DEFAULT_MAX_BYTES): TextCheck {
  const parsed = parsePolicyText(text, maxBytes);
  if (!parsed.ok) {
    const errors = parsed.errors.map((p) => ({ ...p, line: p.position?.line ?? 1, column: p.position?.column ?? 1 }));
    return { valid: false, errors, warnings: [], locate: () => ({ line: 1, column: 1 }) };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const map = new SourceMap(body);
  const locate = (pointer: string) => map.locate(pointer);
  const place = (p: PolicyProblem): PlacedProblem => ({ ...p, ...(p.position ?? locate(p.pointer)) });
  const repeated = map.duplicateKeys();
  const duplicates: PolicyProblem[] = repeated.slice(0, MAX_DUPLICATES).map(({ pointer, key, offset }) => ({
    position: map.position(offset),
    pointer,
    path: pointerToPath(pointer),
    code: 'duplicate-key',
    severity: 'warning',
    message: `\`${pointerToPath(pointer)}\` appears twice in the same object; only the last "${key}" counts.`,
  }));
  if (repeated.length > MAX_DUPLICATES) {
    const first = repeated[MAX_DUPLICATES]!;
    duplicates.push({
      position: map.position(first.offset),
      pointer: first.pointer,
      path: pointerToPath(first.pointer),
      code: 'duplicate-key',
      severity: 'warning',
      message: `and ${repeated.length - MAX_DUPLICATES} more keys that appear twice in their object (only the first ${MAX_DUPLICATES} are listed).`,
    });
  }
  const result = validatePolicy(parsed.value, { maxBytes });
  const warnings = [...parsed.warnings, ...duplicates, ...result.warnings].map(place);
  if (!result.ok) return { valid: false, errors: result.errors.map(place), warnings, locate };
  return { valid: true, errors: [], warnings, policy: result.policy, document: parsed.value, locate };
}
