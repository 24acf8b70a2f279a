import { nativeLanguageName } from '../i18n/format.js';
import { directionOf } from '../i18n/direction.js';
import type { NormalizedPolicy, PartName } from '../model/index.js';
import { buildChoices } from './choices.js';
import { buildNotice, NoticeBuild } from './notice.js';
import { keepSame } from './share.js';
import { buildPart } from './parts/index.js';
import type { BodyView, Dir, PartOnlyView, ScreenView } from './types.js';
import { Words, type Reader } from './words.js';

/** What an element shows, with a note on the languages its policy text fell back to (as far as it is built). */
function screenOf<B extends BodyView>(words: Words, body: B): ScreenView<B> {
  const { ui, reader } = words;
  const fallbacks = [...words.fallbacks];
  const fallbackNote = fallbacks.length
    ? ui.t('language.fallbackNote', {
        language: ui.languageName(reader.lang),
        fallback: ui.list(fallbacks.map((tag) => ui.languageName(tag))),
      })
    : undefined;
  return { lang: ui.lang, dir: ui.dir, ...(fallbackNote ? { fallbackNote } : {}), body };
}

/** Builds what an element shows. */
export function buildScreen<B extends BodyView>(
  policy: NormalizedPolicy,
  reader: Reader,
  body: (words: Words) => B,
): ScreenView<B> {
  const words = new Words(policy, reader);
  return screenOf(words, body(words));
}

/** A view an element shows, built as far as it is needed (a large notice) or whole at once. */
export interface ViewBuild {
  /** Everything is built. */
  readonly complete: boolean;
  /** Builds more, until the view weighs at least `weight` items, or all of it. */
  grow(weight: number): void;
  /** The view as built so far. */
  readonly screen: ScreenView;
}

/** A view built whole, keeping the identity of what equals `previous`. */
export function wholeBuild(screen: ScreenView, previous?: ScreenView): ViewBuild {
  const kept = keepSame(previous, screen);
  return { complete: true, grow: () => undefined, screen: kept };
}

/** The whole notice, built a section at a time as far as it is asked for; equal pieces of `previous` kept. */
export function noticeBuild(policy: NormalizedPolicy, reader: Reader, previous?: ScreenView): ViewBuild {
  const words = new Words(policy, reader);
  const build = new NoticeBuild(words, previous?.body.kind === 'notice' ? previous.body : undefined);
  let screen: ScreenView | undefined;
  return {
    get complete() {
      return build.complete;
    },
    grow(weight) {
      if (build.grow(weight)) screen = undefined;
    },
    get screen() {
      return (screen ??= screenOf(words, build.view));
    },
  };
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

/** The first layer on its own (<privacy-summary>), under its heading. */
export function buildSummaryView(policy: NormalizedPolicy, reader: Reader) {
  return buildScreen(policy, reader, (words): PartOnlyView => {
    const view = buildPart(words, { part: 'summary' });
    return {
      kind: 'part',
      weight: view.weight,
      part: { ...view, anchor: words.anchor('section-summary'), heading: words.t('parts.summary') },
    };
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
