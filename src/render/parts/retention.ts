import { html, nothing } from 'lit';
import type { UiKey } from '../../i18n/ui.js';
import type { PartPlacement, Retention, RetentionPolicy } from '../../model/index.js';
import { take } from '../budget.js';
import { md, plain, t, text, type Content, type RenderContext } from '../context.js';

/**
 * A UI sentence whose {{placeholders}} are filled with rendered content rather than strings, so policy text inside
 * it keeps its own `lang` when it is a fallback translation (`t()` would flatten it into the sentence's language).
 */
export function sentence(ctx: RenderContext, key: UiKey, values: Record<string, Content | string>): Content {
  // i18next does not interpolate inside inserted values, so asking for '{{name}}' gives the sentence's own slots back.
  const slots = Object.fromEntries(Object.keys(values).map((name) => [name, `{{${name}}}`]));
  const pieces = t(ctx, key, slots).split(/\{\{(\w+)\}\}/);
  return html`${pieces.map((piece, i) => (i % 2 ? values[piece] ?? nothing : piece))}`;
}

/** How long something is kept, in words: the duration, the criterion, or both. */
export function retentionText(ctx: RenderContext, retention: Retention | undefined): Content {
  const duration = retention?.duration !== undefined ? ctx.ui.duration(retention.duration) : undefined;
  const criterion = retention?.criterion !== undefined ? text(ctx, retention.criterion) : nothing;
  if (duration === undefined && criterion === nothing) return nothing;
  return html`${duration ?? nothing}${duration !== undefined && criterion !== nothing ? ' — ' : nothing}${criterion}`;
}

type Rule = NonNullable<RetentionPolicy['rules']>[number];

/** What a rule is about: its label, else the data categories and purposes it names. */
function ruleSubject(ctx: RenderContext, rule: Rule): Content | string {
  if (rule.label !== undefined) return text(ctx, rule.label);
  const { dataCategories, purposes } = ctx.policy;
  const named = [
    ...(rule.dataCategories ?? []).flatMap((id) => dataCategories.filter((c) => c.id === id)),
    ...(rule.purposes ?? []).flatMap((id) => purposes.filter((p) => p.id === id)),
  ];
  return named.length ? ctx.ui.list(named.map((item) => plain(ctx, item.label))) : nothing;
}

function renderRule(ctx: RenderContext, rule: Rule): Content {
  const subject = ruleSubject(ctx, rule);
  const kept = retentionText(ctx, rule.retention);
  return html`<li class="rule">${subject === nothing ? kept : sentence(ctx, 'retention.rule', { what: html`<strong>${subject}</strong>`, retention: kept })}</li>`;
}

/** How long data is kept: the policy's explanation, then each rule (what -> duration and/or criterion). */
export function renderRetention(ctx: RenderContext, _placement: PartPlacement, level: number): Content {
  const retention = ctx.policy.document.retention;
  if (!retention) return nothing;
  const rules = retention.rules ?? [];
  return html`${md(ctx, retention.description, level)}
    ${rules.length ? html`<ul class="plain rules">${take(ctx, rules, (rule) => renderRule(ctx, rule))}</ul>` : nothing}`;
}
