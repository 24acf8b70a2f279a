import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { MAX_DEPTH } from './guard.js';
import type { PolicyProblem } from './problems.js';

/** Default cap on a policy's size: real policies are tens of kilobytes; this leaves room for many languages. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type ParseResult = { ok: true; value: unknown; warnings: PolicyProblem[] } | { ok: false; errors: PolicyProblem[] };

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

function documentProblem(code: string, message: string, position?: { line: number; column: number }): PolicyProblem {
  return { pointer: '', path: '(document)', code, severity: 'error', message, ...(position ? { position } : {}) };
}

/** Offset of the first bracket that opens more than `limit` levels, outside strings; -1 when there is none. */
export function tooDeepAt(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

const SYNTAX_MESSAGES: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  CommaExpected: 'a comma is missing',
  ColonExpected: 'a colon is missing',
  PropertyNameExpected: 'a property name in double quotes is expected (no trailing commas or comments in JSON)',
  ValueExpected: 'a value is expected (no trailing commas in JSON)',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'unexpected text after the end of the document',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfComment: 'a comment is not closed',
  InvalidCommentToken: 'comments are not allowed in JSON',
};

/**
 * Parses policy JSON text, refusing what cannot be a policy with a clear message: over the size cap, empty, or not
 * JSON (with the line and column of the first syntax error), or nested too deep. A UTF-8 byte order mark is dropped with a warning.
 */
export function parsePolicyText(text: string, maxBytes = DEFAULT_MAX_BYTES): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, errors: [documentProblem('too-large', `The policy is ${mb(bytes)}, over the ${mb(maxBytes)} size limit.`)] };
  }
  const warnings: PolicyProblem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push({ ...documentProblem('bom', 'The file starts with a byte order mark (BOM); it is ignored, but save the file as UTF-8 without one.'), severity: 'warning' });
  }
  if (text.trim() === '') return { ok: false, errors: [documentProblem('empty', 'The policy is empty: it must be a JSON object.')] };
  // Refused before any parser recurses into it: a few kilobytes of brackets must not overflow the stack.
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const position = lineColumn(text, deep);
    return { ok: false, errors: [documentProblem('too-deep', `The policy is nested more than ${MAX_DEPTH} levels deep (line ${position.line}, column ${position.column}).`, position)] };
  }
  try {
    return { ok: true, value: JSON.parse(text), warnings };
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const position = lineColumn(text, offset);
    const what = first ? SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error) : 'the text is not valid JSON';
    return { ok: false, errors: [documentProblem('json-syntax', `Not valid JSON at line ${position.line}, column ${position.column}: ${what}.`, position)] };
  }
}
