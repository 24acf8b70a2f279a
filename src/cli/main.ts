import { DEFAULT_MAX_BYTES } from '../model/index.js';
import { checkFile, formatProblem, parseSize, type FileReport } from './check-file.js';
import { PROFILES, type LintProfile } from '../lint/catalog.js';
import { lintCommand } from './lint-command.js';
import { INIT_USAGE, runInit } from './init.js';
import { DIFF_USAGE, runDiff } from './diff.js';
import { HASH_USAGE, runHash, runVerifyReceipt, VERIFY_RECEIPT_USAGE } from './proof.js';
import {
  CHECK_USAGE,
  EXPORT_USAGE,
  IMPORT_USAGE,
  readStoreLabels,
  runCheck,
  runExport,
  runImport,
  storeLabelFindings,
} from './labels.js';
import { RENDER_USAGE, runRender } from './render.js';
import { usageError } from './usage.js';

declare const __PACKAGE_VERSION__: string;

const COMMON = `  --format text|json  text (default): one line per problem, file:line:column: pointer: message
  --max-size SIZE     largest file accepted, in bytes or with kB/MB (default 5MB)
  -h, --help          show this help

FILE may be - for standard input.`;

const VALIDATE_USAGE = `Usage: privacy-notice validate [--format text|json] [--max-size SIZE] FILE...

Checks privacy policy documents against the privacy-notice JSON Schema, then checks that every referenced
id is declared and every id is unique.

${COMMON}

Exit status: 0 all files valid, 1 a file is invalid, 2 usage or I/O error.`;

const LINT_USAGE = `Usage: privacy-notice lint [--format text|json] [--profile NAME] [--apple FILE] [--play FILE] [--max-size SIZE] FILE...

Validates, then checks that the notice says what GDPR Art. 13/14 asks for and finds template placeholders,
empty sections, contact channels that cannot work and missing translations; each finding comes with a fix.

  --profile NAME      default, or transcription: reports what GDPR asks for and the source omits as
                      warnings, for a document that must stay faithful to a published policy
  --apple FILE        also check that this App Store label (app_privacy_details.json) agrees with each policy
  --play FILE         also check that this Google Play Data safety CSV agrees with each policy
${COMMON}

Exit status: 0 no errors (warnings pass), 1 a file is invalid or has an error, 2 usage or I/O error.`;

const OVERVIEW = `Usage: privacy-notice COMMAND [options] FILE...

Commands:
  validate FILE...   check policies against the schema and their ids
  lint FILE...       validate, then find what a notice lacks and what cannot work, each with a fix
  render FILE        write the notice as static HTML that needs no JavaScript
  init [FILE]        ask what a notice must say and write a starter policy with the answers
  diff OLD NEW       what changed between two versions of a policy, and whether readers must be asked again
  hash FILE...       print the SHA-256 of each policy's canonical form (the policyHash of receipts)
  verify-receipt RECEIPT POLICY
                     check that a consent receipt was made for exactly that policy
  export --format apple|play|dpv FILE
                     write the App Store label, the Play Data safety CSV or DPV JSON-LD from a policy
  import --format apple|play FILE
                     draft a policy from an App Store label or a Play Data safety CSV
  check [--apple FILE] [--play FILE] POLICY
                     check that store labels and the policy agree
  help [COMMAND]     show this overview, or a command's options

  -h, --help         show this overview (after a command: that command's options)
  -v, --version      show the version

FILE may be - for standard input. Documentation: README.md and docs/ in this package.`;

const USAGES: Record<string, string> = {
  validate: VALIDATE_USAGE,
  lint: LINT_USAGE,
  render: RENDER_USAGE,
  init: INIT_USAGE,
  diff: DIFF_USAGE,
  hash: HASH_USAGE,
  'verify-receipt': VERIFY_RECEIPT_USAGE,
  export: EXPORT_USAGE,
  import: IMPORT_USAGE,
  check: CHECK_USAGE,
};

/** The help for `command`, or the overview. */
const helpFor = (command: string | undefined) => (command && USAGES[command]) || OVERVIEW;

class UsageError extends Error {}

