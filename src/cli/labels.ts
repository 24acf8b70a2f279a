import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, type NormalizedPolicy } from '../model/index.js';
import { appleLabel, LabelFileError, parseAppleLabel, type AppleUsage } from '../labels/apple.js';
import { checkApple, checkPlay, type LabelMismatch } from '../labels/check.js';
import { finding, type LintFinding } from '../lint/finding.js';
import { draftFromApple, draftFromPlay } from '../labels/draft.js';
import { dpvDocument } from '../labels/dpv.js';
import { labelFacts, type LabelNote } from '../labels/facts.js';
import { parsePlayCsv, playCsv, playLabel, type PlayLabel } from '../labels/play.js';
import { parseSize, readPolicyFile, readValidPolicy, shownAs } from './check-file.js';
import { writeOutput } from './render.js';
import { usageError } from './usage.js';

export const EXPORT_USAGE = `Usage: privacy-notice export --format apple|play|dpv [-o OUTPUT] [--max-size SIZE] FILE

Writes what a valid policy says as an app store privacy label or as linked data:
  apple  App Store privacy details in fastlane's app_privacy_details.json shape (upload it with fastlane's
         upload_app_privacy_details_to_app_store, or copy the answers into App Store Connect)
  play   Google Play's Data safety CSV, every question of the form (Play Console > App content > Data safety >
         Import from CSV)
  dpv    W3C Data Privacy Vocabulary (DPV) JSON-LD: purposes, personal data, legal bases, recipients, rights

Data categories and purposes say what they are in store terms with "storeTypes" and "storePurposes" (see
docs/app-store-labels.md). What the policy cannot say in the store's terms is listed on standard error with the
place to fix it, never dropped silently.

  --format FORMAT      apple, play or dpv (required)
  -o, --output OUTPUT  file to write (default, or -: standard output)
  --max-size SIZE      largest file accepted, in bytes or with kB/MB (default 5MB)
  -h, --help           show this help

Exit status: 0 written, complete; 1 the policy is invalid (nothing written) or the label is written but incomplete
(each gap listed); 2 usage or I/O error.`;

export const IMPORT_USAGE = `Usage: privacy-notice import --format apple|play [-o OUTPUT] [--max-size SIZE] FILE

Drafts a valid policy from an existing store label: a data category per data type the label declares (with its
"storeTypes", linked, tracking, optional and ephemeral answers), a purpose per store purpose naming the data
collected for it, the third parties data is shared with, encryption in transit and the deletion links. Every text it
writes starts with "TODO: review:", which "privacy-notice lint" reports until someone replaces it with the real text.

  --format FORMAT      apple (app_privacy_details.json) or play (the Data safety CSV) (required)
  -o, --output OUTPUT  file to write (default, or -: standard output)
  --max-size SIZE      largest file accepted, in bytes or with kB/MB (default 5MB)
  -h, --help           show this help

Exit status: 0 drafted; 1 drafted, but some of the label could not be held (each listed); 2 usage or I/O error, or
a label file that is not the store's format (what and where).`;

export const CHECK_USAGE = `Usage: privacy-notice check [--apple FILE] [--play FILE] [--max-size SIZE] POLICY

Checks that store labels and the policy agree: every data type a label declares is in the policy and the reverse,
with the same purposes; App Store "linked" and "tracking" and Play's shared, optional and ephemeral answers agree
with the policy's data categories, purposes and recipients. Each mismatch is one line naming both sides.

  --apple FILE     an App Store label (fastlane's app_privacy_details.json)
  --play FILE      a Google Play Data safety CSV
  --max-size SIZE  largest file accepted, in bytes or with kB/MB (default 5MB)
  -h, --help       show this help

Exit status: 0 they agree; 1 a mismatch (or an invalid policy); 2 usage or I/O error, or a label file that is not
the store's format.`;

class LabelsUsageError extends Error {}

function parse(args: string[], extra: Record<string, { type: 'string' }>) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        ...extra,
      },
    });
  } catch (error) {
    throw new LabelsUsageError((error as Error).message);
  }
  let maxBytes = DEFAULT_MAX_BYTES;
  try {
    if (parsed.values['max-size'] !== undefined) maxBytes = parseSize(parsed.values['max-size'] as string);
  } catch (error) {
    throw new LabelsUsageError((error as Error).message);
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
    maxBytes,
  };
}

