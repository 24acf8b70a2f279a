import type { NormalizedPolicy } from '../model/index.js';
import { lintText, type LintFinding, type LintProfile, type PlacedFinding, type PlacedProblem } from '../lint/index.js';
import { readPolicyFile, shownAs } from './check-file.js';

export interface LintFileReport {
  file: string;
  /** The file could not be read (missing, a directory...). */
  ioError?: string;
  /** Whether the policy passed validation; only a valid policy is linted. */
  valid: boolean;
  /** Validation errors and warnings. */
  problems: PlacedProblem[];
  findings: PlacedFinding[];
}

type MoreFindings = (policy: NormalizedPolicy) => LintFinding[];

async function lintFile(
  given: string,
  maxBytes: number,
  profile: LintProfile,
  more?: MoreFindings,
): Promise<LintFileReport> {
  const read = await readPolicyFile(given, maxBytes);
  const file = shownAs(given);
  if (!('text' in read))
    return {
      file,
      ...(read.ioError ? { ioError: read.ioError } : {}),
      valid: false,
      problems: read.errors,
      findings: [],
    };
  const { valid, problems, findings } = lintText(read.text, maxBytes, profile, more);
  return { file, valid, problems, findings };
}

/** One finding or validation problem per entry, in the order of the file; a finding's fix on the line after it. */
function lines(report: LintFileReport): string[] {
  const where = (p: { line: number; column: number; pointer: string }) =>
    `${report.file}:${p.line}:${p.column}: ${p.pointer || '(root)'}:`;
  const entries = [
    ...report.problems.map((p) => ({ ...p, text: `${where(p)} ${p.severity} [validate/${p.code}] ${p.message}` })),
    ...report.findings.map((f) => ({
      ...f,
      text: `${where(f)} ${f.severity} [${f.rule}] ${f.message}\n    fix: ${f.hint}`,
    })),
  ];
  return entries.sort((a, b) => a.line - b.line || a.column - b.column).map((e) => e.text);
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * `privacy-notice lint FILE...`: validates each file, then lints the valid ones. Text goes to `out` (findings) and
 * `err` (I/O errors, the summary); JSON to `out`. Exit status: 2 when a file cannot be read, 1 when a policy is
 * invalid or has a lint error, else 0 (warnings alone pass).
 */
export async function lintCommand(
  files: string[],
  format: 'text' | 'json',
  maxBytes: number,
  out: (line: string) => void,
  err: (line: string) => void,
  profile: LintProfile = 'default',
  more?: MoreFindings,
): Promise<number> {
  const reports = await Promise.all(files.map((file) => lintFile(file, maxBytes, profile, more)));
  const all = (severity: string) =>
    reports.reduce((n, r) => n + [...r.problems, ...r.findings].filter((p) => p.severity === severity).length, 0);
  const [errors, warnings] = [all('error'), all('warning')];
  const invalid = reports.filter((r) => !r.valid && !r.ioError).length;
  if (format === 'json') out(JSON.stringify({ errors, warnings, files: reports }, null, 2));
  else {
    for (const report of reports) {
      if (report.ioError) err(`${report.file}: error: ${report.ioError}`);
      lines(report).forEach((line) => out(line));
    }
    err(
      `${count(reports.length, 'file')} linted: ${invalid} invalid, ${count(errors, 'error')}, ${count(warnings, 'warning')}.`,
    );
  }
  if (reports.some((r) => r.ioError)) return 2;
  return errors > 0 ? 1 : 0;
}
