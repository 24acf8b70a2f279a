import { schemaProblems, syntaxProblem } from './explain.js';
import { DEFAULT_MAX_BYTES, parseWith, type ParseResult } from './parse.js';
import { validateWith, type LoadResult, type ValidateOptions } from './validate.js';

/*
 * Parsing and validation with every explanation at hand, answered at once: for node (the CLI, the static renderer,
 * the playground's checker) and the package's public API. The elements use quick.ts instead.
 */

/**
 * Parses policy JSON text, refusing what cannot be a policy with a clear message: over the size cap, empty, not JSON
 * (with the line and column of the first syntax error), or nested too deep. A UTF-8 byte order mark is dropped with
 * a warning.
 */
export function parsePolicyText(text: string, maxBytes = DEFAULT_MAX_BYTES): ParseResult {
  return parseWith(text, maxBytes, syntaxProblem)!;
}

/**
 * The whole check of a parsed policy: reserved keys, nesting and size caps, schema version, the JSON Schema, then
 * references and ids during normalization. Never throws; every problem carries a JSON Pointer into `input`.
 */
export function validatePolicy(input: unknown, options: ValidateOptions = {}): LoadResult {
  return validateWith(input, options, schemaProblems)!;
}
