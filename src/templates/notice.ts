import { html, nothing, type TemplateResult } from 'lit';
import type { HeaderView, NoticeView, SectionView, TocEntry, TocView } from '../view/index.js';
import type { NoticeActions } from './actions.js';
import { facts, groups, heading, inline, inlines, text } from './content.js';
import { renderMarkdown } from './markdown.js';
import { renderPart } from './parts/index.js';

function renderHeader(view: HeaderView, level: number): TemplateResult {
  return html`<header class="notice-header" part="header">
    ${heading(level, view.anchor, text(view.title), 'title')}
    <p class="meta" part="meta">${view.meta.map((entry) => html`<span>${inlines(entry)}</span>`)}</p>
    ${renderMarkdown(view.summary, level)} ${facts(view.facts, level)}
  </header>`;
}

function renderEntry(entry: TocEntry): TemplateResult {
  return html`<li>
    <a href=${entry.href} dir="auto">${inline(entry.label)}</a>${
      entry.children.length
        ? html`<ol>
            ${entry.children.map(renderEntry)}
          </ol>`
        : nothing
    }
  </li>`;
}

function renderToc(view: TocView | undefined, level: number): TemplateResult | typeof nothing {
  if (!view) return nothing;
  return html`<nav class="toc" part="toc" aria-labelledby=${view.anchor}>
    ${heading(level, view.anchor, view.heading, 'toc-heading')}
    <ol>
      ${groups(view.entries, level, renderEntry)}
    </ol>
  </nav>`;
}

/**
 * A section; its heading and what it holds sit at the depths its view gives, below the notice's `base` level. An
 * untitled section continues the one before it: no heading, but its anchor.
 */
function renderSection(section: SectionView, base: number, actions: NoticeActions): TemplateResult {
  const inner = base + section.inner;
  const content = html`${renderMarkdown(section.body, inner)}
  ${section.parts.map((part) => renderPart(part, inner + 1, actions))}
  ${groups(section.sections, base, (s) => renderSection(s, base, actions))}`;
  if (section.title === undefined)
    return html`<div class="section continued" id=${section.anchor} tabindex="-1">${content}</div>`;
  return html`<section class="section" part="section" aria-labelledby=${section.anchor}>
    ${heading(base + section.depth, section.anchor, inline(section.title))}${content}
  </section>`;
}

/** The whole notice: header, table of contents, then every section, at heading levels from `level` down. */
export function renderNotice(view: NoticeView, level: number, actions: NoticeActions): TemplateResult {
  const base = Math.min(6, Math.max(1, level));
  return html`${renderHeader(view.header, base)} ${renderToc(view.toc, base + 1)}
  ${groups(view.sections, base, (section) => renderSection(section, base, actions))}`;
}
