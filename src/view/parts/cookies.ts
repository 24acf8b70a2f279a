import type { ResolvedCookieCategory } from '../../model/index.js';
import { choiceActions, choicesPart, outdatedText, switchOf } from '../choices.js';
import { linkOf } from '../links.js';
import { weighed } from '../trim.js';
import type { CookieCategoryView, CookiesView, CookieView, Inline } from '../types.js';
import { PART, weigh } from '../weights.js';
import { facts, type Words } from '../words.js';

type Cookie = ResolvedCookieCategory['items'][number];

/** Who sets a cookie: first party (and who), or a named or unnamed third party; and its domain. */
function providerOf(words: Words, item: Cookie): Inline[] {
  const provider = words.text(item.provider);
  const party: Inline[] =
    item.party === 'first'
      ? [words.t('cookies.firstParty'), ...(provider ? [' — ', provider] : [])]
      : provider
        ? words.sentence('cookies.thirdParty', { provider })
        : [words.t('cookies.thirdPartyUnnamed')];
  return [...party, ...(item.domain ? [' ', { kind: 'code' as const, value: item.domain, domain: true }] : [])];
}

function cookieOf(words: Words, item: Cookie): CookieView {
  const duration = item.duration !== undefined ? words.ui.duration(item.duration) : undefined;
  const type = words.t(`storageType.${item.type}`);
  const purpose = words.text(item.purpose);
  const provider = providerOf(words, item);
  return {
    weight: 1,
    name: item.pattern ? words.t('cookies.pattern', { name: item.name }) : item.name,
    provider,
    ...(purpose ? { purpose } : {}),
    ...(duration !== undefined ? { duration } : {}),
    type,
    facts: facts([
      [words.t('cookies.provider'), provider],
      [words.t('cookies.duration'), duration],
      [words.t('cookies.type'), type],
    ]),
  };
}

/** The caption: the category's name, its kind when the name does not already say it, always-on, and the count. */
function captionOf(words: Words, category: ResolvedCookieCategory): Inline[] {
  const kind = words.t(`cookieKind.${category.kind}`);
  const named = words.plain(category.label).toLowerCase().includes(kind.toLowerCase());
  return [
    ...words.sentence('cookies.caption', { category: words.text(category.label) }),
    ...(named ? [] : [' ', { kind: 'span' as const, role: 'kind' as const, content: [`(${kind})`] }]),
    ...(category.alwaysOn
      ? [{ kind: 'span' as const, role: 'always-on' as const, content: [` — ${words.t('cookies.alwaysOn')}`] }]
      : []),
    ' ',
    { kind: 'span', role: 'count', content: [` — ${words.t('cookies.count', { count: category.items.length })}`] },
  ];
}

function categoryOf(words: Words, category: ResolvedCookieCategory): CookieCategoryView {
  const toggle = switchOf(words, 'cookie-category', category.id, category.label);
  const description = words.md(category.description);
  return weighed(weigh(category.description), {
    kind: category.kind,
    ...(toggle ? { switch: toggle } : {}),
    ...(description ? { description } : {}),
    caption: captionOf(words, category),
    headers: {
      name: words.t('cookies.name'),
      provider: words.t('cookies.provider'),
      purpose: words.t('cookies.purpose'),
      duration: words.t('cookies.duration'),
      type: words.t('cookies.type'),
    },
    cookies: category.items.map((item) => cookieOf(words, item)),
    ...(category.items.length ? {} : { empty: words.t('cookies.noItems') }),
  });
}

/**
 * Cookies and similar technologies: what they are, the cookie policy, a table per category, then how to manage them
 * and where to opt out. Management comes after the tables because it leads into the opt-out links.
 */
export function buildCookies(words: Words): CookiesView {
  const cookies = words.policy.document.cookies;
  const carries = choicesPart(words) === 'cookies';
  const description = words.md(cookies?.description);
  const outdated = carries ? outdatedText(words) : undefined;
  const actions = carries ? choiceActions(words) : undefined;
  const management = words.md(cookies?.management);
  const optOut = (cookies?.optOutLinks ?? []).map((link): Inline[] => {
    const more = words.text(link.description);
    return [...linkOf(link.url, [words.linkText(link.label)!]), ...(more ? [' — ', more] : [])];
  });
  const after = carries || cookies?.management !== undefined || optOut.length;
  return weighed(cookies ? PART : 0, {
    part: 'cookies' as const,
    ...(description ? { description } : {}),
    ...(cookies?.policyUrl ? { policyLink: linkOf(cookies.policyUrl, [words.t('cookies.policy')]) } : {}),
    ...(outdated ? { outdated } : {}),
    categories: cookies ? words.policy.cookieCategories.map((category) => categoryOf(words, category)) : [],
    ...(after
      ? {
          after: {
            weight: 1,
            ...(actions ? { actions } : {}),
            ...(cookies?.management !== undefined
              ? { management: { heading: words.t('cookies.management'), ...(management ? { body: management } : {}) } }
              : {}),
            ...(optOut.length && cookies?.management === undefined ? { optOutHeading: words.t('cookies.optOut') } : {}),
            optOut,
          },
        }
      : {}),
  });
}
