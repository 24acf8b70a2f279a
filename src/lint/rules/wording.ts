import { isAllowedHref } from '../../model/href.js';
import { finding, type LintFinding, type Rule } from '../finding.js';

/**
 * Markdown link targets, `[text](target)`: bounded on every side so a long line is scanned once (no backtracking
 * beyond 2,048 characters of target). The title part (`"..."`) is optional.
 */
const LINK = /\]\(\s{0,8}<?([^()\s<>]{0,2048})>?(?:\s{1,8}"[^"\n]{0,200}")?\s{0,8}\)/g;

/** A Markdown link whose target the notice cannot link to (not https:, mailto:, tel: or #anchor): shown as text. */
export const linkTarget: Rule = ({ strings }) =>
  strings.flatMap(({ field, pointer, text }): LintFinding[] => {
    if (field.kind !== 'Markdown' || !text.includes('](')) return [];
    const bad = [
      ...new Set(
        [...text.matchAll(LINK)].map((m) => m[1]!).filter((href) => !/^http:/i.test(href) && !isAllowedHref(href)), // plain http is insecure-link's
      ),
    ];
    return bad.map((href) =>
      finding(
        'link-target',
        pointer,
        `{path} links to "${href || '(nothing)'}", which is not an address the notice can link to (https:, mailto:, tel: or #anchor); readers see the link text only.`,
        /^(?:www\.|[a-z0-9-]+\.[a-z]{2,}(?:\/|$))/i.test(href)
          ? `Write the whole address: https://${href}.`
          : 'Write an absolute https: address (or mailto:, tel:, #anchor).',
      ),
    );
  });

/**
 * The marks machine-translation services add to what they translate ("Translated with www.DeepL.com/Translator
 * (free version)"): published, they tell readers nobody read the translation.
 */
const WATERMARK =
  /\b(?:Translated with (?:www\.)?DeepL(?:\.com)?|Übersetzt mit (?:www\.)?DeepL(?:\.com)?|Traduit avec (?:www\.)?DeepL(?:\.com)?|Traducido con (?:www\.)?DeepL(?:\.com)?|Tradotto con (?:www\.)?DeepL(?:\.com)?|Vertaald met (?:www\.)?DeepL(?:\.com)?|Translated by Google|Powered by Google Translate)\b[^\n]{0,60}/gi;

export const machineTranslation: Rule = ({ strings }) =>
  strings.flatMap(({ pointer, text }): LintFinding[] => {
    const found = [...new Set([...text.matchAll(WATERMARK)].map((m) => m[0].trim()))];
    return found.length
      ? [
          finding(
            'machine-translation',
            pointer,
            `{path} ends with a machine-translation mark: "${found[0]}".`,
            'Delete the mark, and have someone who reads the language check the translation.',
          ),
        ]
      : [];
  });

/** HTML tags and character references pasted from a web page: the notice shows them as they are written. */
const TAG =
  /<\/?(?:a|abbr|b|big|blockquote|br|center|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)\b[^<>\n]{0,200}>/gi;
/** In a Text field (not Markdown, which decodes them), a character reference is shown as typed: "AT&amp;T". */
const REFERENCE = /&(?:[a-z]{2,8}|#[0-9]{1,7}|#x[0-9a-f]{1,6});/gi;

export const strayHtml: Rule = ({ strings }) =>
  strings.flatMap(({ field, pointer, text }): LintFinding[] => {
    if (field.kind !== 'Text' && field.kind !== 'Markdown') return [];
    const pieces = [...text.matchAll(TAG), ...(field.kind === 'Text' ? [...text.matchAll(REFERENCE)] : [])].map(
      (m) => m[0],
    );
    const found = [...new Set(pieces)];
    if (found.length === 0) return [];
    return [
      finding(
        'stray-html',
        pointer,
        `{path} contains HTML, which the notice shows as typed: ${found
          .slice(0, 3)
          .map((piece) => `"${piece.length > 40 ? `${piece.slice(0, 37)}...` : piece}"`)
          .join(', ')}.`,
        field.kind === 'Markdown'
          ? 'Write it in Markdown: a blank line for a paragraph, **bold**, [text](https://...), "- " for a list item.'
          : 'Write the characters themselves (&, ", a space) and drop the tags.',
      ),
    ];
  });