function sizeOption(value: string | undefined): number {
  try {
    return parseSize(value);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseArgs(args: string[]): {
  command?: string;
  files: string[];
  format: 'text' | 'json';
  maxBytes: number;
  profile: LintProfile;
  apple?: string | undefined;
  play?: string | undefined;
  help: boolean;
  version: boolean;
} {
  const options = {
    command: undefined as string | undefined,
    files: [] as string[],
    format: 'text' as 'text' | 'json',
    maxBytes: DEFAULT_MAX_BYTES,
    profile: 'default' as LintProfile,
    apple: undefined as string | undefined,
    play: undefined as string | undefined,
    help: false,
    version: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '-h' || flag === '--help') options.help = true;
    else if (flag === '-v' || flag === '--version') options.version = true;
    else if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format must be text or json, not "${format ?? ''}"`);
      options.format = format;
    } else if (flag === '--profile') {
      const profile = value();
      if (!PROFILES.includes(profile as LintProfile))
        throw new UsageError(`--profile must be ${PROFILES.join(' or ')}, not "${profile ?? ''}"`);
      options.profile = profile as LintProfile;
    } else if (flag === '--apple' || flag === '--play') {
      const file = value();
      if (!file) throw new UsageError(`${flag} needs a FILE`);
      options[flag === '--apple' ? 'apple' : 'play'] = file;
    } else if (flag === '--max-size') options.maxBytes = sizeOption(value());
    else if (flag === '--') {
      options.files.push(...args.slice(i + 1));
      i = args.length;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else if (options.command === undefined) options.command = arg;
    else options.files.push(arg);
  }
  return options;
}

function printText(reports: FileReport[], out: (line: string) => void, err: (line: string) => void): void {
  for (const report of reports) {
    if (report.ioError) err(`${report.file}: error: ${report.ioError}`);
    for (const p of [...report.errors, ...report.warnings].sort((a, b) => a.line - b.line || a.column - b.column))
      out(formatProblem(report.file, p));
  }
  const valid = reports.filter((r) => r.valid).length;
  const errors = reports.reduce((n, r) => n + r.errors.length, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
  const unread = reports.filter((r) => r.ioError).length;
  err(
    `${reports.length} file${reports.length === 1 ? '' : 's'} checked: ${valid} valid, ${reports.length - valid - unread} invalid${unread ? `, ${unread} unreadable` : ''} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}).`,
  );
}

/** Runs the CLI and returns its exit status; output goes through the two callbacks. Never throws. */
export async function run(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let command: string | undefined;
  try {
    if (args[0] === 'help') {
      if (args[1] !== undefined && !USAGES[args[1]]) throw new UsageError(`unknown command "${args[1]}"`);
      return (out(helpFor(args[1])), 0);
    }
    if (args[0] === 'render') return await runRender(args.slice(1), out, err);
    if (args[0] === 'init') return await runInit(args.slice(1), out, err);
    if (args[0] === 'diff') return await runDiff(args.slice(1), out, err);
    if (args[0] === 'hash') return await runHash(args.slice(1), out, err);
    if (args[0] === 'verify-receipt') return await runVerifyReceipt(args.slice(1), out, err);
    if (args[0] === 'export') return await runExport(args.slice(1), out, err);
    if (args[0] === 'import') return await runImport(args.slice(1), out, err);
    if (args[0] === 'check') return await runCheck(args.slice(1), out, err);
    const options = parseArgs(args);
    command = options.command;
    if (options.help) return (out(helpFor(command)), 0);
    if (options.version) return (out(__PACKAGE_VERSION__), 0);
    if (command !== 'validate' && command !== 'lint') {
      const unknown = command;
      command = undefined;
      throw new UsageError(unknown === undefined ? 'no command given' : `unknown command "${unknown}"`);
    }
    if (options.files.length === 0)
      throw new UsageError(`${command} needs at least one FILE (or - for standard input)`);
    if (command !== 'lint' && (options.apple || options.play))
      throw new UsageError('--apple and --play are options of lint (and check)');
    if (command === 'lint') {
      const files = { apple: options.apple, play: options.play };
      const labels = files.apple || files.play ? await readStoreLabels(files, options.maxBytes, err) : undefined;
      if (typeof labels === 'number') return labels;
      return await lintCommand(
        options.files,
        options.format,
        options.maxBytes,
        out,
        err,
        options.profile,
        labels && storeLabelFindings(labels, files as { apple?: string; play?: string }),
      );
    }
    const reports = await Promise.all(options.files.map((f) => checkFile(f, options.maxBytes)));
    if (options.format === 'json')
      out(JSON.stringify({ valid: reports.every((r) => r.valid), files: reports }, null, 2));
    else printText(reports, out, err);
    if (reports.some((r) => r.ioError)) return 2;
    return reports.every((r) => r.valid) ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      const about = command ?? (USAGES[args[0] ?? ''] ? args[0] : undefined);
      err(usageError(error.message, helpFor(about), about));
      return 2;
    }
    err(`privacy-notice: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