/** Runs a command body; a usage error prints the command's synopsis and exits 2. */
async function command(
  name: string,
  usage: string,
  err: (line: string) => void,
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof LabelsUsageError) return (err(usageError(error.message, usage, name)), 2);
    throw error;
  }
}

async function emit(
  output: string | undefined,
  text: string,
  out: (line: string) => void,
  err: (line: string) => void,
) {
  if (output === undefined || output === '-') return (out(text.replace(/\n$/, '')), 0);
  try {
    await writeOutput(output, text);
    return 0;
  } catch (error) {
    return (err(`${output}: error: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`), 2);
  }
}

const printNotes = (file: string, notes: LabelNote[], err: (line: string) => void) => {
  for (const note of notes) err(`${shownAs(file)}: ${note.pointer || '(root)'}: warning: ${note.message}`);
};

/** `privacy-notice export --format apple|play|dpv FILE`. */
export async function runExport(args: string[], out: (line: string) => void, err: (line: string) => void) {
  return command('export', EXPORT_USAGE, err, async () => {
    const { values, positionals, maxBytes } = parse(args, {});
    if (values.help) return (out(EXPORT_USAGE), 0);
    const format = values.format;
    if (format !== 'apple' && format !== 'play' && format !== 'dpv')
      throw new LabelsUsageError(`--format must be apple, play or dpv, not "${String(format ?? '')}"`);
    if (positionals.length !== 1)
      throw new LabelsUsageError(positionals.length ? 'export takes one FILE' : 'export needs a FILE');
    const file = positionals[0]!;
    const valid = await readValidPolicy(file, maxBytes, err, 'exported');
    if (typeof valid === 'number') return valid;
    const { text, notes } = exportText(valid.policy, format);
    printNotes(file, notes, err);
    const written = await emit(values.output as string | undefined, text, out, err);
    if (written) return written;
    if (notes.length)
      err(
        `${shownAs(file)}: the ${format} label is written but incomplete (${notes.length} gap${notes.length === 1 ? '' : 's'} above).`,
      );
    return notes.length ? 1 : 0;
  });
}

/** The exported file's text and the gaps found making it. */
export function exportText(
  policy: NormalizedPolicy,
  format: 'apple' | 'play' | 'dpv',
): { text: string; notes: LabelNote[] } {
  if (format === 'dpv') return { text: JSON.stringify(dpvDocument(policy), null, 2) + '\n', notes: [] };
  const facts = labelFacts(policy);
  if (format === 'apple') return { text: JSON.stringify(appleLabel(facts), null, 2) + '\n', notes: facts.notes };
  const { label, notes } = playLabel(facts);
  return { text: playCsv(label), notes: [...facts.notes, ...notes] };
}

async function readLabel<T>(
  file: string,
  maxBytes: number,
  parseText: (text: string) => T,
  err: (line: string) => void,
) {
  const read = await readPolicyFile(file, maxBytes);
  if (!('text' in read))
    return (err(`${shownAs(file)}: error: ${read.ioError ?? read.errors[0]?.message ?? 'cannot be read'}`), 2);
  try {
    return { label: parseText(read.text) };
  } catch (error) {
    if (error instanceof LabelFileError) return (err(`${shownAs(file)}: error: ${error.message}`), 2);
    throw error;
  }
}

/** `privacy-notice import --format apple|play FILE`. */
export async function runImport(args: string[], out: (line: string) => void, err: (line: string) => void) {
  return command('import', IMPORT_USAGE, err, async () => {
    const { values, positionals, maxBytes } = parse(args, {});
    if (values.help) return (out(IMPORT_USAGE), 0);
    const format = values.format;
    if (format !== 'apple' && format !== 'play')
      throw new LabelsUsageError(`--format must be apple or play, not "${String(format ?? '')}"`);
    if (positionals.length !== 1)
      throw new LabelsUsageError(positionals.length ? 'import takes one FILE' : 'import needs a FILE');
    const file = positionals[0]!;
    const read =
      format === 'apple'
        ? await readLabel(file, maxBytes, parseAppleLabel, err)
        : await readLabel(file, maxBytes, parsePlayCsv, err);
    if (typeof read === 'number') return read;
    const draft =
      format === 'apple' ? draftFromApple(read.label as AppleUsage[]) : draftFromPlay(read.label as PlayLabel);
    printNotes(file, draft.notes, err);
    const written = await emit(
      values.output as string | undefined,
      JSON.stringify(draft.policy, null, 2) + '\n',
      out,
      err,
    );
    if (written) return written;
    return draft.notes.length ? 1 : 0;
  });
}

