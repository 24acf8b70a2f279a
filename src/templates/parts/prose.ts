import { html, type TemplateResult } from 'lit';
import type { ProseView } from '../../view/index.js';
import { facts } from '../content.js';
import { renderMarkdown } from '../markdown.js';

/** Children, changes, automated decisions, provision: the library's sentences the policy's fields say, its own words. */
export function renderProse(view: ProseView, level: number): TemplateResult {
  return html`${view.before.map((line) => html`<p>${line}</p>`)} ${renderMarkdown(view.body, level)}
  ${facts(view.facts, level)} ${view.after.map((line) => html`<p>${line}</p>`)}`;
}
