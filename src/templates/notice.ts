import { html, nothing, type TemplateResult } from 'lit';
import type { ChangesView, HeaderView, NoticeView, SectionView, TocEntry, TocView } from '../view/index.js';
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

/** What changed since the earlier version: each entry links to where it is shown; the reader can hide it. */
function renderChanges(
  view: ChangesView | undefined,
  level: number,
  actions: NoticeActions,
): TemplateResult | typeof nothing {
  if (!view) return nothing;
  return html`<section class="changes" part="changes" aria-labelledby=${view.anchor}>
    ${heading(level, view.anchor, view.heading, 'changes-heading')}
    <ul>
      ${view.entries.map((entry) => html`<li>${inlines(entry.line)}</li>`)}
    </ul>
    <button type="button" @click=${() => actions.hideChanges()}>${view.hide}</button>
  </section>`;
}

/**
 * A section; its heading and what it holds sit at the depths its view gives, below the notice's `base` level. An
 * untitled section continues the one before it: no heading, but its anchor.
 */
function renderSection(section: SectionView, base: number, actions: NoticeActions): TemplateResult {
  const inner = base + section.inner;
  const content = html`${renderMarkdown(section.body, inner)}
  ${section.parts.map((part) =>
    part.heading
      ? html`${heading(inner + 1, part.anchor, part.heading, 'subheading')}${renderPart(part, inner + 2, actions)}`
      : renderPart(part, inner + 1, actions),
  )}
  ${groups(section.sections, base, (s) => renderSection(s, base, actions))}
  ${section.back ? html`<p class="back-to-contents"><a href=${section.back.href} dir="auto">${section.back.label}</a></p>` : nothing}`;
  // A deep link to an untitled section focuses the heading its content is under (deep-links.ts).
  if (section.title === undefined) return html`<div class="section continued" id=${section.anchor}>${content}</div>`;
  // Not a region: sections are headings in the outline; named regions, one per section, crowd the landmarks list.
  return html`<section class="section" part="section">
    ${heading(base + section.depth, section.anchor, inline(section.title))}${
      section.changed ? html`<p class="changed-marker" part="changed-marker">${section.changed}</p>` : nothing
    }${content}
  </section>`;
}

/** The whole notice: header, table of contents, then every section, at heading levels from `level` down. */
export function renderNotice(view: NoticeView, level: number, actions: NoticeActions): TemplateResult {
  const base = Math.min(6, Math.max(1, level));
  return html`${renderHeader(view.header, base)} ${renderChanges(view.changes, base + 1, actions)}
  ${view.summary ? renderSection(view.summary, base, actions) : nothing} ${renderToc(view.toc, base + 1)}
  ${groups(view.sections, base, (section) => renderSection(section, base, actions))}`;
}
