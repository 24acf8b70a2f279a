import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { humanize } from './humanize.js';
import { documentProblem, lineColumn } from './parse.js';
import type { PolicyProblem } from './problems.js';
import schemaValidator from './validate.generated.js';

/**
 * What says why a policy is broken: ajv's compiled schema with our wording of its errors, and a tolerant JSON parser
 * that finds the line and column of a syntax error. None of it is needed to show a good policy, so the elements load
 * this module only when a policy fails (quick.ts); node code has it from the start (eager.ts).
 */

/** Every way the document breaks the JSON Schema, in words, each at a JSON Pointer. */
export function schemaProblems(document: unknown): PolicyProblem[] {
  return schemaValidator(document) ? [] : humanize(schemaValidator.errors ?? [], document);
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

/** The first syntax error of text that `JSON.parse` refused, with its line and column. */
export function syntaxProblem(text: string): PolicyProblem {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  const position = lineColumn(text, first?.offset ?? 0);
  const what = first
    ? (SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error))
    : 'the text is not valid JSON';
  return documentProblem(
    'json-syntax',
    `Not valid JSON at line ${position.line}, column ${position.column}: ${what}.`,
    position,
  );
}
