import type { Text } from './policy.generated.js';

/** A string together with the language it is actually in (which the rendered text carries as `lang`). */
export interface Localized {
  value: string;
  lang: string;
}

/** Languages whose readers are served well by a close one when theirs is missing (Norwegian -> Bokmål). */
const CLOSE: Record<string, string> = { no: 'nb', nn: 'nb' };

/** Prefixes of a tag, longest first: 'zh-Hant-TW' -> ['zh-Hant-TW', 'zh-Hant', 'zh']. */
function prefixes(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/** The tag with its likely script and region ('zh-TW' -> 'zh-Hant-TW'), or undefined when Intl cannot tell. */
function maximize(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().toString();
  } catch {
    return undefined;
  }
}

/**
 * The tags to try for a reader of `tag`, best first: the tag and its shorter prefixes, the same with the likely
 * script filled in ('zh-TW' -> 'zh-Hant-TW', 'zh-Hant', so Taiwan gets Traditional Chinese, not the first 'zh-*'),
 * the bare language, then a close language (no -> nb). Legacy codes are canonicalized (iw -> he).
 */
export function fallbackChain(tag: string): readonly string[] {
  let chain = chains.get(tag);
  if (!chain) {
    if (chains.size >= MAX_CHAINS) chains.clear();
    chains.set(tag, (chain = Object.freeze(chainOf(tag))));
  }
  return chain;
}

/**
 * Chains made so far, by tag: every policy string in a language map asks for the reader's and the default
 * language's chain, and working one out (canonicalizing, `Intl.Locale#maximize`) cost more than the rest of
 * rendering the text. Bounded, though a page meets only a few tags.
 */
const chains = new Map<string, readonly string[]>();
const MAX_CHAINS = 256;

function chainOf(tag: string): string[] {
  let canonical = tag;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    // not a well-formed tag: match it as written
  }
  const language = canonical.split('-')[0]!;
  const chain = [...prefixes(canonical), ...prefixes(maximize(canonical) ?? canonical)].filter((t) => t !== language);
  const close = CLOSE[language.toLowerCase()];
  return [...new Set([tag, ...chain, language, ...(close ? [close] : [])])];
}

function findTag(available: readonly string[], tag: string): string | undefined {
  const wanted = tag.toLowerCase();
  return available.find((a) => a.toLowerCase() === wanted);
}

/**
 * The best of `available` for a reader who asks for `requested` (most preferred first): each request, then its
 * shorter prefixes (fr-CA -> fr); a request for a bare language also accepts a regional variant (pt -> pt-BR).
 * Falls back to `fallback`.
 */
export function pickLanguage(requested: readonly string[], available: readonly string[], fallback: string): string {
  for (const tag of requested) {
    for (const candidate of fallbackChain(tag)) {
      const hit = findTag(available, candidate);
      if (hit) return hit;
    }
    const language = tag.split('-')[0]!.toLowerCase();
    const regional = available.find((a) => a.toLowerCase().split('-')[0] === language);
    if (regional) return regional;
  }
  return fallback;
}

/**
 * Picks the text for `lang` from a plain string or a language map: the language, its shorter prefixes, then the
 * document's default language, then the first translation there is. The result says which language was used.
 */
export function localize(text: Text | undefined, lang: string, defaultLanguage: string): Localized | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { value: text, lang: defaultLanguage };
  if (Object.prototype.hasOwnProperty.call(text, lang) && text[lang]) return { value: text[lang]!, lang }; // the usual case
  const tags = Object.keys(text);
  for (const candidate of [...fallbackChain(lang), ...fallbackChain(defaultLanguage)]) {
    const hit = findTag(tags, candidate);
    if (hit && text[hit]) return { value: text[hit]!, lang: hit };
  }
  const first = tags.find((t) => text[t]);
  return first ? { value: text[first]!, lang: first } : undefined;
}
