import { html, nothing, type TemplateResult } from 'lit';
import type { ChoicesView, SwitchView } from '../view/index.js';
import type { NoticeActions } from './actions.js';
import { heading } from './content.js';
import { renderChoiceActions, renderOutdated, renderSwitch } from './switch.js';

/** A list of switches, a group named by the heading above it. */
function renderSwitches(switches: readonly SwitchView[], labelledBy: string, actions: NoticeActions): TemplateResult {
  return html`<div role="group" aria-labelledby=${labelledBy}>
    <ul class="toggles">
      ${switches.map((view) => html`<li>${renderSwitch(view, actions)}</li>`)}
    </ul>
  </div>`;
}

/** Every switch of a policy: purposes, then cookie categories and the app's permissions under their own headings. */
export function renderChoices(view: ChoicesView, level: number, actions: NoticeActions): TemplateResult {
  return html`<div class="choices">
    ${heading(level, view.anchor, view.heading)} ${renderOutdated(view.outdated)}
    ${view.purposes.length ? renderSwitches(view.purposes, view.anchor, actions) : nothing}
    ${view.cookies ? html`${heading(level + 1, `${view.anchor}-cookies`, view.cookies.heading)}${renderSwitches(view.cookies.switches, `${view.anchor}-cookies`, actions)}` : nothing}
    ${view.permissions ? html`${heading(level + 1, `${view.anchor}-permissions`, view.permissions.heading)}${renderSwitches(view.permissions.switches, `${view.anchor}-permissions`, actions)}` : nothing}
    ${renderChoiceActions(view.actions, actions)}
  </div>`;
}