/** Store label files as `check` and `lint --apple/--play` take them, read and parsed once. */
export interface StoreLabels {
  apple?: AppleUsage[];
  play?: PlayLabel;
}

/** Reads the label files given (either may be absent); an unreadable or malformed one is printed and gives 2. */
export async function readStoreLabels(
  files: { apple?: string | undefined; play?: string | undefined },
  maxBytes: number,
  err: (line: string) => void,
): Promise<StoreLabels | number> {
  const labels: StoreLabels = {};
  if (files.apple) {
    const read = await readLabel(files.apple, maxBytes, parseAppleLabel, err);
    if (typeof read === 'number') return read;
    labels.apple = read.label;
  }
  if (files.play) {
    const read = await readLabel(files.play, maxBytes, parsePlayCsv, err);
    if (typeof read === 'number') return read;
    labels.play = read.label;
  }
  return labels;
}

/** The mismatches between store labels and a policy: what `check` prints and `lint` reports as `store-label`. */
export function labelMismatches(policy: NormalizedPolicy, labels: StoreLabels): LabelMismatch[] {
  const facts = labelFacts(policy);
  return [
    ...(labels.apple ? checkApple(policy, facts, labels.apple) : []),
    ...(labels.play ? checkPlay(policy, facts, labels.play) : []),
  ];
}

/** The mismatches as lint findings (rule `store-label`), each naming the label file. */
export function storeLabelFindings(labels: StoreLabels, files: { apple?: string; play?: string }) {
  return (policy: NormalizedPolicy): LintFinding[] =>
    labelMismatches(policy, labels).map((m) =>
      finding(
        'store-label',
        m.pointer,
        `${shownAs((m.store === 'apple' ? files.apple : files.play)!)}: ${m.message}`,
        m.store === 'apple'
          ? 'Make the policy and the App Store label say the same: fix the place named, or write the label again with `privacy-notice export --format apple`.'
          : 'Make the policy and the Data safety form say the same: fix the place named, or write the form again with `privacy-notice export --format play`.',
      ),
    );
}

/** `privacy-notice check --apple FILE --play FILE POLICY`. */
export async function runCheck(args: string[], out: (line: string) => void, err: (line: string) => void) {
  return command('check', CHECK_USAGE, err, async () => {
    const { values, positionals, maxBytes } = parse(args, { apple: { type: 'string' }, play: { type: 'string' } });
    if (values.help) return (out(CHECK_USAGE), 0);
    if (values.format !== undefined || values.output !== undefined)
      throw new LabelsUsageError('check takes --apple and --play, not --format or --output');
    if (!values.apple && !values.play) throw new LabelsUsageError('check needs --apple FILE, --play FILE or both');
    if (positionals.length !== 1)
      throw new LabelsUsageError(positionals.length ? 'check takes one POLICY' : 'check needs a POLICY');
    const file = positionals[0]!;
    const valid = await readValidPolicy(file, maxBytes, err, 'checked');
    if (typeof valid === 'number') return valid;
    const labels = await readStoreLabels(
      { apple: values.apple as string | undefined, play: values.play as string | undefined },
      maxBytes,
      err,
    );
    if (typeof labels === 'number') return labels;
    const found = labelMismatches(valid.policy, labels);
    const labelFile = (m: LabelMismatch) => (m.store === 'apple' ? values.apple : values.play) as string;
    for (const m of found) out(`${shownAs(file)}: ${m.pointer || '(root)'}: ${shownAs(labelFile(m))}: ${m.message}`);
    err(
      found.length
        ? `${found.length} mismatch${found.length === 1 ? '' : 'es'} between the policy and its store labels.`
        : 'The store labels and the policy agree.',
    );
    return found.length ? 1 : 0;
  });
}
