import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentKind } from '../consent/types.js';
import type { Text } from '../model/index.js';
import { anchor, heading, t, text, type Content, type RenderContext } from './context.js';
import { renderChoiceActions, renderOutdated, renderSwitch } from './toggles.js';

function group(ctx: RenderContext, kind: ConsentKind, items: ReadonlyArray<{ id: string; label: Text }>): Content[] {
  return items.flatMap((item) => {
    const row = renderSwitch(ctx, kind, item.id, text(ctx, item.label));
    return row === nothing ? [] : [html`<li>${row}</li>`];
  });
}

/**
 * Every switch of a policy without the rest of the notice: purposes first, then cookie categories and the app's
 * permissions under their own headings, then accept all / reject all.
 */
export function renderChoices(ctx: RenderContext, level: number): TemplateResult {
  const { policy } = ctx;
  const purposes = group(ctx, 'purpose', policy.consentPurposes);
  const cookies = group(ctx, 'cookie-category', policy.cookieCategories);
  const permissions = group(ctx, 'permission', policy.permissions);
  return html`<div class="choices">
    ${heading(level, anchor(ctx, 'choices'), t(ctx, 'toggle.choicesHeading'))}
    ${renderOutdated(ctx)}
    ${purposes.length ? html`<ul class="toggles">${purposes}</ul>` : nothing}
    ${cookies.length ? html`${heading(level + 1, undefined, t(ctx, 'parts.cookies'))}<ul class="toggles">${cookies}</ul>` : nothing}
    ${permissions.length ? html`${heading(level + 1, undefined, t(ctx, 'parts.permissions'))}<ul class="toggles">${permissions}</ul>` : nothing}
    ${renderChoiceActions(ctx)}
  </div>`;
}
