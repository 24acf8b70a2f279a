// No sentence is built in code: every separator, parenthesis and colon a reader sees comes from a UI string with
// placeholders (the `joins` group: "{{label}}: {{value}}", "{{item}} ({{aside}})"...) or from Intl.ListFormat, so
// a language writes them its own way (a Greek question mark is a semicolon; Japanese parentheses are full-width).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
/** Where the words a reader sees are put together (stylesheets and the Markdown parser are syntax, not words). */
const FOLDERS = ['src/view', 'src/templates', 'src/elements', 'src/controllers', 'src/static'];
const SKIP = /(?:\.styles\.ts|\/styles\.ts|\/css\.ts|\/view\/markdown\/.*|\.generated\.ts)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !SKIP.test(path) ? [path] : [];
  });
}

/** The code of a file without its comments (line and block), so prose about punctuation is not flagged. */
function code(source: string): string {
  return source.replace(/\/\*[^]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** String and template literals, in order (each match consumes its literal, so text between two is never one). */
const LITERAL = /(['"])(?:(?!\1)[^\\\n]|\\.)*\1|`(?:[^`\\]|\\.)*`/g;
/**
 * A quoted string that is only separators as a reader sees them: '; ', ', ', ': ', ' — ', ' (', ')' (with a space,
 * a dash or a parenthesis: a bare ':' or '.' is code, a URL scheme's colon or a file's dot).
 */
const SEPARATOR = /^(['"])(?=[^'"]*[\s()（）—–])[\s;,:.—–()（）：、]*[;,:.—–()（）：、][\s;,:.—–()（）：、]*\1$/;
/** A template literal that glues words with punctuation: `${a}: ${b}`, `${a} (${b})`, `(${a})`. */
const GLUED = /\}[:;,] |\} \(\$\{|\(\$\{|\}\) /;

function offences(text: string): string[] {
  return [...code(text).matchAll(LITERAL)]
    .map((m) => m[0])
    .filter((literal) => (literal.startsWith('`') ? GLUED.test(literal) : SEPARATOR.test(literal)));
}

describe('no punctuation or sentence-building in code', () => {
  it('finds the separators it looks for (self-check)', () => {
    const sample = `const a = [x, '; ', y]; const b = \`\${label}: \${value}\`; const c = \`\${name} (\${law})\`;`;
    assert.equal(offences(sample).length, 3);
    assert.deepEqual(offences(`const d = a ? 'x' : 'y'; // a comment: ', '`), []);
  });

  it('builds every reader-facing phrase from UI strings and Intl', () => {
    const found = FOLDERS.flatMap((folder) => files(join(root, folder))).flatMap((path) =>
      offences(readFileSync(path, 'utf8')).map((literal) => `${relative(root, path)}: ${literal.slice(0, 60)}`),
    );
    assert.deepEqual(found, []);
  });
});
