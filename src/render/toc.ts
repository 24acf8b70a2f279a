import { html, nothing, type TemplateResult } from 'lit';
import type { PartPlacement, ResolvedSection } from '../model/index.js';
import { remember, take } from './budget.js';
import { anchor, heading, linkText, t, type Content, type RenderContext } from './context.js';
import { rightTitle } from './parts/rights.js';

interface Entry {
  href: string;
  label: Content | string;
  children: Entry[];
}

/** Entries for the rights a placement shows, so every right is reachable from the table of contents. */
function rightEntries(ctx: RenderContext, placements: PartPlacement[]): Entry[] {
  return placements
    .filter((p) => p.part === 'rights')
    .flatMap((p) => (p.ids ? ctx.policy.rights.filter((r) => p.ids!.includes(r.id)) : ctx.policy.rights))
    .map((right) => ({ href: `#${anchor(ctx, right.anchor)}`, label: right.title ? linkText(ctx, right.title) : rightTitle(ctx, right), children: [] }));
}

/** Titled sections become entries; an untitled one hands its entries to the titled section before it. */
function sectionEntries(ctx: RenderContext, sections: ResolvedSection[]): Entry[] {
  const entries: Entry[] = [];
  for (const section of sections) {
    const children = [...rightEntries(ctx, section.include), ...sectionEntries(ctx, section.sections)];
    if (section.title !== undefined) entries.push({ href: `#${anchor(ctx, section.anchor)}`, label: linkText(ctx, section.title), children });
    else if (entries.length > 0) entries[entries.length - 1]!.children.push(...children);
    else entries.push(...children);
  }
  return entries;
}

function renderEntry(e: Entry): TemplateResult {
  return html`<li><a href=${e.href}>${e.label}</a>${e.children.length ? html`<ol>${e.children.map(renderEntry)}</ol>` : nothing}</li>`;
}

/** An entry and all under it. */
function size(e: Entry): number {
  return e.children.reduce((n, child) => n + size(child), 1);
}

/** The table of contents: every titled section, every structured part shown on its own, every right. */
export function renderToc(ctx: RenderContext, level: number): Content {
  const entries = remember(ctx, renderToc, () => [
    ...sectionEntries(ctx, ctx.policy.sections),
    ...ctx.policy.parts.remaining.map((p) => ({
      href: `#${anchor(ctx, p.anchor)}`,
      label: t(ctx, `parts.${p.part}`),
      children: rightEntries(ctx, [p]),
    })),
  ]);
  if (entries.length === 0) return nothing;
  const id = anchor(ctx, 'contents');
  // A notice shown a screen at a time counts each entry as an item: the contents of a policy with thousands of
  // sections and rights fill many screens by themselves, and rendered whole they would cost the first render more
  // than all the rest of its first screen.
  return html`<nav class="toc" part="toc" aria-labelledby=${id}>${heading(level, id, t(ctx, 'notice.contents'), 'toc-heading')}<ol>${take(ctx, entries, renderEntry, size)}</ol></nav>`;
}

