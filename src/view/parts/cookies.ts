import { legalBasisDetail, type PartPlacement, type ResolvedCookieCategory } from '../../model/index.js';
import { choiceActions, choicesPart, outdatedText, switchOf } from '../choices.js';
import { linkOf } from '../links.js';
import { weighed } from '../trim.js';
import type { CookieCategoryView, CookiesView, CookieView, Inline } from '../types.js';
import { PART, weigh } from '../weights.js';
import { facts, type Words } from '../words.js';
import { legalBasisOf, placed } from './common.js';

type Cookie = ResolvedCookieCategory['items'][number];

/**
 * Who sets a cookie, as far as the policy says: first party (and who), a named or unnamed third party, or only the
 * provider's name when the policy does not say which party; and its domain.
 */
function providerOf(words: Words, item: Cookie): Inline[] {
  const provider = words.name(item.provider);
  const party: Inline[] =
    item.party === 'first'
      ? words.detail(words.t('cookies.firstParty'), provider)
      : item.party === 'third'
        ? provider
          ? words.sentence('cookies.thirdParty', { provider })
          : [words.t('cookies.thirdPartyUnnamed')]
        : provider
          ? [provider]
          : [];
  return [...party, ...(item.domain ? [' ', { kind: 'code' as const, value: item.domain, domain: true }] : [])];
}

/** The columns a category's table shows besides Name and Purpose: none whose every value is the default or absent. */
interface Columns {
  provider: boolean;
  duration: boolean;
  type: boolean;
}

function columnsOf(items: readonly Cookie[]): Columns {
  return {
    provider: items.some((c) => c.party === 'third' || c.provider !== undefined || c.domain !== undefined),
    duration: items.some((c) => c.duration !== undefined),
    type: items.some((c) => c.type !== 'cookie'),
  };
}

function cookieOf(words: Words, item: Cookie, columns: Columns): CookieView {
  const duration = columns.duration && item.duration !== undefined ? words.ui.duration(item.duration) : undefined;
  const type = columns.type ? words.t(`storageType.${item.type}`) : undefined;
  const purpose = words.text(item.purpose);
  const provider = columns.provider ? providerOf(words, item) : undefined;
  return {
    weight: 1,
    name: item.pattern ? words.t('cookies.pattern', { name: item.name }) : item.name,
    ...(provider ? { provider } : {}),
    ...(purpose ? { purpose } : {}),
    ...(duration !== undefined ? { duration } : {}),
    ...(type ? { type } : {}),
    facts: facts([
      [words.t('cookies.provider'), provider],
      [words.t('cookies.duration'), duration],
      [words.t('cookies.type'), type],
    ]),
  };
}

/**
 * The caption: the category's name for screen readers only (the switch or the line above the description shows it),
 * then what a sighted reader needs beside that name: its kind when the name does not say it (never "Other"),
 * always-on, and the count, separated by dashes.
 */
function captionOf(words: Words, category: ResolvedCookieCategory): Inline[] {
  const kind = words.t(`cookieKind.${category.kind}`);
  const named = category.kind === 'other' || words.plain(category.label).toLowerCase().includes(kind.toLowerCase());
  const shown: Inline[] = [
    ...(named ? [] : [{ kind: 'span' as const, role: 'kind' as const, content: [kind] }]),
    ...(category.alwaysOn
      ? [{ kind: 'span' as const, role: 'always-on' as const, content: [words.t('cookies.alwaysOn')] }]
      : []),
    { kind: 'span', role: 'count', content: [words.t('cookies.count', { count: category.items.length })] },
  ];
  // The caption's label, said but not shown, ends with the language's colon ("Cookies of Analytics: ").
  const label = words.sentence('joins.labelled', {
    label: words.sentence('cookies.caption', { category: words.text(category.label) }),
    value: [],
  });
  return [
    { kind: 'span', role: 'visually-hidden', content: label },
    ...shown.slice(1).reduce<Inline[]>((joined, piece) => words.detail(joined, piece), [shown[0]!]),
  ];
}

/** A category: its name (on its switch, else on a line of its own), its description and legal bases, its table. */
function categoryOf(words: Words, category: ResolvedCookieCategory): CookieCategoryView {
  const toggle = switchOf(words, 'cookie-category', category.id, category.label);
  const description = words.md(category.description);
  const columns = columnsOf(category.items);
  const bases = words.join(
    (category.legalBases ?? []).map((basis): Inline[] => [
      { kind: 'span', role: 'basis', content: legalBasisOf(words, legalBasisDetail(basis)) },
    ]),
  );
  return weighed(weigh(category.description), {
    kind: category.kind,
    ...(toggle ? { switch: toggle } : {}),
    ...(toggle && 'inputId' in toggle ? {} : { name: words.text(category.label)! }),
    ...(description ? { description } : {}),
    facts: facts([[words.t('purpose.legalBasis'), bases.length ? bases : undefined]]),
    caption: captionOf(words, category),
    headers: {
      name: words.t('cookies.name'),
      ...(columns.provider ? { provider: words.t('cookies.provider') } : {}),
      purpose: words.t('cookies.purpose'),
      ...(columns.duration ? { duration: words.t('cookies.duration') } : {}),
      ...(columns.type ? { type: words.t('cookies.type') } : {}),
    },
    cookies: category.items.map((item) => cookieOf(words, item, columns)),
    ...(category.items.length ? {} : { empty: words.t('cookies.noItems') }),
  });
}

/**
 * Cookies and similar technologies: what they are, the cookie policy, a table per category, how to manage them
 * (before the tables or after them, as the policy says) and where to opt out. Placed in parts (`ids`), the
 * introduction goes with the first category and what follows the tables with the last.
 */
export function buildCookies(words: Words, placement: PartPlacement): CookiesView {
  const cookies = words.policy.document.cookies;
  const all = cookies ? words.policy.cookieCategories : [];
  const shown = placed(all, placement);
  const first = !placement.ids || placement.ids.includes(all[0]?.id ?? '');
  const last = !placement.ids || placement.ids.includes(all[all.length - 1]?.id ?? '');
  const carries = choicesPart(words) === 'cookies';
  const description = first ? words.md(cookies?.description) : undefined;
  const outdated = carries && first ? outdatedText(words) : undefined;
  const actions = carries && last ? choiceActions(words) : undefined;
  const early = cookies?.managementPosition === 'before-tables';
  const management =
    cookies?.management !== undefined && (early ? first : last)
      ? {
          heading: words.t('cookies.management'),
          ...(words.md(cookies.management) ? { body: words.md(cookies.management)! } : {}),
        }
      : undefined;
  const optOut = last
    ? (cookies?.optOutLinks ?? []).map((link): Inline[] => {
        const more = words.text(link.description);
        return words.detail(linkOf(link.url, [words.linkText(link.label)!]), more);
      })
    : [];
  const after = actions || (management && !early) || optOut.length;
  return weighed(cookies ? PART : 0, {
    part: 'cookies' as const,
    ...(description ? { description } : {}),
    ...(first && cookies?.policyUrl ? { policyLink: linkOf(cookies.policyUrl, [words.t('cookies.policy')]) } : {}),
    ...(management && early ? { management } : {}),
    ...(outdated ? { outdated } : {}),
    categories: shown.map((category) => categoryOf(words, category)),
    ...(after
      ? {
          after: {
            weight: 1,
            ...(actions ? { actions } : {}),
            ...(management && !early ? { management } : {}),
            ...(optOut.length && cookies?.management === undefined ? { optOutHeading: words.t('cookies.optOut') } : {}),
            optOut,
          },
        }
      : {}),
  });
}
