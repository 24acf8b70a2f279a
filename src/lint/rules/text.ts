import { hasPart, toPointer, type Section } from '../../model/index.js';
import { fallbackChain } from '../../model/localize.js';
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
const EMAIL_LIKE = /(?:mailto:)?([^\s<>()[\]{}"'`,;:*\\]+@[^\s<>()[\]{}"'`,;:*\\]*)/g;

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
const HTTP_IN_TEXT = /\bhttp:\/\/[^\s<>()[\]"']+[^\s<>()[\]"'.,;:!?]/gi;

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

/** In a policy published in several languages, text a declared language lacks (readers get the default one). */
export const missingTranslation: Rule = ({ policy, fields }) => {
  const [, ...others] = policy.languages;
  if (others.length === 0) return [];
  return fields.flatMap((f): LintFinding[] => {
    if ((f.kind !== 'Text' && f.kind !== 'Markdown') || LANGUAGE_NEUTRAL.has(`${f.owner}.${f.key}`)) return [];
    const tags =
      typeof f.value === 'string'
        ? [policy.defaultLanguage]
        : Object.keys(f.value as object).map((t) => t.toLowerCase());
    const missing = policy.languages.filter(
      (lang) => !fallbackChain(lang).some((tag) => tags.includes(tag.toLowerCase())),
    );
    if (missing.length === 0) return [];
    const what =
      typeof f.value === 'string'
        ? 'is a plain string, in the default language only'
        : `has no ${missing.join(', ')} text`;
    return [
      finding(
        'missing-translation',
        f.pointer,
        `{path} ${what}; readers who choose ${missing.join(' or ')} see the ${policy.defaultLanguage} text.`,
        `Make it a language map with every language of \`languages\`: {"${policy.defaultLanguage}": "...", "${missing[0]}": "..."}.`,
      ),
    ];
  });
};
