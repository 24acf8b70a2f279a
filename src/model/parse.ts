import { MAX_DEPTH } from './guard.js';
import { formatSize, type PolicyProblem } from './problems.js';

/** Default cap on a policy's size: real policies are tens of kilobytes; this leaves room for many languages. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type ParseResult =
  { ok: true; value: unknown; warnings: PolicyProblem[] } | { ok: false; errors: PolicyProblem[] };

/** Says where and why JSON text does not parse (explain.ts: a tolerant parser finds the first syntax error). */
export type SyntaxExplainer = (text: string) => PolicyProblem;

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function documentProblem(
  code: string,
  message: string,
  position?: { line: number; column: number },
): PolicyProblem {
  return { pointer: '', path: '(document)', code, severity: 'error', message, ...(position ? { position } : {}) };
}

/** Offset of the first bracket that opens more than `limit` levels, outside strings; -1 when there is none. */
export function tooDeepAt(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/**
 * Parses policy JSON text, refusing what cannot be a policy with a clear message: over the size cap, empty, or not
 * JSON (with the line and column of the first syntax error), or nested too deep. A UTF-8 byte order mark is dropped with a warning.
 * `undefined` when the text is not JSON and no `explain` was given: the caller loads it and asks again (eager.ts
 * always has it; quick.ts loads it on demand, as only broken text needs it).
 */
export function parseWith(
  text: string,
  maxBytes: number,
  explain: SyntaxExplainer | undefined,
): ParseResult | undefined {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return {
      ok: false,
      errors: [
        documentProblem(
          'too-large',
          `The policy is ${formatSize(bytes)}, over the ${formatSize(maxBytes)} size limit.`,
        ),
      ],
    };
  }
  const warnings: PolicyProblem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push({
      ...documentProblem(
        'bom',
        'The file starts with a byte order mark (BOM); it is ignored, but save the file as UTF-8 without one.',
      ),
      severity: 'warning',
    });
  }
  if (text.trim() === '')
    return { ok: false, errors: [documentProblem('empty', 'The policy is empty: it must be a JSON object.')] };
  // Refused before any parser recurses into it: a few kilobytes of brackets must not overflow the stack.
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const position = lineColumn(text, deep);
    return {
      ok: false,
      errors: [
        documentProblem(
          'too-deep',
          `The policy is nested more than ${MAX_DEPTH} levels deep (line ${position.line}, column ${position.column}).`,
          position,
        ),
      ],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text), warnings };
  } catch {
    return explain ? { ok: false, errors: [explain(text)] } : undefined;
  }
}
