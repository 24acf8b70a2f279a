import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { defaultChoiceState } from '../consent/state.js';
import { loadUi, uiLocaleFor } from '../i18n/ui.js';
import { pickLanguage, type NormalizedPolicy } from '../model/index.js';
import { policyHash } from '../model/hash.js';
import { NO_ACTIONS } from '../templates/actions.js';
import { renderFrame } from '../templates/frame.js';
import { styles } from '../templates/styles.js';
import {
  buildLanguageSwitcher,
  CONSENT_TAGS,
  ELEMENT_VIEWS,
  type ElementTag,
  type Reader,
  type ScreenView,
  loadMarkdownParser,
} from '../view/index.js';
import { escapeHtml, hydratableHtml, inlineJson } from './markup.js';

/** How to pre-render an element; each option is the element attribute of the same name. */
export interface PrerenderOptions {
  /** Which element: 'privacy-notice' (default), 'privacy-rights', 'privacy-cookies', 'privacy-summary', … */
  tag?: ElementTag;
  /** The reader's language (BCP 47); the policy picks its best match, as the element does. Default: the policy's own. */
  lang?: string;
  /** Level (1-6) of the element's top heading; default 2, as the element's. */
  headingLevel?: number;
  /** Prefix for anchor ids, as `anchor-prefix`. */
  anchorPrefix?: string;
  /** `<privacy-notice>` only: start with the first layer (`summary`). */
  summary?: boolean;
  /** `<privacy-summary>` only: the page with the full notice (`notice`). */
  notice?: string;
  /** The policy's languages as buttons (`language-switcher`). */
  languageSwitcher?: boolean;
  /**
   * Where the page serves the policy's JSON (`src`): the element names it instead of carrying the policy inline. The
   * script then fetches it once, and shows it without checking it again when it is the version the markup shows.
   */
  src?: string;
}

/** The stylesheet in each pre-rendered element's shadow root (the element's own). */
export const SHADOW_CSS = styles.map((s) => s.cssText).join('\n');

/** The margin around a pre-rendered element on a page of its own (`render --dsd` without --fragment). */
export const PAGE_CSS = `body { margin: 0; padding: 1.5rem clamp(1rem, 5vw, 3rem); }
@media print { body { padding: 0; } }`;

/** `'sha256-…'`, the CSP source expression of an inline stylesheet. */
function hashSource(css: string): string {
  let binary = '';
  for (const byte of sha256(utf8ToBytes(css))) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/**
 * What a strict Content-Security-Policy adds to `style-src` for pre-rendered output: the hashes of its inline
 * stylesheets (the element's, in every shadow root, and the page's margin), the same for every policy rendered by
 * this version of the library: `style-src 'self' 'sha256-…' 'sha256-…'`.
 */
export function styleSrc(): string {
  return `${hashSource(SHADOW_CSS)} ${hashSource(PAGE_CSS)}`;
}

/** The element's attributes, in the order a reader of the markup expects them; `undefined` or `false` leaves one out. */
function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

/**
 * An element of the library with its shadow root already in the markup (`<template shadowrootmode="open">`): the
 * browser paints it with no script, and the element's script takes it over without rendering it again. The shadow
 * root holds exactly what the element renders at its first update for a reader the server knows nothing about (the
 * policy's default choices, no saved ones), so the element can adopt it (hydrate) and then show the reader's own.
 */
export async function prerenderElement(
  policy: NormalizedPolicy,
  document: unknown,
  options: PrerenderOptions = {},
): Promise<{ html: string; screen: ScreenView }> {
  const tag = options.tag ?? 'privacy-notice';
  await loadMarkdownParser();
  const build = ELEMENT_VIEWS[tag];
  if (!build) throw new Error(`"${String(tag)}" is not an element of privacy-notice`);
  const level = Math.min(6, Math.max(1, options.headingLevel ?? 2));
  const requested = options.lang ? [options.lang] : [];
  const lang = pickLanguage(requested, policy.languages, policy.defaultLanguage);
  // As the element chooses them: its `lang` (written below) first, then the policy's default language.
  const ui = await loadUi(lang, { locale: uiLocaleFor([lang, lang, policy.defaultLanguage]) });
  const own = await loadUi(lang, { locale: uiLocaleFor([lang, lang]) });
  const reader: Reader = {
    lang,
    ui,
    anchorPrefix: options.anchorPrefix ?? '',
    ...(CONSENT_TAGS.includes(tag) ? { choices: defaultChoiceState(policy) } : {}),
    ...(tag === 'privacy-notice' && options.summary ? { summary: true } : {}),
    ...(tag === 'privacy-summary' && options.notice ? { noticeUrl: options.notice } : {}),
  };
  const built = build(policy, reader, undefined);
  built.grow(Infinity); // all of it: a pre-rendered notice is never shown a screen at a time
  const screen = built.screen;
  // What PolicyElement.render() passes for a shown policy: nothing loading, nothing to say, no error.
  const shadow = await hydratableHtml(
    renderFrame(
      {
        screen,
        level,
        switcher: options.languageSwitcher ? buildLanguageSwitcher(policy, reader) : undefined,
        stepped: false,
        busy: false,
        loading: { text: own.t('notice.loading'), lang: own.lang, dir: own.dir },
        status: '',
        ui: { lang: own.lang, dir: own.dir },
      },
      NO_ACTIONS,
    ),
  );
  const attrs = attributes({
    lang,
    'heading-level': level,
    'anchor-prefix': options.anchorPrefix || undefined,
    summary: tag === 'privacy-notice' && options.summary,
    notice: tag === 'privacy-summary' ? options.notice : undefined,
    'language-switcher': options.languageSwitcher,
    src: options.src,
    prerendered: policyHash(document as object),
  });
  // Each heading's target in the page, in the heading's slot: a link to it works before the script runs.
  const targets = [...shadow.matchAll(/<slot name="([^"]+)">/g)]
    .map(([, id]) => `<span slot="${id}" id="${id}"></span>`)
    .join('');
  const inline = options.src === undefined ? `<script type="application/json">${inlineJson(document)}</script>` : '';
  return {
    html: `<${tag}${attrs}><template shadowrootmode="open"><style>${SHADOW_CSS}</style>${shadow}</template>${targets}${inline}</${tag}>`,
    screen,
  };
}
