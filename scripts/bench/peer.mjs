// The peer of the benchmark: vanilla-cookieconsent (a devDependency of the benchmark only) showing its preferences
// modal with what <privacy-cookies> shows of the same policy: the cookie policy text, one section per cookie category
// with its switch, description and cookie table (the same columns and rows), then managing cookies and the opt-out
// links. Its configuration is made here, in node, from the policy's cookie declarations, with the library's own
// normalization, language selection and English UI words, so both pages show the same words. The peer takes HTML
// strings: Markdown becomes HTML with marked, plain text is escaped.
import { marked } from 'marked';
import { localize, normalize } from '../../dist/lib/model/index.js';
import { createUi } from '../../dist/lib/i18n/ui.js';

const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The vanilla-cookieconsent configuration for `document`, or undefined when it declares no cookies. */
export function peerConfig(document) {
  const { policy } = normalize(document);
  const cookies = document.cookies;
  if (!cookies?.items?.length) return undefined;
  const lang = policy.defaultLanguage;
  const ui = createUi(lang);
  const text = (value) => escape(localize(value, lang, lang)?.value ?? '');
  const markdown = (value) =>
    value === undefined ? '' : marked.parse(localize(value, lang, lang).value, { async: false });
  const provider = (item) =>
    item.party === 'first'
      ? `${ui.t('cookies.firstParty')}${item.provider !== undefined ? ` — ${text(item.provider)}` : ''}`
      : item.provider !== undefined
        ? ui.t('cookies.thirdParty', { provider: text(item.provider) })
        : ui.t('cookies.thirdPartyUnnamed');
  const headers = Object.fromEntries(
    ['name', 'provider', 'purpose', 'duration', 'type'].map((key) => [key, ui.t(`cookies.${key}`)]),
  );
  const optOut = (cookies.optOutLinks ?? [])
    .map((link) => `<li><a href="${escape(link.url)}">${text(link.label)}</a></li>`)
    .join('');
  const sections = [
    { description: markdown(cookies.description) },
    ...policy.cookieCategories.map((category) => ({
      title: `${text(category.label)}${category.alwaysOn ? ` — ${ui.t('cookies.alwaysOn')}` : ''}`,
      description: markdown(category.description),
      linkedCategory: category.id,
      cookieTable: {
        caption: `${text(category.label)} — ${ui.t('cookies.count', { count: category.items.length })}`,
        headers,
        body: category.items.map((item) => ({
          name: escape(item.pattern ? ui.t('cookies.pattern', { name: item.name }) : item.name),
          provider: provider(item),
          purpose: text(item.purpose),
          duration: item.duration !== undefined ? ui.duration(item.duration) : '',
          type: ui.t(`storageType.${item.type}`),
        })),
      },
    })),
    ...(cookies.management !== undefined || optOut
      ? [
          {
            title: ui.t(cookies.management !== undefined ? 'cookies.management' : 'cookies.optOut'),
            description: `${markdown(cookies.management)}${optOut ? `<ul>${optOut}</ul>` : ''}`,
          },
        ]
      : []),
  ];
  return {
    autoShow: false, // the page opens the preferences modal itself
    hideFromBots: false, // it would stay hidden in an automated browser
    autoClearCookies: false,
    manageScriptTags: false,
    categories: Object.fromEntries(
      policy.cookieCategories.map((c) => [c.id, { enabled: c.alwaysOn, readOnly: c.alwaysOn }]),
    ),
    language: {
      default: lang,
      translations: {
        [lang]: {
          consentModal: {},
          preferencesModal: {
            title: ui.t('parts.cookies'),
            acceptAllBtn: ui.t('toggle.acceptAll'),
            acceptNecessaryBtn: ui.t('toggle.rejectAll'),
            savePreferencesBtn: ui.t('toggle.save'),
            sections,
          },
        },
      },
    },
  };
}
