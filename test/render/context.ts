// Shared by the render tests: a RenderContext for a reference policy, and a host to render parts into.
import { render } from 'lit';
import { loadUi, uiLocaleFor } from '../../src/i18n/ui.js';
import { pickLanguage, validatePolicy } from '../../src/model/index.js';
import type { Content, RenderContext } from '../../src/render/context.js';
import { styles } from '../../src/render/styles.js';

export type ReferencePolicy = 'cr-smart-home' | 'd-home-smaart' | 'smartbt' | 'smarti' | 'softathome';

/** The raw JSON of a reference policy in examples/policies/. */
export async function loadExample(name: ReferencePolicy): Promise<Record<string, any>> {
  return (await fetch(`/examples/policies/${name}.json`)).json();
}

/**
 * The context a notice in `lang` would render a reference policy with: the validated, normalized policy, the best
 * policy language for the reader and the UI strings that follow it. Throws when the example does not validate.
 */
export async function contextFor(name: ReferencePolicy, lang = 'en'): Promise<RenderContext> {
  return contextOf(await loadExample(name), lang);
}

/** The same for a policy document of the test's own (a reference policy changed or grown). */
export async function contextOf(doc: unknown, lang = 'en'): Promise<RenderContext> {
  const result = validatePolicy(doc);
  if (!result.ok) throw new Error(`${result.errors.slice(0, 3).map((e) => `${e.pointer} ${e.message}`).join('; ')}`);
  const policy = result.policy;
  const shown = pickLanguage([lang], policy.languages, policy.defaultLanguage);
  return { policy, lang: shown, ui: await loadUi(shown, { locale: uiLocaleFor([shown, lang]) }), anchorPrefix: '' };
}

const hosts: HTMLElement[] = [];

/**
 * Renders `content` into the shadow root of a fresh block-level host that carries the notice's real stylesheet
 * (a size container, like <privacy-notice>), with `lang` set as the element would. Returns the shadow root.
 */
export function mount(content: Content, lang = 'en'): ShadowRoot {
  const host = document.createElement('div');
  host.lang = lang;
  document.body.append(host);
  hosts.push(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles.map((s) => s.styleSheet!);
  render(content, root);
  return root;
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

/** Policy text as the reader sees it in the policy's default language (a plain string or the map's entry). */
export function inLang(value: string | Record<string, string | undefined> | undefined, lang: string): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value[lang] ?? '';
}
