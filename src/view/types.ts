import type { ChangesView } from './changes.js';
/**
 * The view model: plain, typed data that says exactly what a notice shows and in which order. Built from a
 * normalized policy and a reader by the builders of this folder (no lit, no DOM); templates only draw it.
 *
 * Conventions that the other stages rely on:
 * - Strings are finished words. A `string` is the library's own (a UI label, in the UI's language); policy words are
 *   a {@link TextView}, which carries `lang`/`dir` when they are not in the UI's language.
 * - Heading depths are relative: a template adds them to the level it is given, so the outline never skips a level.
 * - A node with a `weight` can be trimmed (trim.ts): `weight` is the whole subtree's, counted in items. Its fields
 *   are declared in document order, because trimming walks them in that order.
 */
import type { ConsentKind } from '../consent/types.js';
import type { PartName } from '../model/index.js';

export type Dir = 'ltr' | 'rtl';

/** Policy words, with their language when it is not the UI's (a missing translation). */
export interface TextView {
  value: string;
  lang?: string;
  dir?: Dir;
}

/** A link that passed the one allow-list (links.ts); `external` ones leave the page (rel="noopener noreferrer"). */
export interface LinkView {
  kind: 'link';
  href: string;
  external: boolean;
  /** The words are the address itself (shown left to right whatever the text around it). */
  literal: boolean;
  words: Inline[];
}

/** An address that may not become a link (an http: URL as the policy wrote it), shown as text. */
export interface UrlView {
  kind: 'url';
  value: string;
}

/** The role of a stretch of inline words, each drawn its own way (a class of the stylesheet). */
export type SpanRole =
  | 'kind'
  | 'note'
  | 'way'
  | 'always-on'
  | 'count'
  | 'meta-inline'
  | 'badge'
  | 'badge sensitive'
  | 'basis'
  | 'channel-label'
  | 'visually-hidden'
  | 'change-where'
  | 'change-status';

export type Inline =
  | string
  | TextView
  | LinkView
  | UrlView
  | { kind: 'strong'; content: Inline[] }
  | { kind: 'code'; value: string; domain?: boolean }
  | { kind: 'quote'; content: Inline[] }
  | { kind: 'span'; role: SpanRole; content: Inline[] };

/**
 * Policy Markdown as a tree of allowed nodes (markdown.ts), in a block of its own language. `nodes` is worked out
 * when first read (and once per text): a pre-rendered notice adopts the markup of its Markdown without it.
 */
export interface MarkdownView {
  kind: 'markdown';
  lang?: string;
  dir?: Dir;
  /** The Markdown text the nodes are made from. */
  source: string;
  readonly nodes: readonly MdNode[];
}

/**
 * A node of policy Markdown: text, or an element of the allow-list. A heading's `depth` is relative to the heading
 * the text sits under (1 = one level below it).
 */
export type MdNode =
  | string
  | {
      t: 'p' | 'blockquote' | 'ul' | 'li' | 'strong' | 'em' | 'del' | 'table' | 'thead' | 'tbody' | 'tr' | 'td';
      c: MdNode[];
    }
  | { t: 'th'; c: MdNode[] }
  | { t: 'ol'; start?: number; c: MdNode[] }
  | { t: 'h'; depth: number; c: MdNode[] }
  | { t: 'pre' | 'code'; text: string }
  | { t: 'br' | 'hr' }
  | { t: 'a'; href: string; external: boolean; c: MdNode[] };

/** An in-app navigation path (Me › Settings › Privacy Settings). */
export interface PathView {
  kind: 'path';
  steps: TextView[];
}

/** A postal address, line by line, with the country when no line names it. */
export interface AddressView {
  kind: 'address';
  lines: TextView[];
  country?: string;
}

/** A bulleted list of short items. */
export interface ListView {
  kind: 'list';
  role: 'plain' | 'examples';
  items: Content[][];
}

