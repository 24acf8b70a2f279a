import { finding, type Rule } from '../finding.js';
import { EMAIL } from './text.js';

/**
 * What privacy-policy templates leave behind when nobody fills them in: notes to the author ("Confirm: ..."),
 * fill-in instructions, masked or bracketed fields, questions for the author, to-do markers. Each pattern is
 * narrow on purpose (case, punctuation) so that ordinary policy prose does not match, and every repetition is
 * bounded (or starts only where its run starts), so a string is scanned in linear time whatever it holds.
 */
const UNFILLED: RegExp[] = [
  /\bConfirm(?=\s{0,20}:)|(?<=\?\s{0,20})Confirm\b|\bConfirm(?= the following\b)/g, // "Confirm: the emailbox?", "terms of user? Confirm."
  /(?<=[a-z,]\s)Please enter\b/g, // "by emailing Please enter your privacy email address." (a capital mid-sentence)
  /(?<![*xX])(?:\*{3,40}|x{3,40}|X{3,40})@(?:\*{3,40}|x{3,40}|X{3,40})(?:\.[a-z]{2,10})?/g, // "***@***.com"
  /\[(?:(?:insert|enter|your|company|name|e-?mail|address|date|phone|url|website|country|dpo)\b[^\]\n]{0,60}|[^\]\n.…]{1,60}(?:\.\.\.|…))\](?![([])/gi, // "[Company name]", "[info@...]"
  /\bor some other [^?.;:\n]{1,60}\?|\b(?:emailbox|name it)\?/gi, // questions left for the author
  /\b(?:TODO|TBD|FIXME)\b|\bX{3,}\b|\{\{[^{}\n]{1,100}\}\}|<(?:insert|enter)\b[^<>\n]{0,200}>/g,
  /\$\{[A-Za-z_][\w.]{0,40}\}|%\([a-z_]{1,30}\)s/g, // template variables: "${company}", "%(name)s"
  /\blorem ipsum\b/gi,
];

/** A bracketed email address: a template field filled in with its brackets left ("[info@smartbt.store]"). */
const BRACKETED_EMAIL = /\[([^[\]\s@]{1,100}@[^[\]\s]{1,200})\](?![([:])/g;

/** Markdown escapes (`\*`) hide `***@***.com` from the patterns; the reader sees the characters without them. */
const unescape = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');

/** The matches of some patterns, each quoted with a little of what follows it, overlapping ones once. */
function snippets(text: string, patterns: RegExp[]): string[] {
  const matches = patterns.flatMap((p) => [...text.matchAll(p)]).sort((a, b) => a.index - b.index);
  const quoted: string[] = [];
  let end = -1;
  for (const m of matches) {
    if (m.index < end) continue;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(m.index, lineEnd === -1 ? undefined : lineEnd);
    const shown = Math.max(m[0].length, 40); // a short marker ("Confirm:") is quoted with what follows it
    const inWord = /\w/.test(line[shown - 1] ?? '') && /\w/.test(line[shown] ?? ''); // do not quote half a word
    const head = inWord ? line.slice(0, shown).replace(/\s+\S*$/, '') : line.slice(0, shown);
    const cut = line.length <= shown ? line : shown > m[0].length ? `${head}…` : m[0];
    quoted.push(`"${cut.trim()}"`);
    end = m.index + Math.max(m[0].length, cut.length);
  }
  return quoted;
}

/** Template text nobody filled in: publishing it tells readers the policy was never finished. */
export const placeholder: Rule = ({ strings }) =>
  strings.flatMap(({ pointer, text }) => {
    const found = snippets(unescape(text), UNFILLED);
    if (found.length === 0) return [];
    return [
      finding(
        'placeholder',
        pointer,
        `{path} contains template text nobody filled in: ${found.join(', ')}.`,
        'Replace it with the real information, or delete it if it does not apply.',
      ),
    ];
  });

/** A template field that was filled in but kept the template's brackets. */
export const templateLeftover: Rule = ({ strings }) =>
  strings.flatMap(({ pointer, text }) => {
    const emails = [...unescape(text).matchAll(BRACKETED_EMAIL)].map((m) => m[1]!).filter((e) => EMAIL.test(e));
    if (emails.length === 0) return [];
    const list = [...new Set(emails)];
    return [
      finding(
        'template-leftover',
        pointer,
        `{path} keeps a template's square brackets around ${list.map((e) => `"${e}"`).join(', ')}; readers see "[${list[0]}]".`,
        `Drop the brackets: write ${list[0]} (or <${list[0]}> to make it a link).`,
      ),
    ];
  });
