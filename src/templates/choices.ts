import { html, nothing, type TemplateResult } from 'lit';
import type { ChoicesView, SwitchView } from '../view/index.js';
import type { NoticeActions } from './actions.js';
import { heading } from './content.js';
import { renderChoiceActions, renderOutdated, renderSwitch } from './switch.js';

function renderSwitches(switches: readonly SwitchView[], actions: NoticeActions): TemplateResult {
  return html`<ul class="toggles">
    ${switches.map((view) => html`<li>${renderSwitch(view, actions)}</li>`)}
  </ul>`;
}

/** Every switch of a policy: purposes, then cookie categories and the app's permissions under their own headings. */
export function renderChoices(view: ChoicesView, level: number, actions: NoticeActions): TemplateResult {
  return html`<div class="choices">
    ${heading(level, view.anchor, view.heading)} ${renderOutdated(view.outdated)}
    ${view.purposes.length ? renderSwitches(view.purposes, actions) : nothing}
    ${view.cookies ? html`${heading(level + 1, undefined, view.cookies.heading)}${renderSwitches(view.cookies.switches, actions)}` : nothing}
    ${view.permissions ? html`${heading(level + 1, undefined, view.permissions.heading)}${renderSwitches(view.permissions.switches, actions)}` : nothing}
    ${renderChoiceActions(view.actions, actions)}
  </div>`;
}
