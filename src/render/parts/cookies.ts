import { html, nothing } from 'lit';
import type { PartPlacement, ResolvedCookieCategory } from '../../model/index.js';
import { enter, take } from '../budget.js';
import { weigh } from '../weights.js';
import { facts, heading, linkText, md, plain, t, text, type Content, type RenderContext } from '../context.js';
import { choicesPart, renderChoiceActions, renderOutdated, renderSwitch } from '../toggles.js';
import { sentence } from './retention.js';
import { urlLink } from './transfers.js';

type Item = ResolvedCookieCategory['items'][number];

function provider(ctx: RenderContext, item: Item): Content {
  const party = item.party === 'first'
    ? html`${t(ctx, 'cookies.firstParty')}${item.provider !== undefined ? html` — ${text(ctx, item.provider)}` : nothing}`
    : item.provider !== undefined
      ? sentence(ctx, 'cookies.thirdParty', { provider: text(ctx, item.provider) })
      : t(ctx, 'cookies.thirdPartyUnnamed');
  return html`${party}${item.domain ? html` <code class="domain">${item.domain}</code>` : nothing}`;
}

/** The caption: the category's name, its kind when the name does not already say it, always-on, and the count. */
function caption(ctx: RenderContext, category: ResolvedCookieCategory): Content {
  const kind = t(ctx, `cookieKind.${category.kind}`);
  const named = plain(ctx, category.label).toLowerCase().includes(kind.toLowerCase());
  return html`<caption>
    ${sentence(ctx, 'cookies.caption', { category: text(ctx, category.label) })}${named ? nothing : html` <span class="kind">(${kind})</span>`}${
      category.alwaysOn ? html`<span class="always-on"> — ${t(ctx, 'cookies.alwaysOn')}</span>` : nothing}
    <span class="count"> — ${t(ctx, 'cookies.count', { count: category.items.length })}</span>
  </caption>`;
}

/**
 * One row. Under the container breakpoint only Name and Purpose stay columns (cells marked `wide` are hidden) and the
 * rest shows as a list under the purpose (`narrow`), so the table never needs more than 320 px.
 */
function renderItem(ctx: RenderContext, item: Item): Content {
  const name = item.pattern ? t(ctx, 'cookies.pattern', { name: item.name }) : item.name;
  const duration = item.duration !== undefined ? ctx.ui.duration(item.duration) : undefined;
  const type = t(ctx, `storageType.${item.type}`);
  return html`<tr>
    <th scope="row"><code>${name}</code></th>
    <td class="wide">${provider(ctx, item)}</td>
    <td>${text(ctx, item.purpose)}<div class="narrow">${facts([
      [t(ctx, 'cookies.provider'), provider(ctx, item)],
      [t(ctx, 'cookies.duration'), duration],
      [t(ctx, 'cookies.type'), type],
    ])}</div></td>
    <td class="wide">${duration ?? nothing}</td>
    <td class="wide">${type}</td>
  </tr>`;
}

function renderCategory(ctx: RenderContext, category: ResolvedCookieCategory, level: number): Content {
  if (!enter(ctx, weigh(category.description))) return nothing;
  return html`<div class="cookie-category" data-kind=${category.kind}>
    ${renderSwitch(ctx, 'cookie-category', category.id, text(ctx, category.label))}
    ${md(ctx, category.description, level)}
    <table class="cookie-table" part="table">
      ${caption(ctx, category)}
      <thead>
        <tr>
          <th scope="col">${t(ctx, 'cookies.name')}</th>
          <th scope="col" class="wide">${t(ctx, 'cookies.provider')}</th>
          <th scope="col">${t(ctx, 'cookies.purpose')}</th>
          <th scope="col" class="wide">${t(ctx, 'cookies.duration')}</th>
          <th scope="col" class="wide">${t(ctx, 'cookies.type')}</th>
        </tr>
      </thead>
      <tbody>
        ${category.items.length
          ? take(ctx, category.items, (item) => renderItem(ctx, item))
          : html`<tr><td colspan="5">${t(ctx, 'cookies.noItems')}</td></tr>`}
      </tbody>
    </table>
  </div>`;
}

/**
 * Cookies and similar technologies: what they are, the cookie policy, a table per category, then how to manage them
 * and where to opt out. Management comes after the tables because it leads into the opt-out links.
 */
export function renderCookies(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  const cookies = ctx.policy.document.cookies;
  if (!cookies) return nothing;
  const optOut = cookies.optOutLinks ?? [];
  const actions = choicesPart(ctx) === 'cookies';
  const categories = ctx.policy.cookieCategories.map((category) => renderCategory(ctx, category, level));
  // What follows the tables waits until they are all shown.
  const rest = !(actions || cookies.management !== undefined || optOut.length) || enter(ctx);
  return html`${md(ctx, cookies.description, level)}
    ${cookies.policyUrl ? html`<p class="policy-link">${urlLink(cookies.policyUrl, t(ctx, 'cookies.policy'))}</p>` : nothing}
    ${actions ? renderOutdated(ctx) : nothing}
    ${categories}
    ${rest && actions ? renderChoiceActions(ctx) : nothing}
    ${rest && cookies.management !== undefined ? html`${heading(level, undefined, t(ctx, 'cookies.management'))}${md(ctx, cookies.management, level)}` : nothing}
    ${rest && optOut.length && cookies.management === undefined ? heading(level, undefined, t(ctx, 'cookies.optOut')) : nothing}
    ${rest && optOut.length
      ? html`<ul class="plain opt-out">${optOut.map((link) => html`<li>${urlLink(link.url, linkText(ctx, link.label))}${
          link.description !== undefined ? html` — ${text(ctx, link.description)}` : nothing}</li>`)}</ul>`
      : nothing}`;
}
