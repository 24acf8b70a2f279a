/**
 * Markdown inputs known to make Markdown parsers slow: the shapes of marked's own ReDoS regression cases
 * (markedjs/marked, test/specs/redos/), each grown to a size that showed super-linear time there, plus the
 * bare-email shape that took 20 s for 100 kB in marked 18 before this library bounded it. None is longer than the
 * 100,000-character limit for one text, so each must render.
 */
const bigRefs = () =>
  `${'[[x]][id] '.repeat(2000)}\n\n[id]: https://example.com\n${Array.from({ length: 2000 }, (_, i) => `[unused-${i}]: https://example.com/${i}`).join('\n')}`;

export const REDOS_INPUTS: ReadonlyArray<readonly [name: string, markdown: string]> = [
  ['heading with spaces', `# #${' '.repeat(50_000)}a`],
  ['cubic definition', `[x]:${' '.repeat(1500)}x ${' '.repeat(1500)} x`],
  ['open brackets', '['.repeat(100_000)],
  ['bracket and dot', '[.'.repeat(50_000)],
  ['open angles', '<'.repeat(100_000)],
  ['angle and dot', '<.'.repeat(50_000)],
  ['ten thousand list items', '- a\n'.repeat(10_000)],
  ['one long word', 'a'.repeat(100_000)],
  ['underscore run', `${'_'.repeat(10_000)} a`],
  ['trailing spaces', `a${' '.repeat(50_000)}`],
  ['reference search with escaped brackets', `[${'\t\\['.repeat(18_000)}[`],
  ['reference search with escaped pairs', `[${'\t\\[\\]'.repeat(14_000)}[`],
  ['unterminated links', '[a](b'.repeat(20_000)],
  ['unclosed link titles', 'a[b](c'.repeat(1000)],
  ['nested block quotes', '>'.repeat(5000)],
  ['unmatched emphasis in lists', '- *'.repeat(2000)],
  ['unmatched emphasis', '*x *x '.repeat(2000)],
  ['unmatched strikethrough', '~x ~x '.repeat(2000)],
  ['repeated unclosed links', `${'[a]('.repeat(20_000)}b`],
  ['html block close', `<!x ${'a>'.repeat(49_000)}`],
  ['empty href with no-break spaces', `[](${'\u00a0'.repeat(50_000)}`],
  ['empty href with spaces', `[](${' '.repeat(50_000)}`],
  ['tilde fence', `intro\n${'~'.repeat(50_000)}`],
  ['html prefix interrupting paragraphs', 'a\n<prefix/>'.repeat(9000)],
  ['bare email shape, underscores', 'a_'.repeat(50_000)],
  ['bare email shape, asterisks', 'a*'.repeat(50_000)],
  ['escapes', '\\.'.repeat(50_000)],
  ['code spans', '`x` '.repeat(25_000)],
  ['many references', `[a]: https://example.com\n\n${'[a] '.repeat(24_000)}`],
  ['nested references with many definitions', bigRefs()],
];

/**
 * Texts of 99,000 characters built against the patterns of the lint rules that once backtracked (issue 18: 6-30 s
 * each): placeholder, masked e-mail, double braces, bracketed e-mail and the "Confirm" look-behind.
 */
const LINT_LENGTH = 99_000;
export const LINT_BACKTRACKING: ReadonlyArray<readonly [name: string, text: string]> = [
  ['spaces after a question mark', `?${' '.repeat(LINT_LENGTH - 2)}x`], // "(?<=\?\s*)Confirm" looked back over every space
  ['x run', 'x'.repeat(LINT_LENGTH)], // masked e-mail: x{3,} before an @ that never comes
  ['star run', '*'.repeat(LINT_LENGTH)],
  ['double braces', '{{'.repeat(LINT_LENGTH / 2)], // double braces with no closing pair
  ['open brackets', '['.repeat(LINT_LENGTH)], // bracketed e-mail
];

/** A policy whose sections hold `texts`, in turn, `count` times. */
export function policyWithTexts(texts: readonly string[], count = texts.length): Record<string, unknown> {
  return {
    schemaVersion: '1.1.0',
    id: 'adversarial',
    defaultLanguage: 'en',
    title: 'T',
    controller: { name: 'C', email: 'privacy@example.com' },
    sections: Array.from({ length: count }, (_, i) => ({ id: `s${i}`, title: 'S', body: texts[i % texts.length] })),
  };
}
