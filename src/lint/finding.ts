import {
  localize,
  pointerToPath,
  type NormalizedPolicy,
  type PrivacyPolicyDocument,
  type Severity,
  type Text,
} from '../model/index.js';
import { RULE_CATALOG, type RuleId } from './catalog.js';
import { fieldsOf, stringsOf, type Field, type FieldString } from './fields.js';

/** One thing a notice lacks or gets wrong. Data, like validation problems: the CLI prints it, the playground lists it. */
export interface LintFinding {
  /** Stable rule id, e.g. 'right-missing' (see RULE_CATALOG). */
  rule: RuleId;
  /** error: required information is missing or broken; warning: worth a look, or required only in some cases. */
  severity: Severity;
  /** JSON Pointer to the place at fault, or to the nearest place that exists when something is missing. */
  pointer: string;
  /** One English sentence saying what is wrong, naming the place. */
  message: string;
  /** One line saying how to fix it. */
  hint: string;
}

/** What every rule gets: the validated policy, its raw document, and its text fields found along the schema. */
export interface LintContext {
  policy: NormalizedPolicy;
  doc: PrivacyPolicyDocument;
  fields: Field[];
  strings: FieldString[];
}

/** A rule: a small pure function from the policy to its findings. */
export type Rule = (ctx: LintContext) => LintFinding[];

export function lintContext(policy: NormalizedPolicy): LintContext {
  const fields = fieldsOf(policy.document);
  return { policy, doc: policy.document, fields, strings: stringsOf(fields) };
}

/** Builds a finding with its rule's severity; `message` may use `{path}` for the readable path of `pointer`. */
export function finding(rule: RuleId, pointer: string, message: string, hint: string): LintFinding {
  const severity: Severity = RULE_CATALOG[rule].severity;
  return { rule, severity, pointer, message: message.replace('{path}', `\`${pointerToPath(pointer)}\``), hint };
}

/** A text in the policy's default language, quoted for a message ("Legal Compliance"). */
export function quote(ctx: LintContext, text: Text | undefined): string {
  const value = localize(text, ctx.policy.defaultLanguage, ctx.policy.defaultLanguage)?.value;
  return value === undefined ? '' : `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
}

/** 'a', 'a and b', 'a, b and c'. */
export function and(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
