/**
 * fast-check arbitraries for the values inside a policy: localized text, Markdown with headings at any level,
 * ids, e-mail addresses, URLs. Text is drawn from words a policy could contain in several scripts, plus the odd
 * characters of real documents, so a failure reads like a document rather than noise.
 */
import fc from 'fast-check';

const WORDS = [
  'data',
  'privacy',
  'we',
  'your',
  'cookies',
  'données',
  'vos',
  'Datenschutz',
  '数据',
  '隐私',
  'البيانات',
  'خصوصية',
  '&',
  '<b>',
  '"quoted"',
  '{{x}}',
  '—',
  '…',
  'e.g.',
  '42',
];

/** A phrase of 1-6 words. */
export const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));

/** A value of the schema's Text: a plain string, or a map with an entry for some of `languages` (the default first). */
export function localized(
  languages: readonly string[],
  of: fc.Arbitrary<string> = phrase,
): fc.Arbitrary<string | Record<string, string>> {
  const map = fc
    .subarray(languages.slice(1))
    .chain((others) =>
      fc
        .tuple(...[languages[0]!, ...others].map((lang) => of.map((value) => [lang, value] as const)))
        .map((entries) => Object.fromEntries(entries)),
    );
  return fc.oneof(of, map);
}

const inline = fc.oneof(
  phrase,
  phrase.map((p) => `**${p}**`),
  phrase.map((p) => `*${p}*`),
  phrase.map((p) => `[${p}](https://example.com/${encodeURIComponent(p.length)})`),
  phrase.map((p) => `[${p}](mailto:dpo@example.com)`),
  fc.constant('`code`'),
);

/** A Markdown block: a heading of any level (which the notice must fit into its outline), a paragraph, a list. */
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), phrase).map(([level, p]) => `${'#'.repeat(level)} ${p}`),
  fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
  fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
);

/** A Markdown body of 1-4 blocks. */
export const markdown = fc.array(block, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join('\n\n'));

/** An id as the schema writes it: lower-case words joined by single hyphens. */
export const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}$/);

/** `count` distinct ids. */
export const ids = (max: number, min = 0) => fc.uniqueArray(id, { minLength: min, maxLength: max });

export const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9.]{0,8}[a-z0-9]$/),
    fc.constantFrom('example.com', 'acme.example', 'dpo.example.org'),
  )
  .map(([local, domain]) => `${local.replace(/\.{2,}/g, '.')}@${domain}`);

export const url = fc
  .tuple(
    fc.constantFrom('https://example.com', 'https://acme.example/privacy', 'http://legacy.example'),
    fc.stringMatching(/^[a-z0-9/-]{0,12}$/),
  )
  .map(([base, path]) => `${base}/${path}`);

/** Some of `items`, each at most once, in order. */
export const someOf = <T>(items: readonly T[], max = items.length) => fc.subarray([...items], { maxLength: max });
