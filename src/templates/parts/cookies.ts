import { html, nothing, type TemplateResult } from 'lit';
import type { CookieCategoryView, CookiesView } from '../../view/index.js';
import type { NoticeActions } from '../actions.js';
import { breakable, facts, groups, heading, inlines, text } from '../content.js';
import { renderMarkdown } from '../markdown.js';
import { renderChoiceActions, renderOutdated, renderSwitch } from '../switch.js';

/** How to manage cookies: before the tables or after them, where the policy puts it. */
function renderManagement(management: CookiesView['management'], level: number): TemplateResult | typeof nothing {
  return management
    ? html`${heading(level, undefined, management.heading, 'subheading')}${renderMarkdown(management.body, level)}`
    : nothing;
}

/**
 * A cookie table. Only the columns some cookie needs are drawn. Under the container breakpoint only Name and Purpose
 * stay columns (cells marked `wide` are hidden) and the rest shows as a list under the purpose (`narrow`), so the
 * table never needs more than 320 px.
 */
function renderCategory(category: CookieCategoryView, level: number, actions: NoticeActions): TemplateResult {
  const { headers } = category;
  const columns = 2 + [headers.provider, headers.duration, headers.type].filter(Boolean).length;
  const wide = (header: string | undefined) =>
    header === undefined ? nothing : html`<th scope="col" class="wide">${header}</th>`;
  return html`<div class="cookie-category" data-kind=${category.kind}>
    ${renderSwitch(category.switch, actions)}
    ${category.name ? html`<p class="category-name">${text(category.name)}</p>` : nothing}
    ${renderMarkdown(category.description, level)} ${facts(category.facts, level)}
    <table class="cookie-table" part="table">
      <caption>
        ${inlines(category.caption)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${headers.name}</th>
          ${wide(headers.provider)}
          <th scope="col">${headers.purpose}</th>
          ${wide(headers.duration)} ${wide(headers.type)}
        </tr>
      </thead>
      <tbody>
        ${
          category.empty
            ? html`<tr>
                <td colspan=${columns}>${category.empty}</td>
              </tr>`
            : groups(
                category.cookies,
                level,
                (cookie) =>
                  html`<tr>
                    <th scope="row"><code class="cookie-name">${breakable(cookie.name)}</code></th>
                    ${headers.provider === undefined ? nothing : html`<td class="wide">${inlines(cookie.provider)}</td>`}
                    <td class="cookie-purpose">
                      ${text(cookie.purpose)}
                      ${cookie.facts.length ? html`<div class="narrow">${facts(cookie.facts, level)}</div>` : nothing}
                    </td>
                    ${headers.duration === undefined ? nothing : html`<td class="wide cookie-duration">${cookie.duration ?? nothing}</td>`}
                    ${headers.type === undefined ? nothing : html`<td class="wide">${cookie.type}</td>`}
                  </tr>`,
              )
        }
      </tbody>
    </table>
  </div>`;
}

/**
 * Cookies: what they are, the cookie policy, how to manage them when the policy says so first, a table per category,
 * then (as the policy orders it) how to manage them and where to opt out.
 */
export function renderCookies(view: CookiesView, level: number, actions: NoticeActions): TemplateResult {
  const after = view.after;
  return html`${renderMarkdown(view.description, level)}
  ${view.policyLink ? html`<p class="policy-link">${inlines(view.policyLink)}</p>` : nothing}
  ${renderManagement(view.management, level)} ${renderOutdated(view.outdated)}
  ${view.categories.map((category) => renderCategory(category, level, actions))}
  ${
    after
      ? html`${renderChoiceActions(after.actions, actions)} ${renderManagement(after.management, level)}
        ${after.optOutHeading ? heading(level, undefined, after.optOutHeading, 'subheading') : nothing}
        ${
          after.optOut.length
            ? html`<ul class="plain opt-out">
                ${after.optOut.map((link) => html`<li>${inlines(link)}</li>`)}
              </ul>`
            : nothing
        }`
      : nothing
  }`;
}
