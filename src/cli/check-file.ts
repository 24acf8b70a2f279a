import { readFile, stat } from 'node:fs/promises';
import { checkPolicyText, type PlacedProblem } from '../model/check-text.js';
import { formatSize } from '../model/problems.js';
import type { NormalizedPolicy } from '../model/normalize.js';

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

/** A size such as 5MB, 200kB or 200000 (bytes); throws a RangeError that says what was given. */
export function parseSize(value: string | undefined): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value ?? '');
  if (!match) throw new RangeError(`--max-size needs a size such as 5MB or 200000, not "${value ?? ''}"`);
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase() as 'b'];
  return Math.round(Number(match[1]) * factor);
}

/** The name problems are reported under: the FILE given, or `<stdin>` for `-`. */
export const shownAs = (file: string) => (file === '-' ? '<stdin>' : file);

let stdinText: Promise<string | { tooLarge: number }> | undefined;

/** Standard input, read once (a second `-` gets the same text), and no further than `maxBytes`. */
function readStdin(maxBytes: number): Promise<string | { tooLarge: number }> {
  stdinText ??= (async () => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        process.stdin.destroy();
        return { tooLarge: bytes };
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  })();
  return stdinText;
}

function tooLarge(file: string, message: string): FileReport {
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

function ioFailure(file: string, message: string): FileReport {
  return { file, ioError: message, valid: false, errors: [], warnings: [] };
}

/**
 * Reads one policy file as text (`-`: standard input), or says why it cannot (missing, a directory, over the size
 * cap). Never throws: a failure comes back as a report.
 */
export async function readPolicyFile(file: string, maxBytes: number): Promise<{ text: string } | FileReport> {
  if (file === '-') {
    const text = await readStdin(maxBytes);
    if (typeof text === 'string') return { text };
    return tooLarge(
      shownAs(file),
      `The policy on standard input is over the ${formatSize(maxBytes)} size limit (raise it with --max-size).`,
    );
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) return ioFailure(file, 'is a directory, not a policy file');
    if (!info.isFile()) return ioFailure(file, 'is not a regular file');
    if (info.size > maxBytes)
      return tooLarge(
        file,
        `The policy is ${formatSize(info.size)}, over the ${formatSize(maxBytes)} size limit (raise it with --max-size).`,
      );
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
  return { file: shownAs(file), valid: check.valid, errors: check.errors, warnings: check.warnings };
}

/**
 * Reads and checks FILE exactly as `validate` does, printing its problems through `err`: the valid policy, or the
 * exit status to end with (1 invalid, 2 unreadable). `not` says what was not done ("rendered", "hashed").
 */
export async function readValidPolicy(
  file: string,
  maxBytes: number,
  err: (line: string) => void,
  not: string,
): Promise<{ policy: NormalizedPolicy; document: unknown } | number> {
  const name = shownAs(file);
  const read = await readPolicyFile(file, maxBytes);
  if (!('text' in read) && read.ioError) return (err(`${name}: error: ${read.ioError}`), 2);
  // Read and checked once: what was checked is what is used.
  const check = 'text' in read ? checkPolicyText(read.text, maxBytes) : read;
  for (const problem of [...check.errors, ...check.warnings]) err(formatProblem(name, problem));
  if (!('policy' in check) || !check.policy) return (err(`${name}: not ${not}: the policy is invalid.`), 1);
  return { policy: check.policy, document: check.document };
}