/** A paragraph that is all policy text. */
export interface ParaView {
  kind: 'para';
  text: TextView;
  note?: boolean;
}

/** What a fact, a table cell or a list item may hold. */
export type Content = Inline | MarkdownView | PathView | AddressView | ListView | ParaView;

/** One label/value row of a definition list; rows without a value are not built. */
export interface Fact {
  label: string;
  value: Content[];
}

/** A consent switch, or, for a permission the app cannot read, its state in words. */
export type SwitchView =
  | {
      kind: ConsentKind;
      id: string;
      inputId: string;
      label: TextView;
      on: boolean;
      locked: boolean;
      pending: boolean;
      /** The state in words (On, Off, Always on, Allowed...). */
      state: string;
      /** How the last change went, or why the switch is in its state. */
      note?: string;
      describedBy?: string;
    }
  | { kind: ConsentKind; id: string; unknown: string };

/** Accept all / reject all (when there are two switches or more) and, after a policy change, save. */
export interface ChoiceActionsView {
  /** What the buttons act on ("Your privacy choices"): the name of their group. */
  label: string;
  acceptAll?: string;
  rejectAll?: string;
  save?: string;
}

export interface HeaderView {
  anchor: string;
  title: TextView;
  /** The meta line's entries: controller, dates, version. */
  meta: Inline[][];
  summary?: MarkdownView;
  facts: Fact[];
}

export interface TocEntry {
  weight: number;
  href: string;
  label: Inline;
  children: TocEntry[];
}

export interface TocView {
  weight: number;
  anchor: string;
  heading: string;
  entries: TocEntry[];
}

/**
 * A section of the notice: the policy's own, an untitled one that continues the section before it (no `title`), or
 * the heading the library gives a part no section places (`title` is a UI label).
 */
export interface SectionView {
  weight: number;
  anchor: string;
  title?: TextView | string;
  /** Depth of the section's heading below the notice's title. */
  depth: number;
  /**
   * Depth of what the section holds: its Markdown headings start below it, its parts one deeper (a part's own
   * heading, then what the part holds below that).
   */
  inner: number;
  body?: MarkdownView;
  parts: PartView[];
  sections: SectionView[];
  /** "Changed in this version", when the section (or something shown in it) changed since the earlier version. */
  changed?: string;
  /** A link back to the table of contents at the end of a long top-level section. */
  back?: { href: string; label: string };
}

export interface ContactView {
  heading: Inline;
  name?: TextView;
  facts: Fact[];
  note?: MarkdownView;
}

export interface ContactsView {
  part: 'contacts';
  weight: number;
  controller: {
    heading: string;
    name: TextView;
    /** The name (strong), and the trading name after it as the UI's language writes an aside. */
    line: Inline[];
    facts: Fact[];
    description?: MarkdownView;
  };
  contacts: ContactView[];
}

export interface AuthoritiesView {
  part: 'authorities';
  weight: number;
  authorities: ContactView[];
}

export interface DataCategoryView {
  weight: number;
  label: TextView;
  sensitive?: string;
  /** "Processed only on your device", when the policy says so of this data (or of all data). */
  onDevice?: string;
  description?: MarkdownView;
  examples: TextView[];
  /** The policy's note, after the examples. */
  note?: MarkdownView;
  facts: Fact[];
}

export interface DataCategoriesView {
  part: 'data-categories';
  weight: number;
  /** The policy's explicit statement that all personal data stays on the device (`onDeviceOnly`). */
  statement?: string;
  categories: DataCategoryView[];
}

export interface PurposeView {
  weight: number;
  /** Absent when the policy gives the purpose no name: its description says it all. */
  label?: TextView;
  description?: MarkdownView;
  /** Legal bases first, with the policy's wording of them (`legalBasisNote`) in the same fact. */
  facts: Fact[];
}

export interface PurposesView {
  part: 'purposes';
  weight: number;
  purposes: PurposeView[];
}

