// Shared by the template tests (browser): a part of a reference policy as its view, and a host to draw it in.
import { render } from 'lit';
import type { PartName } from '../../src/model/index.js';
import { NO_ACTIONS } from '../../src/templates/actions.js';
import { renderPart } from '../../src/templates/parts/index.js';
import { styles } from '../../src/templates/styles.js';
import { loadMarkdownParser, buildNoticeView, buildPartView, type PartView } from '../../src/view/index.js';
import { normalized, readerOf, type ReferencePolicy } from '../reader.js';

// Views built here directly, as the server renderer builds them: marked loaded first.
await loadMarkdownParser();

export { normalized, readerOf, type ReferencePolicy } from '../reader.js';

/** The raw JSON of a reference policy in examples/policies/ (a fresh copy, for tests to change). */
export async function loadExample(name: ReferencePolicy): Promise<Record<string, any>> {
  return (await fetch(`/examples/policies/${name}.json`)).json();
}

/** A document written for the tests of issue 13 (test/fixtures/faithful/), a fresh copy each time. */
export async function loadFaithful(name: 'companion-app' | 'website-cookies'): Promise<Record<string, any>> {
  return (await fetch(`/test/fixtures/faithful/${name}.json`)).json();
}

/** The view of one part of a policy (a reference policy's name, or a document) for a reader of `lang`. */
export async function partOf(
  doc: ReferencePolicy | Record<string, any>,
  part: PartName,
  lang = 'en',
): Promise<PartView> {
  const policy = normalized(typeof doc === 'string' ? await loadExample(doc) : doc);
  return buildPartView(policy, await readerOf(policy, lang), part).body.part!;
}

/** The whole notice's view. */
export async function noticeOf(doc: Record<string, any>, lang = 'en') {
  const policy = normalized(doc);
  return buildNoticeView(policy, await readerOf(policy, lang)).body;
}

const hosts: HTMLElement[] = [];

/**
 * Draws `content` into the shadow root of a fresh block-level host that carries the notice's real stylesheet (a
 * size container, like <privacy-notice>), with `lang` set as the element would. Returns the shadow root.
 */
export function mount(content: unknown, lang = 'en'): ShadowRoot {
  const host = document.createElement('div');
  host.lang = lang;
  document.body.append(host);
  hosts.push(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles.map((s) => s.styleSheet!);
  render(content, root);
  return root;
}

/** A part drawn at heading `level`. */
export function mountPart(view: PartView, level = 3, lang = 'en'): ShadowRoot {
  return mount(renderPart(view, level, NO_ACTIONS), lang);
}

/** Removes every host mount() created; call it in afterEach. */
export function unmountAll(): void {
  for (const host of hosts.splice(0)) host.remove();
}

/** Text content with whitespace collapsed, for comparisons. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text a reader sees (innerText: what CSS hides is left out), whitespace collapsed. */
export function seen(element: Element | null | undefined): string {
  return ((element as HTMLElement | null | undefined)?.innerText ?? '').replace(/\s+/g, ' ').trim();
}
