import { html, nothing, type TemplateResult } from 'lit';
import type { PermissionsView } from '../../view/index.js';
import type { NoticeActions } from '../actions.js';
import { facts, groups, heading, inlines, text } from '../content.js';
import { renderMarkdown } from '../markdown.js';
import { renderSwitch } from '../switch.js';

/**
 * App permissions: what each enables, the data it touches, whether it is optional, what happens without it and how
 * to switch it off. data-permission names the OS permission (for host styles and tests); it is no id, so it cannot clash.
 */
export function renderPermissions(view: PermissionsView, level: number, actions: NoticeActions): TemplateResult {
  return html`${renderMarkdown(view.description, level)} ${facts(view.manage, level)}
  ${groups(
    view.permissions,
    level,
    (permission) =>
      html`<div class="permission" data-permission=${permission.permission}>
        ${heading(level, undefined, text(permission.label))}
        ${permission.onDevice ? html`<p><span class="badge on-device">${permission.onDevice}</span></p>` : nothing}
        ${renderSwitch(permission.switch, actions)} ${facts(permission.platforms, level)}
        ${renderMarkdown(permission.purpose, level)}
        ${permission.requirement ? html`<p class="requirement">${permission.requirement}</p>` : nothing}
        ${permission.consequence ? html`<p class="consequence">${inlines(permission.consequence)}</p>` : nothing}
        ${facts(permission.facts, level)}
      </div>`,
  )}`;
}
