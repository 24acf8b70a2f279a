import { html, nothing } from 'lit';
import type { LegalBasisDetail, PartPlacement, Retention } from '../../model/index.js';
import { take } from '../budget.js';
import { weigh } from '../weights.js';
import { facts, heading, list, md, plain, t, text, type Content, type RenderContext } from '../context.js';

/** Picks the items a placement names, in its order, or all of them. */
export function placed<T extends { id: string }>(items: readonly T[], placement: PartPlacement): readonly T[] {
  return placement.ids ? placement.ids.flatMap((id) => items.filter((item) => item.id === id)) : items;
}

/** A retention period in words: its duration, its criterion, or both. */
export function retentionText(ctx: RenderContext, retention: Retention | undefined): string | undefined {
  if (!retention) return undefined;
  const parts = [retention.duration !== undefined ? ctx.ui.duration(retention.duration) : '', plain(ctx, retention.criterion)].filter(Boolean);
  return parts.join(' — ') || undefined;
}

/** A legal basis by name, with the interest pursued and the policy's own wording when it gives them. */
export function legalBasis(ctx: RenderContext, basis: LegalBasisDetail): Content {
  return html`<span class="basis">${t(ctx, `legalBasis.${basis.basis}`)}${basis.note ? html` (${text(ctx, basis.note)})` : nothing}${
    basis.legitimateInterest ? html`. ${t(ctx, 'purpose.legitimateInterest', { interest: plain(ctx, basis.legitimateInterest) })}` : nothing
  }</span>`;
}

/** Data categories: label, a sensitive marker in words (not colour alone), description and the items listed. */
export function renderDataCategories(ctx: RenderContext, placement: PartPlacement, level: number): Content {
  const sources = new Map((ctx.policy.document.sources ?? []).map((s) => [s.id, s]));
  return html`<ul class="categories">
    ${take(ctx, placed(ctx.policy.dataCategories, placement), (category) => {
      const kinds = (category.sensitiveKind ?? []).map((k) => t(ctx, `sensitiveKind.${k}`));
      const source = category.source ? sources.get(category.source) : undefined;
      return html`<li class="category" part="data-category">
        <strong>${text(ctx, category.label)}</strong>
        ${category.sensitive ? html` <span class="badge sensitive">${kinds.length ? t(ctx, 'data.sensitiveKinds', { kinds: ctx.ui.list(kinds) }) : t(ctx, 'data.sensitive')}</span>` : nothing}
        ${md(ctx, category.description, level)}
        ${category.examples?.length ? list(category.examples, (e) => text(ctx, e), 'examples') : nothing}
        ${facts([
          [t(ctx, 'processing.source'), source ? text(ctx, source.label) : undefined],
          [t(ctx, 'purpose.retention'), retentionText(ctx, category.retention)],
        ])}
      </li>`;
    }, (category) => weigh(category.description))}
  </ul>`;
}

/** Purposes: each with its legal bases, the data used, who it concerns, who receives it, how long it is kept. */
export function renderPurposes(ctx: RenderContext, placement: PartPlacement, level: number): Content {
  return html`${take(
    ctx,
    placed(ctx.policy.purposes, placement),
    (purpose) => html`<div class="purpose" part="purpose">
      ${heading(level, undefined, text(ctx, purpose.label))}
      ${md(ctx, purpose.description, level)}
      ${facts([
        [t(ctx, 'purpose.legalBasis'), purpose.legalBases.length ? html`${purpose.legalBases.map((b, i) => html`${i ? '; ' : ''}${legalBasis(ctx, b)}`)}` : undefined],
        [t(ctx, 'purpose.legalBasis'), purpose.legalBasisNote && !purpose.legalBases.length ? md(ctx, purpose.legalBasisNote, level) : undefined],
        [t(ctx, 'purpose.data'), purpose.dataCategories.length ? ctx.ui.list(purpose.dataCategories.map((c) => plain(ctx, c.label))) : undefined],
        [t(ctx, 'purpose.subjects'), purpose.dataSubjects.length ? ctx.ui.list(purpose.dataSubjects.map((s) => plain(ctx, s.label))) : undefined],
        [t(ctx, 'purpose.recipients'), purpose.recipients.length ? list(purpose.recipients, (r) => text(ctx, r.label)) : undefined],
        [t(ctx, 'purpose.retention'), retentionText(ctx, purpose.retention)],
        [t(ctx, 'purpose.optOut'), purpose.optOut ? md(ctx, purpose.optOut, level) : undefined],
      ])}
      ${purpose.legalBasisNote && purpose.legalBases.length ? md(ctx, purpose.legalBasisNote, level) : nothing}
    </div>`,
    (purpose) => weigh(purpose.description, purpose.legalBasisNote, purpose.optOut),
  )}`;
}

