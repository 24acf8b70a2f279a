import { html, nothing } from 'lit';
import type { NormalizedPolicy, PartPlacement } from '../../model/index.js';
import { take } from '../budget.js';
import { weigh } from '../weights.js';
import { facts, heading, list, md, para, path, t, text, type Content, type RenderContext } from '../context.js';
import { renderSwitch } from '../toggles.js';
import { sentence } from './retention.js';

type Permission = NormalizedPolicy['permissions'][number];

/** The ways to switch a permission off: a path in the app, the OS settings, and the policy's note. */
function renderDisable(ctx: RenderContext, disable: Permission['disable']): Content {
  if (!disable) return nothing;
  const ways = [
    ...(disable.inAppPath ? [html`<span class="way">${t(ctx, 'permission.inApp')}</span> ${path(ctx, disable.inAppPath)}`] : []),
    ...(disable.osSettings ? [t(ctx, 'permission.osSettings')] : []),
  ];
  if (ways.length === 0 && disable.note === undefined) return nothing;
  return html`${list(ways, (way) => way)}${para(ctx, disable.note, 'note')}`;
}

function renderPermission(ctx: RenderContext, permission: Permission, level: number): Content {
  const categories = (permission.dataCategories ?? []).flatMap((id) => ctx.policy.dataCategories.filter((c) => c.id === id));
  // data-permission names the OS permission (for host styles and tests); it is no id, so it cannot clash.
  return html`<div class="permission" data-permission=${permission.permission}>
    ${heading(level, undefined, text(ctx, permission.label))}
    ${renderSwitch(ctx, 'permission', permission.id, text(ctx, permission.label))}
    ${facts([[t(ctx, 'permission.platforms'), permission.platforms?.length ? ctx.ui.list(permission.platforms.map((p) => t(ctx, `platform.${p}`))) : undefined]])}
    ${md(ctx, permission.purpose, level)}
    <p class="requirement">${t(ctx, permission.optional ? 'permission.optional' : 'permission.required')}</p>
    ${permission.consequence !== undefined ? html`<p class="consequence">${sentence(ctx, 'permission.consequence', { consequence: text(ctx, permission.consequence) })}</p>` : nothing}
    ${facts([
      [t(ctx, 'permission.data'), list(categories, (c) => text(ctx, c.label))],
      [t(ctx, 'permission.disable'), renderDisable(ctx, permission.disable)],
    ])}
  </div>`;
}

/**
 * App permissions: for each, what it enables, the data it touches, whether it is optional, what happens without it,
 * and how to switch it off. With `placement.ids`, only those permissions, in that order.
 */
export function renderPermissions(ctx: RenderContext, placement: PartPlacement, level: number): Content {
  const all = ctx.policy.permissions;
  const shown = placement.ids ? placement.ids.flatMap((id) => all.filter((p) => p.id === id)) : all;
  if (shown.length === 0) return nothing;
  return html`${take(ctx, shown, (permission) => renderPermission(ctx, permission, level), (permission) => weigh(permission.purpose))}`;
}
