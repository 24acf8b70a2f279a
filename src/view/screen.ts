import { nativeLanguageName } from '../i18n/format.js';
import { directionOf } from '../i18n/direction.js';
import type { NormalizedPolicy, PartName } from '../model/index.js';
import { buildChoices } from './choices.js';
import { buildNotice } from './notice.js';
import { buildPart } from './parts/index.js';
import type { BodyView, Dir, PartOnlyView, ScreenView } from './types.js';
import { Words, type Reader } from './words.js';

/** Builds what an element shows, with a note on the languages its policy text fell back to. */
export function buildScreen<B extends BodyView>(
  policy: NormalizedPolicy,
  reader: Reader,
  body: (words: Words) => B,
): ScreenView<B> {
  const words = new Words(policy, reader);
  const built = body(words);
  const { ui } = reader;
  const fallbacks = [...words.fallbacks];
  const fallbackNote = fallbacks.length
    ? ui.t('language.fallbackNote', {
        language: ui.languageName(reader.lang),
        fallback: ui.list(fallbacks.map((tag) => ui.languageName(tag))),
      })
    : undefined;
  return { lang: ui.lang, dir: ui.dir, ...(fallbackNote ? { fallbackNote } : {}), body: built };
}

/** The whole notice (<privacy-notice>, static HTML). */
export function buildNoticeView(policy: NormalizedPolicy, reader: Reader) {
  return buildScreen(policy, reader, buildNotice);
}

/** One part on its own (<privacy-rights>, <privacy-cookies>, <privacy-permissions>). */
export function buildPartView(policy: NormalizedPolicy, reader: Reader, part: PartName) {
  return buildScreen(policy, reader, (words): PartOnlyView => {
    const view = buildPart(words, { part });
    return { kind: 'part', weight: view.weight, part: view };
  });
}

/** Only the switches (<privacy-choices>). */
export function buildChoicesView(policy: NormalizedPolicy, reader: Reader) {
  return buildScreen(policy, reader, buildChoices);
}

export interface LanguageSwitcherView {
  inputId: string;
  label: string;
  selected: string;
  /** Each language named in its own language and marked with its `lang`, so a screen reader says it its way. */
  options: Array<{ tag: string; name: string; dir: Dir }>;
}

/** The menu of the policy's languages; none when it has one. */
export function buildLanguageSwitcher(policy: NormalizedPolicy, reader: Reader): LanguageSwitcherView | undefined {
  if (policy.languages.length < 2) return undefined;
  return {
    inputId: reader.anchorPrefix ? `${reader.anchorPrefix}-language` : 'language',
    label: reader.ui.t('language.label'),
    selected: reader.lang,
    options: policy.languages.map((tag) => ({ tag, name: nativeLanguageName(tag), dir: directionOf(tag) })),
  };
}