export interface ActivityView {
  weight: number;
  /** The row header: the activity's name, short (its source explanation is in the Source cell). */
  label: Inline;
  /** One per column, in the order of `columns`; the stacked form shows the non-empty ones as facts. */
  cells: Content[][];
  facts: Fact[];
}

export interface ProcessingView {
  part: 'processing';
  weight: number;
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: ActivityView[];
}

export interface RecipientView {
  weight: number;
  label: TextView;
  /** The label (strong), and what kind of recipient and where, as an aside ("Acme (Processor, France)"). */
  line: Inline[];
  description?: MarkdownView;
  privacyPolicy?: Inline[];
}

export interface RecipientsView {
  part: 'recipients';
  weight: number;
  /** The policy's explicit statement that no one receives personal data (`noRecipients`, `onDeviceOnly`). */
  statement?: string;
  recipients: RecipientView[];
}

export interface RetentionView {
  part: 'retention';
  weight: number;
  description?: MarkdownView;
  rules: Array<{ weight: number; content: Inline[] }>;
}

export interface TransferView {
  weight: number;
  facts: Fact[];
  description?: MarkdownView;
  moreInformation?: Inline[];
}

export interface TransfersView {
  part: 'transfers';
  weight: number;
  /** The policy's explicit statement that all personal data stays on the device (`onDeviceOnly`). */
  statement?: string;
  description?: MarkdownView;
  storage?: string;
  transfers: TransferView[];
}

export interface CookieView {
  weight: number;
  name: string;
  /** Provider, duration and type are absent when their column is not shown (every value the default or absent). */
  provider?: Inline[];
  purpose?: TextView;
  duration?: string;
  type?: string;
  /** Provider, duration and type as facts, for narrow screens. */
  facts: Fact[];
}

export interface CookieCategoryView {
  weight: number;
  kind: string;
  switch?: SwitchView;
  /** The category's name, when no switch shows it. */
  name?: TextView;
  description?: MarkdownView;
  /** Its legal bases. */
  facts: Fact[];
  caption: Inline[];
  /** The column headers; a column none of the cookies needs has none. */
  headers: { name: string; provider?: string; purpose: string; duration?: string; type?: string };
  cookies: CookieView[];
  /** The row shown when the category lists no cookies. */
  empty?: string;
}

export interface CookiesView {
  part: 'cookies';
  weight: number;
  description?: MarkdownView;
  policyLink?: Inline[];
  /** How to manage cookies, when the policy puts it before the tables. */
  management?: { heading: string; body?: MarkdownView };
  outdated?: string;
  categories: CookieCategoryView[];
  /** What follows the tables; shown once they all are. */
  after?: {
    weight: number;
    actions?: ChoiceActionsView;
    management?: { heading: string; body?: MarkdownView };
    optOutHeading?: string;
    optOut: Inline[][];
  };
}

export interface PermissionView {
  weight: number;
  /** The OS permission (for host styles and tests). */
  permission: string;
  label: TextView;
  /** "Processed only on your device", when the policy says so. */
  onDevice?: string;
  switch?: SwitchView;
  /** The platforms, then how each platform knows it (identifiers, grant, the name it shows under). */
  platforms: Fact[];
  purpose?: MarkdownView;
  /** Whether the service works without it, only when the policy says so. */
  requirement?: string;
  consequence?: Inline[];
  facts: Fact[];
}

export interface PermissionsView {
  part: 'permissions';
  weight: number;
  /** `permissionsManagement`: the policy's words, then where to manage all permissions. */
  description?: MarkdownView;
  manage: Fact[];
  permissions: PermissionView[];
}

export interface ConsentItemView {
  weight: number;
  /** The switch, with consent state; else the default in words. */
  switch?: SwitchView;
  badge?: { label: TextView; state: string };
  description?: MarkdownView;
  /** The id of the description, which also describes the switch. */
  descriptionId?: string;
  facts: Fact[];
}

