// What a reader of a notice rendered in one language must never see, checked the same way by the browser tests
// (test/i18n/*.test.ts) and by scripts/i18n-check.mjs (every reference policy in every locale, in the built bundle).
// Plain JavaScript so the check page can load it next to dist/privacy-notice.js without a build.

/** The policy document as if also published in `tag`: its text not yet translated shows in its default language. */
export function offeredIn(doc, tag) {
  return { ...doc, languages: [...new Set([doc.defaultLanguage, ...(doc.languages ?? []), tag])] };
}

/** The direction the browser's Intl (CLDR) gives a language: an oracle independent of the library's own table. */
export function cldrDirection(tag) {
  const locale = new Intl.Locale(tag);
  return (locale.getTextInfo?.() ?? locale.textInfo).direction;
}

/** Every element of a tree, through open shadow roots. */
function* elements(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* elements(el.shadowRoot);
  }
}

const ENGLISH_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/;
const ENGLISH_UNIT = /^\d[\d,.]* (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/;

/**
 * What the browser's Intl wrote in English (or as ICU's raw fallback, "2025 M04 30") for a language it has no data
 * for: the dates of the header and the durations of the cookie tables, which the library writes itself.
 */
function englishFormatting(root) {
  const problems = [];
  const meta = root.querySelector('[part~="meta"]')?.textContent ?? '';
  if (ENGLISH_MONTH.test(meta) || /\bM\d\d\b/.test(meta))
    problems.push(`a date written by Intl in English: "${meta.trim()}"`);
  for (const cell of root.querySelectorAll('td.cookie-duration')) {
    const text = cell.textContent.trim();
    if (ENGLISH_UNIT.test(text)) problems.push(`a duration written by Intl in English: "${text}"`);
  }
  return problems;
}

/**
 * Problems in a rendered notice that should be in `tag`: a raw UI key (`group.key`, for the English resource's
 * `groups`) or an unfilled {{placeholder}} in its text or accessible names, a wrong `lang` or `dir` on the notice, or
 * an element whose `dir` contradicts its own `lang`. An empty list when the reader sees what they should.
 */
export function languageProblems(notice, tag, groups) {
  const root = notice.shadowRoot;
  const problems = [];
  const wrapper = root.querySelector('.notice');
  if (!wrapper) return ['no .notice rendered'];
  if (wrapper.lang !== tag) problems.push(`the notice has lang="${wrapper.lang}", expected "${tag}"`);
  if (wrapper.dir !== cldrDirection(tag))
    problems.push(`the notice has dir="${wrapper.dir}", expected "${cldrDirection(tag)}"`);
  const rawKey = new RegExp(`(?<![\\w@/.-])(?:${groups.join('|')})\\.[A-Za-z][\\w-]*(?![\\w@/.-])`);
  // Text node by text node: a raw key is a whole value the UI wrote, and joining nodes would glue unrelated words.
  const texts = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.data);
  for (const el of elements(root)) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder'])
      if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
    if (
      el.hasAttribute('dir') &&
      el.hasAttribute('lang') &&
      el.getAttribute('dir') !== cldrDirection(el.getAttribute('lang'))
    ) {
      problems.push(`<${el.localName} lang="${el.lang}" dir="${el.dir}">: dir does not match lang`);
    }
  }
  if (!tag.startsWith('en')) problems.push(...englishFormatting(root));
  for (const text of texts) {
    const key = rawKey.exec(text);
    if (key) problems.push(`raw key "${key[0]}" shown`);
    if (text.includes('{{'))
      problems.push(`unfilled placeholder in "${text.slice(text.indexOf('{{'), text.indexOf('{{') + 40)}"`);
  }
  return [...new Set(problems)];
}
