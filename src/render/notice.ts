import { html, nothing, type TemplateResult } from 'lit';
import type { NormalizedPolicy, ResolvedSection } from '../model/index.js';
import { block, enter, GROUP } from './budget.js';
import { PART, weigh } from './weights.js';
import { anchor, facts, heading, linkText, md, t, text, type Content, type RenderContext } from './context.js';
import { renderPart } from './parts/index.js';
import { renderToc } from './toc.js';

function renderHeader(ctx: RenderContext, level: number): Content {
  const doc = ctx.policy.document;
  const services = doc.appliesTo ?? [];
  return html`<header class="notice-header" part="header">
    ${heading(level, anchor(ctx, 'top'), text(ctx, doc.title), 'title')}
    <p class="meta" part="meta">
      <span>${t(ctx, 'contact.controller')}: ${text(ctx, doc.controller.name)}</span>
      ${doc.effectiveDate ? html`<span>${t(ctx, 'notice.effective', { date: ctx.ui.date(doc.effectiveDate) })}</span>` : nothing}
      ${doc.lastUpdated ? html`<span>${t(ctx, 'notice.updated', { date: ctx.ui.date(doc.lastUpdated) })}</span>` : nothing}
      ${doc.version ? html`<span>${t(ctx, 'notice.version', { version: doc.version })}</span>` : nothing}
    </p>
    ${md(ctx, doc.summary, level)}
    ${facts([
      [t(ctx, 'notice.appliesTo'), services.length
        ? html`<ul class="plain">${services.map((s) => html`<li>${s.url?.startsWith('https:') ? html`<a href=${s.url} rel="noopener noreferrer">${linkText(ctx, s.name)}</a>` : text(ctx, s.name)}${s.description ? html` — ${text(ctx, s.description)}` : nothing}</li>`)}</ul>`
        : undefined],
      [t(ctx, 'notice.laws'), doc.laws?.length ? html`<ul class="plain">${doc.laws.map((l) => html`<li>${l.url?.startsWith('https:') ? html`<a href=${l.url} rel="noopener noreferrer">${linkText(ctx, l.name)}</a>` : text(ctx, l.name)}</li>`)}</ul>` : undefined],
    ])}
  </header>`;
}

/**
 * A section at `level`; an untitled one continues the section before it, without a heading but with its anchor.
 * `above` is the level of the last heading before it, so an untitled section's content sits one level below that
 * heading (its parent's, when it comes first) and the outline never skips a level.
 */
function renderSection(ctx: RenderContext, section: ResolvedSection, level: number, above: number): Content {
  if (!enter(ctx, weigh(section.body))) return nothing;
  const id = anchor(ctx, section.anchor);
  const under = section.title === undefined ? Math.min(level, above) : level;
  const content = html`${md(ctx, section.body, under)}
    ${section.include.map((placement) => (enter(ctx, PART) ? renderPart(ctx, placement, under + 1) : nothing))}
    ${renderSections(ctx, section.sections, under + 1, under)}`;
  if (section.title === undefined) return html`<div class="section continued" id=${id} tabindex="-1">${content}</div>`;
  return html`<section class="section" part="section" aria-labelledby=${id}>${heading(level, id, text(ctx, section.title))}${content}</section>`;
}

/**
 * Sibling sections at `level`, the last heading before them at `above`; in runs of GROUP, each rendered once per
 * generation when the notice is shown a screen at a time.
 */
function renderSections(ctx: RenderContext, sections: ResolvedSection[], level: number, above: number): unknown[] {
  const runs: unknown[] = [];
  for (let start = 0; start < sections.length; start += GROUP) {
    const run = sections.slice(start, start + GROUP);
    const before = above;
    runs.push(block(ctx, sections[start]!, () => {
      let last = before;
      return run.map((section) => {
        const rendered = renderSection(ctx, section, level, last);
        if (section.title !== undefined) last = level;
        return rendered;
      });
    }));
    if (run.some((section) => section.title !== undefined)) above = level;
  }
  return runs;
}

/**
 * The whole notice: header, table of contents, sections, then every part no section shows. With a budget, the header
 * and the table of contents, then the rest from the top as far as the budget goes.
 */
export function renderNotice(ctx: RenderContext, baseLevel: number): TemplateResult {
  const level = Math.min(6, Math.max(1, baseLevel));
  const toc = renderToc(ctx, level + 1);
  return html`${renderHeader(ctx, level)}
    ${toc}
    ${renderSections(ctx, ctx.policy.sections, level + 1, toc === nothing ? level : level + 1)}
    ${ctx.policy.parts.remaining.map((placement) => {
      if (!enter(ctx, PART)) return nothing;
      const id = anchor(ctx, placement.anchor);
      return html`<section class="section" part="section" aria-labelledby=${id}>
        ${heading(level + 1, id, t(ctx, `parts.${placement.part}`))}
        ${renderPart(ctx, placement, level + 2)}
      </section>`;
    })}`;
}

/** Every id a deep link can reach in the notice (without anchor prefix): sections, untitled ones too, rights, parts. */
export function noticeAnchors(policy: NormalizedPolicy): string[] {
  const sections = (list: ResolvedSection[]): string[] => list.flatMap((s) => [s.anchor, ...sections(s.sections)]);
  return [...sections(policy.sections), ...policy.rights.map((r) => r.anchor), ...policy.parts.remaining.map((p) => p.anchor)];
}
