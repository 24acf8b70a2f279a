import { directionOf } from '../i18n/direction.js';
import type { Ui, UiKey } from '../i18n/ui.js';
import {
  localize,
  type Localized,
  type Markdown,
  type NormalizedPolicy,
  type PolicyChanges,
  type Text,
} from '../model/index.js';
import type { ChoiceState } from '../consent/toggles.js';
import { stripBidi } from '../model/href.js';
import { markdownNodes } from './markdown/index.js';
import type { Content, Fact, Inline, MarkdownView, MdNode, ParaView, TextView } from './types.js';

/** Who reads the notice: the policy language shown, the UI strings, and what the page around it can do. */
export interface Reader {
  /** The policy language shown (the best the policy offers for the reader). */
  lang: string;
  ui: Ui;
  /** Prepended to every anchor id ('' by default), so two notices on one page can each own their deep links. */
  anchorPrefix: string;
  /**
   * Static HTML that no script will run in (`privacy-notice render`): controls that only work with script, such as
   * the copy-link buttons, are left out rather than shown doing nothing.
   */
  static?: boolean;
  /** The reader's consent choices; absent where nothing can be chosen (static HTML). */
  choices?: ChoiceState;
  /** What changed since an earlier version of the policy (the element's `previous` or `changes`), when known. */
  changes?: PolicyChanges;
  /** The reader hid the summary of what changed (changed sections stay marked). */
  changesHidden?: boolean;
  /**
   * Where the full notice is, for a summary shown apart from it (`<privacy-summary notice="privacy.html">`): its
   * links go to that page's anchors. Absent: the notice is on this page.
   */
  noticeUrl?: string;
  /** The notice starts with its first layer, the summary (unless a section of the policy already shows it). */
  summary?: boolean;
  /** The last copy of a right's link: which anchor, whether it worked, and the link (shown when it did not). */
  copied?: { anchor: string; ok: boolean; url: string };
}

/**
 * The words of one build of a view: policy text in the reader's language (noting each language it had to fall back
 * to), UI strings, anchors. One per build, so the fallbacks it notes are exactly those of the view it built.
 */
export class Words {
  /** The languages policy text fell back to in this build. */
  readonly fallbacks = new Set<string>();
  readonly ui: Ui;
  /** Each sentence's pieces and slots, worked out once per build (a cookie table asks for the same ones thousands of times). */
  private readonly sentences = new Map<UiKey, string[]>();

  constructor(
    readonly policy: NormalizedPolicy,
    readonly reader: Reader,
  ) {
    this.ui = reader.ui;
  }

  /** A UI string. */
  t(key: UiKey, values?: Record<string, unknown>): string {
    return this.ui.t(key, values);
  }

  /** Policy text in the reader's language, or the best fallback (noted). */
  pick(value: Text | undefined): Localized | undefined {
    const hit = localize(value, this.reader.lang, this.policy.defaultLanguage);
    if (hit && hit.lang !== this.reader.lang) this.fallbacks.add(hit.lang);
    return hit;
  }

  /** `lang` and `dir` for text in `lang`: none when the notice (whose `lang` is the UI's) is in that language. */
  private own(lang: string): Pick<TextView, 'lang' | 'dir'> {
    return lang === this.ui.lang ? {} : { lang, dir: directionOf(lang) };
  }

  /** Policy text for display, with its own `lang` and `dir` when it is not in the notice's language. */
  text(value: Text | undefined): TextView | undefined {
    const hit = this.pick(value);
    return hit && { value: hit.value, ...this.own(hit.lang) };
  }

  /**
   * Words that have no language (a name, an address line: `LANGUAGE_NEUTRAL`): a plain string is shown as written,
   * with no `lang` and no fallback noted; a language map is picked from like any text.
   */
  name(value: Text | undefined): TextView | undefined {
    return typeof value === 'string' ? { value } : this.text(value);
  }

  /**
   * Policy text as the words of a link, without bidi embedding and override controls: in link text they can make a
   * link read as something else (the rule Markdown links follow too).
   */
  linkText(value: Text | undefined, neutral = false): TextView | undefined {
    const text = neutral ? this.name(value) : this.text(value);
    return text && { ...text, value: stripBidi(text.value) };
  }

