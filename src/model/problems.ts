/** How bad a problem is: errors stop a policy from rendering, warnings do not. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a policy document. Problems are data: the element shows them in its error panel, the CLI
 * prints them as `file:line:column: pointer: message`, and both carry the same `pointer`.
 */
export interface PolicyProblem {
  /** JSON Pointer (RFC 6901) to the value at fault, '' for the whole document. */
  pointer: string;
  /** The same place written for people: `rights[3].channels[0].email`. */
  path: string;
  /** One English sentence that says what is wrong, naming the place. */
  message: string;
  /** Stable machine code: a JSON Schema keyword ('required', 'format'...) or our own ('dangling-reference'...). */
  code: string;
  severity: Severity;
  /** Line and column in the source text, when the problem is in the text itself (a JSON syntax error). */
  position?: { line: number; column: number };
}

/** An error object as ajv's compiled validators report it. */
export interface RawError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  propertyName?: string;
}

/** Splits a JSON Pointer into its unescaped tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins tokens into a JSON Pointer, escaping '~' and '/'. */
export function toPointer(tokens: ReadonlyArray<string | number>): string {
  return tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** `/rights/3/channels/0/email` -> `rights[3].channels[0].email`; the root is `(document)`. */
export function pointerToPath(pointer: string): string {
  const tokens = pointerTokens(pointer);
  if (tokens.length === 0) return '(document)';
  let path = '';
  for (const token of tokens) {
    if (/^\d+$/.test(token)) path += `[${token}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(token)) path += (path ? '.' : '') + token;
    else path += `[${JSON.stringify(token)}]`;
  }
  return path;
}

/** Builds a problem whose message starts with the readable path in backticks. */
export function problem(pointer: string, code: string, text: string, severity: Severity = 'error'): PolicyProblem {
  const path = pointerToPath(pointer);
  return { pointer, path, code, severity, message: `\`${path}\` ${text}` };
}

/** A size in a message, as people read it: 5.0 MB, 10 kB, 612 bytes. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 10 * 1024 ? `${Math.round(bytes / 1024)} kB` : `${bytes.toLocaleString('en')} bytes`;
}
