import { html, nothing } from 'lit';
import type { PartPlacement, ResolvedSection } from '../model/index.js';
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

function renderEntries(entries: Entry[]): Content {
  if (entries.length === 0) return nothing;
  return html`<ol>${entries.map((e) => html`<li><a href=${e.href}>${e.label}</a>${renderEntries(e.children)}</li>`)}</ol>`;
}

/** The table of contents: every titled section, every structured part shown on its own, every right. */
export function renderToc(ctx: RenderContext, level: number): Content {
  const entries = [
    ...sectionEntries(ctx, ctx.policy.sections),
    ...ctx.policy.parts.remaining.map((p) => ({
      href: `#${anchor(ctx, p.anchor)}`,
      label: t(ctx, `parts.${p.part}`),
      children: rightEntries(ctx, [p]),
    })),
  ];
  if (entries.length === 0) return nothing;
  const id = anchor(ctx, 'contents');
  return html`<nav class="toc" part="toc" aria-labelledby=${id}>${heading(level, id, t(ctx, 'notice.contents'), 'toc-heading')}${renderEntries(entries)}</nav>`;
}

