import { diffWords } from 'diff';
import { parseArgs } from 'node:util';
import { comparePolicies, type PolicyChange, type PolicyChanges } from '../model/diff.js';
import { DEFAULT_MAX_BYTES } from '../model/index.js';
import type { PrivacyPolicyDocument } from '../model/policy.generated.js';
import { readValidPolicy, shownAs } from './check-file.js';
import { usageError } from './usage.js';

export const DIFF_USAGE = `Usage: privacy-notice diff OLD NEW [--format text|json|markdown] [--color|--no-color]

Compares two versions of one policy (the same id) by their ids, not by lines: purposes and legal bases, data
categories, recipients, transfers, retention, cookies, permissions, consent purposes, rights, contacts,
authorities, and the text of each section (word by word). Each change is consent-relevant (readers' earlier
choices no longer cover what the policy does: asked again) or informational; the rules are in docs/consent.md.

  --format FORMAT  text (default; coloured on a terminal), json (schemas/policy-changes.schema.json; what
                   <privacy-notice>'s changes property takes), or markdown (a changelog or a pull request comment)
  --color          colour the text even when not on a terminal (--no-color: never)
  -h, --help       show this help

Exit status: 0 no change, 1 informational changes only, 2 consent-relevant changes (this release needs
re-consent), 3 usage or I/O error, an invalid policy, or two different policies.`;

/** What a change is about, for people: `purpose "newsletter"`, or the field's name. */
function subject(change: PolicyChange): string {
  if (!change.item) return `\`${change.field}\``;
  return `${change.item} "${change.id}"${change.field ? ` ${change.field}` : ''}`;
}

/** A value as text: a localized text in its default-language form, others as JSON. */
function shown(value: unknown, lang: string): string {
  if (typeof value === 'string') return value;
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>)[lang] === 'string'
  )
    return (value as Record<string, string>)[lang]!;
  return JSON.stringify(value);
}

const isText = (value: unknown, lang: string) =>
  typeof value === 'string' ||
  (value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>)[lang] === 'string');

/** Word by word, each piece marked by `mark` as kept, removed or added. */
function wordDiff(before: string, after: string, mark: (text: string, how: 'same' | 'removed' | 'added') => string) {
  return diffWords(before, after)
    .map((part) => mark(part.value, part.removed ? 'removed' : part.added ? 'added' : 'same'))
    .join('');
}

function describe(
  change: PolicyChange,
  lang: string,
  mark: (text: string, how: 'same' | 'removed' | 'added') => string,
): string {
  const what = subject(change);
  if (change.kind.endsWith('-added')) return `${what} added`;
  if (change.kind.endsWith('-removed')) return `${what} removed`;
  if (change.before === undefined) return `${what} set to ${mark(shown(change.after, lang), 'added')}`;
  if (change.after === undefined) return `${what} removed (was ${mark(shown(change.before, lang), 'removed')})`;
  // Prose word by word; a single word (an address, a date) whole.
  if (
    isText(change.before, lang) &&
    isText(change.after, lang) &&
    /\s/.test(shown(change.before, lang) + shown(change.after, lang))
  )
    return `${what}: ${wordDiff(shown(change.before, lang), shown(change.after, lang), mark)}`;
  return `${what}: ${mark(shown(change.before, lang), 'removed')} → ${mark(shown(change.after, lang), 'added')}`;
}

/** A long unchanged run of text, with only its ends kept around the change (`…` for the rest, one line). */
function elide(text: string, keep = 40): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= keep * 2 + 1 ? line : `${line.slice(0, keep)}…${line.slice(-keep)}`;
}

