import { html, nothing, type TemplateResult } from 'lit';
import type { CookieCategoryView, CookiesView } from '../../view/index.js';
import type { NoticeActions } from '../actions.js';
import { facts, groups, heading, inlines, text } from '../content.js';
import { renderMarkdown } from '../markdown.js';
import { renderChoiceActions, renderOutdated, renderSwitch } from '../switch.js';

/**
 * A cookie table. Under the container breakpoint only Name and Purpose stay columns (cells marked `wide` are hidden)
 * and the rest shows as a list under the purpose (`narrow`), so the table never needs more than 320 px.
 */
function renderCategory(category: CookieCategoryView, level: number, actions: NoticeActions): TemplateResult {
  const { headers } = category;
  return html`<div class="cookie-category" data-kind=${category.kind}>
    ${renderSwitch(category.switch, actions)} ${renderMarkdown(category.description, level)}
    <table class="cookie-table" part="table">
      <caption>
        ${inlines(category.caption)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${headers.name}</th>
          <th scope="col" class="wide">${headers.provider}</th>
          <th scope="col">${headers.purpose}</th>
          <th scope="col" class="wide">${headers.duration}</th>
          <th scope="col" class="wide">${headers.type}</th>
        </tr>
      </thead>
      <tbody>
        ${
          category.empty
            ? html`<tr>
                <td colspan="5">${category.empty}</td>
              </tr>`
            : groups(
                category.cookies,
                level,
                (cookie) =>
                  html`<tr>
                    <th scope="row"><code>${cookie.name}</code></th>
                    <td class="wide">${inlines(cookie.provider)}</td>
                    <td>
                      ${text(cookie.purpose)}
                      <div class="narrow">${facts(cookie.facts, level)}</div>
                    </td>
                    <td class="wide">${cookie.duration ?? nothing}</td>
                    <td class="wide">${cookie.type}</td>
                  </tr>`,
              )
        }
      </tbody>
    </table>
  </div>`;
}

/** Cookies: what they are, the cookie policy, a table per category, then how to manage them and where to opt out. */
export function renderCookies(view: CookiesView, level: number, actions: NoticeActions): TemplateResult {
  const after = view.after;
  return html`${renderMarkdown(view.description, level)}
  ${view.policyLink ? html`<p class="policy-link">${inlines(view.policyLink)}</p>` : nothing}
  ${renderOutdated(view.outdated)} ${view.categories.map((category) => renderCategory(category, level, actions))}
  ${
    after
      ? html`${renderChoiceActions(after.actions, actions)}
        ${after.management ? html`${heading(level, undefined, after.management.heading)}${renderMarkdown(after.management.body, level)}` : nothing}
        ${after.optOutHeading ? heading(level, undefined, after.optOutHeading) : nothing}
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
