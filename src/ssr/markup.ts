import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

/*
 * lit templates to HTML text without a DOM (@lit-labs/ssr): the element's own templates, rendered in node exactly as
 * the browser renders them. Policy text only ever sits in text and attribute bindings, which lit escapes.
 */

/** The HTML of a template with lit's markers, which the element's hydration reads to take the markup over. */
export function hydratableHtml(template: unknown): Promise<string> {
  return collectResult(render(template));
}

/** lit's markers: part comments, node markers and the processing instruction of an empty part. */
const MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>/g;

/** The HTML of a template with nothing of lit left in it: for static HTML, which no script takes over. */
export async function staticHtml(template: unknown): Promise<string> {
  return (await hydratableHtml(template)).replace(MARKERS, '');
}

/** Text for an attribute value or an element's content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON for a `<script type="application/json">`: no `<`, so nothing in the policy can close the script element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
