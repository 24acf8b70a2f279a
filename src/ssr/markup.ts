import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

/*
 * lit templates to HTML text without a DOM (@lit-labs/ssr): the element's own templates, rendered in node exactly as
 * the browser renders them. Policy text only ever sits in text and attribute bindings, which lit escapes.
 */

/**
 * What lit's renderer knows of where the template goes: into the shadow root of an element rendered by hand (not by
 * one of its element renderers), so the <slot>s of its templates are those of a host it needs to track nothing of.
 */
const IN_SHADOW_ROOT = { customElementHostStack: [{ element: undefined }] } as unknown as Parameters<typeof render>[1];

/**
 * The HTML of a template (the content of an element's shadow root) with lit's markers, which the element's
 * hydration reads to take the markup over.
 */
export async function hydratableHtml(template: unknown): Promise<string> {
  return adoptableMarkdown(tidyTags(await collectResult(render(template, IN_SHADOW_ROOT))));
}

/** lit's markers of parts and bound nodes. */
const PART_MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$\d+\$>/g;

/**
 * Each Markdown block (`<div class="md">`, whose nodes hold no div) as one part with no parts inside: the element
 * adopts it as it stands, without parsing its Markdown (templates/markdown.ts, adoptingMarkup).
 */
function adoptableMarkdown(html: string): string {
  return html.replace(
    /(<div class="md"[^>]*>)(\s*<!--lit-part[^>]*-->)([^]*?)(<!--\/lit-part-->\s*<\/div>)/g,
    (_, open: string, start: string, inner: string, end: string) =>
      `${open}${start}${inner.replace(PART_MARKERS, '')}${end}`,
  );
}

/**
 * Each start tag on one line, its attributes one space apart: templates are formatted for people, markup need not
 * be. Attribute values (quoted, with `<`, `>` and quotes escaped by lit) are left as they are.
 */
function tidyTags(html: string): string {
  return html.replace(/<([a-z][^<>]*?)\s*(\/?)>/gi, (_, inner: string, slash: string) => {
    const tidy = inner.replace(/("[^"]*")|\s+/g, (_match, quoted?: string) => quoted ?? ' ');
    return `<${tidy}${slash ? ' /' : ''}>`;
  });
}

/**
 * lit's markers (part comments, node markers, the processing instruction of an empty part), and the headings' slots,
 * which only a shadow root has a use for.
 */
const MARKERS = new RegExp(`${PART_MARKERS.source}|<slot name="[^"]*"></slot>`, 'g');

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