export interface ConsentsView {
  part: 'consents';
  weight: number;
  /** The name of the group of switches ("Your privacy choices"). */
  label: string;
  outdated?: string;
  consents: ConsentItemView[];
  after?: { weight: number; actions: ChoiceActionsView };
}

export interface ChannelView {
  type: string;
  label: Inline;
  action: Content[];
  path?: PathView;
  notes: Inline[];
}

export interface RightView {
  weight: number;
  anchor: string;
  /** The heading; absent when the policy gives the right none (`title: false`): then `name` names its section. */
  title?: TextView | string;
  name: string;
  /**
   * The copy-link button: its visible label (also its name; the right's heading describes it), and after a copy
   * what happened, shown next to it; absent where no script runs (static HTML).
   */
  copyLink?: { label: string; result?: { ok: boolean; message: string } };
  /** "Applies to: …", its label strong. */
  appliesTo?: Inline[];
  description?: MarkdownView;
  howTo?: string;
  channels: ChannelView[];
  facts: Fact[];
}

export interface RightsView {
  part: 'rights';
  weight: number;
  /** The introduction shared by all rights, shown once: with the placement that shows the first right. */
  introduction?: MarkdownView;
  rights: RightView[];
}

/** A part that is a few sentences: children, changes, automated decisions, provision. */
export interface ProseView {
  part: 'children' | 'changes' | 'automated-decisions' | 'provision';
  weight: number;
  before: string[];
  body?: MarkdownView;
  facts: Fact[];
  after: string[];
}

/**
 * A part as a section shows it. `heading` ("Your rights") says what the part is when the section's own heading does
 * not: in an untitled section, or beside the section's text, other parts or subsections. `anchor` is the heading's.
 */
/**
 * One line of the summary: the part it sums up (its name, a link to it), and its first items joined as the UI's
 * language lists them, ending with "3 more" when the full notice has more.
 */
export interface SummaryRowView {
  part: PartName;
  label: string;
  href: string;
  content: Inline[];
}

/** The first layer: a few lines with the key facts, each a link to the part of the full notice it sums up. */
export interface SummaryView {
  part: 'summary';
  weight: number;
  rows: SummaryRowView[];
}

export type PartView = (
  | ContactsView
  | AuthoritiesView
  | DataCategoriesView
  | PurposesView
  | ProcessingView
  | RecipientsView
  | RetentionView
  | TransfersView
  | CookiesView
  | PermissionsView
  | ConsentsView
  | RightsView
  | SummaryView
  | ProseView
) & { anchor?: string; heading?: string };

export interface NoticeView {
  kind: 'notice';
  weight: number;
  header: HeaderView;
  /** What changed since the earlier version, when the element knows it and the reader has not hidden it. */
  changes?: ChangesView;
  /** The first layer (`summary` on the element, `render --summary`): the key facts, each a link into the notice. */
  summary?: SectionView;
  toc?: TocView;
  sections: SectionView[];
}

/** One part on its own (<privacy-rights>, <privacy-cookies>, <privacy-permissions>). */
export interface PartOnlyView {
  kind: 'part';
  weight: number;
  part?: PartView;
}

/** Only the switches (<privacy-choices>). */
export interface ChoicesView {
  kind: 'choices';
  weight: number;
  anchor: string;
  heading: string;
  outdated?: string;
  purposes: SwitchView[];
  cookies?: { heading: string; switches: SwitchView[] };
  permissions?: { heading: string; switches: SwitchView[] };
  actions?: ChoiceActionsView;
}

export type BodyView = NoticeView | PartOnlyView | ChoicesView;

/** Everything an element shows of a policy: what it says, and a note on the languages its text fell back to. */
export interface ScreenView<B extends BodyView = BodyView> {
  lang: string;
  dir: Dir;
  fallbackNote?: string;
  body: B;
}

export type { PartName };
