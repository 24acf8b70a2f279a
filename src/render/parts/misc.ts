import { html, nothing } from 'lit';
import type { PartPlacement } from '../../model/index.js';
import { enter, take } from '../budget.js';
import { weigh } from '../weights.js';
import { facts, md, path, t, text, type Content, type RenderContext } from '../context.js';
import { choicesPart, renderChoiceActions, renderOutdated, renderSwitch } from '../toggles.js';
import { placed } from './data.js';

/**
 * Consent purposes: each with its switch when the element holds consent state (else its default in words), then
 * accept all / reject all.
 */
export function renderConsents(ctx: RenderContext, placement: PartPlacement, level: number): Content {
  const actions = choicesPart(ctx) === 'consents';
  const consents = take(
    ctx,
    placed(ctx.policy.consentPurposes, placement),
    (c) => html`<li class="consent" part="consent">
        ${ctx.consent
          ? renderSwitch(ctx, 'purpose', c.id, text(ctx, c.label))
          : html`<strong>${text(ctx, c.label)}</strong> <span class="badge">${t(ctx, c.default ? 'consent.on' : 'consent.off')}</span>`}
        ${md(ctx, c.description, level)}
        ${facts([
          [t(ctx, 'consent.legalBasis'), c.legalBasis !== 'consent' ? t(ctx, `legalBasis.${c.legalBasis}`) : undefined],
          [t(ctx, 'consent.inApp'), c.inAppPath ? path(ctx, c.inAppPath) : undefined],
        ])}
      </li>`,
    (c) => weigh(c.description),
  );
  return html`${actions ? renderOutdated(ctx) : nothing}<ul class="consents">${consents}</ul>${actions && enter(ctx) ? renderChoiceActions(ctx) : nothing}`;
}

export function renderChildren(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  const children = ctx.policy.document.children;
  if (!children) return nothing;
  return html`${children.minimumAge !== undefined ? html`<p>${t(ctx, 'children.minimumAge', { age: children.minimumAge })}</p>` : nothing}
    ${children.parentalConsent ? html`<p>${t(ctx, 'children.parentalConsent')}</p>` : nothing}
    ${md(ctx, children.description, level)}`;
}

export function renderChanges(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  const changes = ctx.policy.document.changeNotification;
  if (!changes) return nothing;
  return html`${md(ctx, changes.description, level)}
    ${facts([[t(ctx, 'changes.methods'), changes.methods?.length ? ctx.ui.list(changes.methods.map((m) => t(ctx, `changeMethod.${m}`))) : undefined]])}
    ${changes.advanceNotice ? html`<p>${t(ctx, 'changes.advanceNotice')}</p>` : nothing}`;
}

export function renderAutomatedDecisions(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  const automated = ctx.policy.document.automatedDecisionMaking;
  if (!automated) return nothing;
  return html`<p>${t(ctx, automated.used ? 'automated.used' : 'automated.notUsed')}</p>${md(ctx, automated.description, level)}`;
}

export function renderProvision(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  return md(ctx, ctx.policy.document.provisionRequirement, level);
}