export function formatText(result: PolicyChanges, lang: string, color: boolean): string {
  const paint = (code: number) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const red = paint(31);
  const green = paint(32);
  const bold = paint(1);
  const mark = (text: string, how: 'same' | 'removed' | 'added') =>
    how === 'same'
      ? elide(text)
      : how === 'removed'
        ? red(color ? text : `[-${text}-]`)
        : green(color ? text : `{+${text}+}`);
  const lines = [
    `${result.policyId}: ${result.from.version} → ${result.to.version}: ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}, ${result.changes.filter((c) => c.consentRelevant).length} consent-relevant`,
  ];
  for (const change of result.changes) {
    const sign = change.kind.endsWith('-added') ? '+' : change.kind.endsWith('-removed') ? '-' : '~';
    const tag = change.consentRelevant ? bold(`[consent-relevant: ${change.rule}]`) : '[informational]';
    lines.push(`${sign} ${describe(change, lang, mark)}  ${tag}  ${change.path}`);
  }
  return lines.join('\n');
}

export function formatMarkdown(result: PolicyChanges, lang: string): string {
  const code = (text: string) => text.replace(/[`*_~[\]\\|]/g, '\\$&');
  const mark = (text: string, how: 'same' | 'removed' | 'added') =>
    how === 'same' ? code(elide(text)) : how === 'removed' ? `~~${code(text)}~~` : `**${code(text)}**`;
  const list = (changes: PolicyChange[]) =>
    changes.map((c) => `- ${describe({ ...c, ...(c.item ? {} : { field: c.field }) }, lang, mark)} (\`${c.path}\`)`);
  const relevant = result.changes.filter((c) => c.consentRelevant);
  const other = result.changes.filter((c) => !c.consentRelevant);
  return [
    `## Privacy policy ${result.policyId}: ${result.from.version} → ${result.to.version}`,
    '',
    relevant.length
      ? `**Readers must be asked again:** ${relevant.length} consent-relevant change${relevant.length === 1 ? '' : 's'}.`
      : result.changes.length
        ? 'No consent-relevant change: readers keep their choices.'
        : 'No change.',
    ...(relevant.length
      ? ['', '### Consent-relevant', '', ...relevant.map((c) => `${list([c])[0]} — rule \`${c.rule}\``)]
      : []),
    ...(other.length ? ['', '### Informational', '', ...list(other)] : []),
  ].join('\n');
}

/** `privacy-notice diff OLD NEW`. */
export async function runDiff(args: string[], out: (line: string) => void, err: (line: string) => void) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return (err(usageError((error as Error).message, DIFF_USAGE, 'diff')), 3);
  }
  const { values, positionals } = parsed;
  if (values.help) return (out(DIFF_USAGE), 0);
  if (!['text', 'json', 'markdown'].includes(values.format!))
    return (err(usageError(`--format must be text, json or markdown, not "${values.format}"`, DIFF_USAGE, 'diff')), 3);
  if (positionals.length !== 2)
    return (err(usageError('diff needs the OLD and the NEW policy file', DIFF_USAGE, 'diff')), 3);
  const [oldFile, newFile] = positionals as [string, string];
  const documents: PrivacyPolicyDocument[] = [];
  for (const file of [oldFile, newFile]) {
    const valid = await readValidPolicy(file, DEFAULT_MAX_BYTES, err, 'compared');
    if (typeof valid === 'number') return 3;
    documents.push(valid.policy.document);
  }
  const [before, after] = documents as [PrivacyPolicyDocument, PrivacyPolicyDocument];
  if (before.id !== after.id)
    return (
      err(
        `${shownAs(newFile)}: not compared: it is another policy ("${after.id}") than ${shownAs(oldFile)} ("${before.id}"); diff compares two versions of one policy`,
      ),
      3
    );
  const result = comparePolicies(before, after);
  const lang = after.defaultLanguage;
  if (values.format === 'json') out(JSON.stringify(result, null, 2));
  else if (values.format === 'markdown') out(formatMarkdown(result, lang));
  else out(formatText(result, lang, values['no-color'] ? false : (values.color ?? process.stdout.isTTY === true)));
  return result.changes.length === 0 ? 0 : result.consentRelevant ? 2 : 1;
}
