import { readFile, stat } from 'node:fs/promises';
import { checkPolicyText, type PlacedProblem } from '../model/check-text.js';

/** A problem placed in a file. */
export type FileProblem = PlacedProblem;

/** One problem as one line, `file:line:column: pointer: message`, the form editors and CI logs link to. */
export function formatProblem(file: string, p: FileProblem): string {
  const severity = p.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${p.line}:${p.column}: ${p.pointer || '(root)'}: ${severity}${p.message}`;
}

export interface FileReport {
  file: string;
  /** Set when the file could not be read at all (missing, a directory...): an I/O error, not an invalid policy. */
  ioError?: string;
  valid: boolean;
  errors: FileProblem[];
  warnings: FileProblem[];
}

function ioFailure(file: string, message: string): FileReport {
  return { file, ioError: message, valid: false, errors: [], warnings: [] };
}

/**
 * Reads one policy file as text, or says why it cannot (missing, a directory, over the size cap). Never throws: a
 * failure comes back as a report.
 */
export async function readPolicyFile(file: string, maxBytes: number): Promise<{ text: string } | FileReport> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return ioFailure(file, 'is a directory, not a policy file');
    if (!info.isFile()) return ioFailure(file, 'is not a regular file');
    if (info.size > maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      const message = `The policy is ${mb(info.size)}, over the ${mb(maxBytes)} size limit (raise it with --max-size).`;
      const problem: FileProblem = {
        pointer: '',
        path: '(document)',
        code: 'too-large',
        severity: 'error',
        message,
        line: 1,
        column: 1,
      };
      return { file, valid: false, errors: [problem], warnings: [] };
    }
    return { text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return ioFailure(
      file,
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot be read (${code ?? String(error)})`,
    );
  }
}

/** Reads, parses and validates one policy file. Never throws: every failure is part of the report. */
export async function checkFile(file: string, maxBytes: number): Promise<FileReport> {
  const read = await readPolicyFile(file, maxBytes);
  if (!('text' in read)) return read;
  const check = checkPolicyText(read.text, maxBytes);
  return { file, valid: check.valid, errors: check.errors, warnings: check.warnings };
}