  /**
   * What names an item: its label, or, for an item the policy gives no label (a purpose written as a sentence), the
   * first sentence of its description: the author's words, never the library's.
   */
  label(item: { label?: Text; description?: Markdown }): TextView {
    const label = this.text(item.label);
    if (label) return label;
    const hit = this.pick(item.description);
    return hit ? { value: firstSentence(plainText(markdownNodes(hit.value))), ...this.own(hit.lang) } : { value: '' };
  }

  /** Policy text as a plain string (in a sentence of the library's, or an attribute). */
  plain(value: Text | undefined): string {
    return this.pick(value)?.value ?? '';
  }

  /** A paragraph that is all policy text. */
  para(value: Text | undefined, note = false): ParaView | undefined {
    const text = this.text(value);
    return text && (note ? { kind: 'para', text, note } : { kind: 'para', text });
  }

  /** Policy Markdown as a tree of allowed nodes, in a block with its own language. */
  md(value: Markdown | undefined): MarkdownView | undefined {
    const hit = this.pick(value);
    if (!hit) return undefined;
    const source = hit.value;
    return {
      kind: 'markdown',
      ...this.own(hit.lang),
      source,
      get nodes() {
        return markdownNodes(source);
      },
    };
  }

  /** The anchor id of a section, part or right, with the notice's prefix. */
  anchor(id: string): string {
    return this.reader.anchorPrefix ? `${this.reader.anchorPrefix}-${id}` : id;
  }

  /** Items as one phrase in the UI's language ("A, B and C"). */
  list(items: string[]): string {
    return this.ui.list(items);
  }

  /**
   * Pieces of words as one phrase joined the way the UI's language joins a list ("A, B and C"): the separators and
   * the conjunction are the language's, the pieces keep their own kinds (links, quotes, policy text in its language).
   */
  join(parts: readonly Inline[][]): Inline[] {
    if (parts.length <= 1) return parts[0] ?? [];
    const marks = parts.map((_, i) => `\u{F0000}${i}\u{F0000}`);
    return this.list(marks)
      .split(/\u{F0000}(\d+)\u{F0000}/u)
      .flatMap((piece, i) => (i % 2 ? parts[Number(piece)]! : piece ? [piece] : []));
  }

  /** An item with more about it after a dash ("Google — Analytics"), as the UI's language writes it. */
  detail(item: Inline | Inline[], detail: Inline | Inline[] | undefined): Inline[] {
    return detail === undefined ? [item].flat() : this.sentence('joins.detail', { item, detail });
  }

  /**
   * A UI sentence whose {{placeholders}} hold policy words (or other pieces) rather than strings, so that policy text
   * inside it keeps its own `lang` when it is a fallback translation (`t()` would flatten it into the sentence's).
   */
  sentence(key: UiKey, values: Record<string, Inline | Inline[] | undefined>): Inline[] {
    let pieces = this.sentences.get(key);
    if (!pieces) {
      // i18next does not interpolate inside inserted values, so asking for '{{name}}' gives the sentence's own slots back.
      const slots = Object.fromEntries(Object.keys(values).map((name) => [name, `{{${name}}}`]));
      this.sentences.set(key, (pieces = this.t(key, slots).split(/\{\{(\w+)\}\}/)));
    }
    return pieces.flatMap((piece, i) => (i % 2 ? [values[piece] ?? []].flat() : piece ? [piece] : []));
  }
}

/** The words of Markdown nodes, blocks separated by a space. */
function plainText(nodes: readonly MdNode[]): string {
  return nodes
    .map((node) =>
      typeof node === 'string' ? node : 'text' in node ? node.text : 'c' in node ? plainText(node.c) : ' ',
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first sentence of a text as a name (its full stop dropped: it stands in a list or before a colon), or its first
 * 80 characters cut at a word, marked with an ellipsis.
 */
function firstSentence(text: string): string {
  const end = /[.!?。！？](?=\s|$)/.exec(text.slice(0, 121));
  if (end) return text.slice(0, /[.。]/.test(end[0]) ? end.index : end.index + 1);
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}

/** Label/value rows; a row whose value is missing or empty is left out. */
export function facts(rows: Array<[label: string, value: Content | Content[] | undefined]>): Fact[] {
  return rows.flatMap(([label, value]) => {
    const content = value === undefined ? [] : Array.isArray(value) ? value : [value];
    return content.length && !(content.length === 1 && content[0] === '') ? [{ label, value: content }] : [];
  });
}
