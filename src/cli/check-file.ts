import { readFile, stat } from 'node:fs/promises';
import { lineColumn, parsePolicyText, pointerToPath, validatePolicy, type PolicyProblem } from '../model/index.js';
import { SourceMap } from './locate.js';

/** A problem placed in a file. */
export interface FileProblem extends PolicyProblem {
  line: number;
  column: number;
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

/** Reads, parses and validates one policy file. Never throws: every failure is part of the report. */
export async function checkFile(file: string, maxBytes: number): Promise<FileReport> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return ioFailure(file, 'is a directory, not a policy file');
    if (!info.isFile()) return ioFailure(file, 'is not a regular file');
    if (info.size > maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      const message = `The policy is ${mb(info.size)}, over the ${mb(maxBytes)} size limit (raise it with --max-size).`;
      const problem: FileProblem = { pointer: '', path: '(document)', code: 'too-large', severity: 'error', message, line: 1, column: 1 };
      return { file, valid: false, errors: [problem], warnings: [] };
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return ioFailure(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? String(error)})`);
  }

  const parsed = parsePolicyText(text, maxBytes);
  if (!parsed.ok) {
    const errors = parsed.errors.map((p) => ({ ...p, line: p.position?.line ?? 1, column: p.position?.column ?? 1 }));
    return { file, valid: false, errors, warnings: [] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const map = new SourceMap(body);
  const place = (p: PolicyProblem): FileProblem => ({ ...p, ...(p.position ?? map.locate(p.pointer)) });
  const duplicates: PolicyProblem[] = map.duplicateKeys().map(({ pointer, key, offset }) => ({
    position: lineColumn(body, offset),
    pointer,
    path: pointerToPath(pointer),
    code: 'duplicate-key',
    severity: 'warning',
    message: `\`${pointerToPath(pointer)}\` appears twice in the same object; only the last "${key}" counts.`,
  }));
  const result = validatePolicy(parsed.value, { maxBytes });
  const warnings = [...parsed.warnings, ...duplicates, ...result.warnings].map(place);
  if (!result.ok) return { file, valid: false, errors: result.errors.map(place), warnings };
  return { file, valid: true, errors: [], warnings };
}
