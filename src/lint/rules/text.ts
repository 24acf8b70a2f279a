import { hasPart, toPointer, type Section, type Text } from '../../model/index.js';
import { fallbackChain, localize } from '../../model/localize.js';
import { LANGUAGE_NEUTRAL } from '../../model/neutral.js';
import { finding, type LintFinding, type Rule } from '../finding.js';

/** A section that shows nothing: no body, no subsections, and no part with content. */
export const emptySection: Rule = ({ doc }) => {
  const visit = (sections: Section[] | undefined, at: Array<string | number>): LintFinding[] =>
    (sections ?? []).flatMap((section, i) => {
      const here = [...at, i];
      const shows = (section.include ?? []).some(
        (inclusion) => typeof inclusion !== 'string' || hasPart(doc, inclusion),
      );
      const own =
        section.body || section.sections?.length || shows
          ? []
          : [
              finding(
                'empty-section',
                toPointer(here),
                '{path} has nothing to show under its heading: no body, no subsections and no part with content.',
                'Write its `body`, `include` the part it is about, or remove the section.',
              ),
            ];
      return [...own, ...visit(section.sections, [...here, 'sections'])];
    });
  return visit(doc.sections, ['sections']);
};

/** An address mail can be delivered to: no spaces, one @, a domain with a dot. */
export const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** Something in prose that is meant to be an email address; masked ones (`***@`) are the placeholder rule's. */
const EMAIL_LIKE = /(?:mailto:)?([^\s<>()[\]{}"'`,;:*\\@]{1,100}@[^\s<>()[\]{}"'`,;:*\\]{0,255})/g;

/** Email addresses in prose that mail cannot be delivered to (Email fields are held to the same by the schema). */
export const emailMalformed: Rule = ({ strings }) => {
  const bad: Array<[string, string]> = [];
  for (const { field, pointer, text } of strings) {
    if ((field.kind !== 'Text' && field.kind !== 'Markdown') || !text.includes('@')) continue;
    for (const m of text.matchAll(EMAIL_LIKE)) {
      if (/\.\.\.|…/.test(m[1]!)) continue; // "info@..." is a template field: the placeholder rule's
      const address = m[1]!.replace(/[.!?]+$/, '');
      if (!EMAIL.test(address)) bad.push([pointer, address]);
    }
  }
  return bad.map(([pointer, address]) =>
    finding(
      'email-malformed',
      pointer,
      `{path} has "${address}", which is not an email address mail can be delivered to.`,
      'Write the full address, e.g. privacy@example.com.',
    ),
  );
};

/** URL fields that are ways to reach someone: readers send personal data there. */
const CONTACT_URL = new Set(['Channel.url', 'Contact.url', 'Organization.website', 'Authority.url']);
const HTTP_IN_TEXT = /\bhttp:\/\/[^\s<>()[\]"']{0,2048}[^\s<>()[\]"'.,;:!?]/gi;

/** Plain-http links: a contact channel must be https; elsewhere the notice shows them as text, not links. */
export const insecureUrls: Rule = ({ fields, strings }) => [
  ...fields
    .filter((f) => f.kind === 'Url' && typeof f.value === 'string' && /^http:/i.test(f.value))
    .map((f) =>
      CONTACT_URL.has(`${f.owner}.${f.key}`)
        ? finding(
            'channel-url',
            f.pointer,
            `{path} is "${String(f.value)}", a plain-http address: what readers send there travels unencrypted, and the notice does not make it a link.`,
            'Use the https: address.',
          )
        : finding(
            'insecure-link',
            f.pointer,
            `{path} is "${String(f.value)}", a plain-http address; the notice shows it as text, not as a link.`,
            'Use the https: address.',
          ),
    ),
  ...strings.flatMap(({ field, pointer, text }) =>
    field.kind === 'Url' || field.kind === 'Email'
      ? []
      : [...text.matchAll(HTTP_IN_TEXT)].map((m) =>
          finding(
            'insecure-link',
            pointer,
            `{path} links to "${m[0]}" over plain http; the notice shows it as text, not as a link.`,
            `Write https://${m[0].slice('http://'.length)} if the site supports it.`,
          ),
        ),
  ),
];

/** A language map with its existing texts and an ellipsis for each missing language, for a hint. */
function suggestedMap(value: unknown, defaultLanguage: string, missing: readonly string[]): string {
  const short = (text: string) => (text.length > 30 ? `${text.slice(0, 27)}...` : text);
  const entries: Array<[string, string]> = [
    ...(typeof value === 'string'
      ? [[defaultLanguage, short(value)] as [string, string]]
      : Object.entries(value as Record<string, unknown>).map(([tag, text]): [string, string] => [
          tag,
          short(String(text)),
        ])),
    ...missing.map((tag): [string, string] => [tag, '...']),
  ];
  return `{${entries.map(([tag, text]) => `${JSON.stringify(tag)}: ${JSON.stringify(text)}`).join(', ')}}`;
}

/**
 * In a policy published in several languages, text a declared language lacks: readers who choose it are shown
 * another language (named, as the notice picks it). Language-neutral fields (names, addresses) need no translation.
 */
export const missingTranslation: Rule = ({ policy, fields }) => {
  const [, ...others] = policy.languages;
  if (others.length === 0) return [];
  return fields.flatMap((f): LintFinding[] => {
    if ((f.kind !== 'Text' && f.kind !== 'Markdown') || LANGUAGE_NEUTRAL.has(`${f.owner}.${f.key}`)) return [];
    const value = f.value as Text;
    const tags = typeof value === 'string' ? [policy.defaultLanguage] : Object.keys(value).map((t) => t.toLowerCase());
    const missing = policy.languages.filter(
      (lang) => !fallbackChain(lang).some((tag) => tags.includes(tag.toLowerCase())),
    );
    if (missing.length === 0) return [];
    const shown = missing.map((lang) => {
      const fallback = localize(value, lang, policy.defaultLanguage)?.lang ?? policy.defaultLanguage;
      return `readers who choose ${lang} are shown the ${fallback} text`;
    });
    const what =
      typeof value === 'string'
        ? 'is a plain string, in the default language only'
        : `has no ${missing.join(', ')} text`;
    return [
      finding(
        'missing-translation',
        f.pointer,
        `{path} ${what}; ${[...new Set(shown)].join(', ')}.`,
        `Make it a language map with every language of \`languages\`: ${suggestedMap(value, policy.defaultLanguage, missing)}.`,
      ),
    ];
  });
};

/**
 * The keys of language maps: each in its canonical form ('de', not 'deu' or 'DE'), and each one of `languages`
 * (text in another language is never shown: no reader can choose it).
 */
export const languageKeys: Rule = ({ policy, fields }) => {
  // A key is shown when it is a declared language or one a declared language falls back to (fr for fr-CA readers).
  const declared = new Set(policy.languages.flatMap((tag) => fallbackChain(tag).map((t) => t.toLowerCase())));
  const findings: LintFinding[] = [];
  policy.languages.forEach((tag) => {
    const canonical = canonicalTag(tag);
    if (canonical && canonical !== tag) {
      const i = (policy.document.languages ?? ([] as string[])).indexOf(tag);
      findings.push(
        finding(
          'language-key',
          i >= 0 ? `/languages/${i}` : '/defaultLanguage',
          `{path} is "${tag}"; its standard form is "${canonical}".`,
          `Write "${canonical}" here and in every language map.`,
        ),
      );
    }
  });
  // One finding per key, however many texts use it: the first place it is used, and how many others.
  const uses = new Map<string, string[]>();
  for (const f of fields) {
    if ((f.kind !== 'Text' && f.kind !== 'Markdown') || typeof f.value !== 'object' || f.value === null) continue;
    for (const tag of Object.keys(f.value)) {
      const canonical = canonicalTag(tag);
      if ((canonical === tag || !canonical) && declared.has(tag.toLowerCase())) continue;
      const pointer = `${f.pointer}/${tag.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      uses.set(tag, [...(uses.get(tag) ?? []), pointer]);
    }
  }
  for (const [tag, [first, ...others]] of uses) {
    const canonical = canonicalTag(tag);
    const more = others.length ? ` (and ${others.length} more text${others.length === 1 ? '' : 's'})` : '';
    if (canonical && canonical !== tag && declared.has(canonical.toLowerCase()))
      findings.push(
        finding(
          'language-key',
          first!,
          `{path}${more} is keyed "${tag}"; write "${canonical}", as in \`languages\`.`,
          `Rename the key "${tag}" to "${canonical}".`,
        ),
      );
    else
      findings.push(
        finding(
          'language-key',
          first!,
          `{path}${more} is text in "${tag}", which is not one of \`languages\` (${policy.languages.join(', ')}): no reader is shown it.`,
          canonical && canonical !== tag
            ? `Rename the key to "${canonical}" and add it to \`languages\`, or remove it.`
            : `Add "${tag}" to \`languages\`, or rename the key to one of them.`,
        ),
      );
  }
  return findings;
};

/** The canonical form of a language tag (deu -> de, en-us -> en-US), or undefined when Intl cannot read it. */
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
