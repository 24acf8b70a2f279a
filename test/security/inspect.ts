/**
 * What a rendered notice may contain, written independently of the library's own allow-lists: the elements its
 * templates and the Markdown sanitizer produce, and for each attribute the only values it may take. Works across
 * realms (an element in an iframe's document), so it never uses `instanceof`.
 */

const ELEMENTS = new Set([
  // the templates
  'a',
  'address',
  'br',
  'button',
  'caption',
  'code',
  'dd',
  'details', // the error panel's developer detail
  'div',
  'dl',
  'dt',
  'header',
  'li',
  'nav',
  'ol',
  'p',
  'q',
  'section',
  'span',
  'strong',
  'summary',
  'table',
  'thead',
  'tbody',
  'td',
  'th',
  'tr',
  'ul',
  'wbr', // the line-break opportunities of cookie names
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
  'label',
  'input',
  'select',
  'option',
  'slot', // a heading's slot, where a pre-rendered notice puts the page's target of its anchor
  // Markdown after sanitizing
  'em',
  'del',
  'pre',
  'blockquote',
  'hr',
]);

const ANCHOR_ID = /^(?:[a-z0-9-]+-)?(?:section|part|right)-[a-z0-9-]+$|^(?:[a-z0-9-]+-)?(?:top|contents|language)$/;
/** Ids of consent switches and what describes them: `switch-<kind>-<id>`, `…-state`, `…-note`. */
const SWITCH_ID = /^(?:[a-z0-9-]+-)?switch-[a-z0-9-]+$/;
const ID = (v: string) => ANCHOR_ID.test(v) || SWITCH_ID.test(v);
const TOKEN = /^[a-z0-9-]+$/;
const CLASS_LIST = /^[a-z0-9 -]*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const ANY_TEXT = () => true;

/** Attribute name -> check of its value (and, for a few, of the element carrying it). */
const ATTRIBUTES: Record<string, (value: string, tag: string) => boolean> = {
  id: ID,
  'aria-labelledby': (v) => ANCHOR_ID.test(v),
  'aria-describedby': (v) => v.split(' ').every(ID),
  for: (v, tag) => tag === 'label' && ID(v),
  'data-anchor': (v) => ANCHOR_ID.test(v),
  class: (v) => CLASS_LIST.test(v),
  part: (v) => CLASS_LIST.test(v),
  lang: (v) => LANGUAGE_TAG.test(v),
  dir: (v) => v === 'ltr' || v === 'rtl' || v === 'auto',
  tabindex: (v) => v === '-1' || v === '0',
  role: (v) => ['alert', 'status', 'list', 'listitem', 'switch', 'region', 'group'].includes(v),
  'aria-hidden': (v) => v === 'true',
  'aria-busy': (v) => v === 'true' || v === 'false',
  'aria-level': (v, tag) => tag === 'h6' && /^(?:[7-9]|[1-9]\d)$/.test(v),
  'aria-label': ANY_TEXT,
  title: ANY_TEXT,
  'data-type': (v) => TOKEN.test(v),
  'data-kind': (v) => TOKEN.test(v),
  'data-permission': (v) => TOKEN.test(v),
  'data-id': (v) => TOKEN.test(v),
  'aria-disabled': (v) => v === 'true',
  disabled: (v, tag) => tag === 'input' && v === '',
  checked: (v, tag) => tag === 'input' && v === '',
  name: (v, tag) => tag === 'slot' && ANCHOR_ID.test(v),
  selected: (v, tag) => tag === 'option' && v === '',
  value: (v, tag) => tag === 'option' && LANGUAGE_TAG.test(v),
  scope: (v) => ['col', 'row', 'colgroup', 'rowgroup'].includes(v),
  colspan: (v) => /^\d{1,3}$/.test(v),
  start: (v) => /^-?\d{1,9}$/.test(v),
  type: (v, tag) => (tag === 'button' && v === 'button') || (tag === 'input' && v === 'checkbox'),
  href: (v, tag) => tag === 'a' && linkProblem(v) === undefined,
  rel: (v, tag) => tag === 'a' && v === 'noopener noreferrer',
};

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Why an href is not one a notice may carry, or undefined when it is fine: only `https://`, `mailto:`, `tel:` and
 * in-page `#` links; a mail link names one address and may set only a subject (no hidden cc/bcc/body headers).
 */
export function linkProblem(href: string): string | undefined {
  if (href.startsWith('#')) return undefined;
  if (href.startsWith('tel:')) return /^tel:\+?\d+$/.test(href) ? undefined : `tel link with more than digits: ${href}`;
  if (href.startsWith('mailto:')) {
    const [address = '', query] = href.slice('mailto:'.length).split(/\?(.*)/s, 2);
    if (!/^[^?#&@]+@[^?#&@]+$/.test(address)) return `mailto link whose address is not one address: ${href}`;
    const headers = [...new URLSearchParams(query ?? '').keys()];
    return headers.every((h) => h === 'subject') ? undefined : `mailto link that sets ${headers.join(', ')}: ${href}`;
  }
  if (!href.startsWith('https://')) return `link to a disallowed scheme: ${href}`;
  try {
    return new URL(href).hostname ? undefined : `https link without a host: ${href}`;
  } catch {
    return `https link that does not parse: ${href}`;
  }
}

/** Every element or attribute in `root` outside the allow-list, e.g. `<img>` or `a[onclick="…"]` (empty when clean). */
export function disallowed(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (!ELEMENTS.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${tag}>`);
    if (tag === 'template' || (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot)
      found.push(`shadow root in <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const check = ATTRIBUTES[attr.name];
      if (!check || !check(attr.value, tag))
        found.push(`${tag}[${attr.name}=${JSON.stringify(attr.value.slice(0, 80))}]`);
    }
  }
  return found;
}

/** Links a reader could follow that are not allowed, carry an opener, or hide their text behind bidi overrides. */
export function badLinks(root: ParentNode): string[] {
  const found: string[] = [];
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = a.getAttribute('href');
    if (href === null) continue;
    const problem = linkProblem(href);
    if (problem) found.push(problem);
    if (href.startsWith('https://') && a.getAttribute('rel') !== 'noopener noreferrer')
      found.push(`external link without rel="noopener noreferrer": ${href}`);
    if (a.hasAttribute('target')) found.push(`link with a target: ${href}`);
    if (BIDI_CONTROLS.test(a.textContent ?? ''))
      found.push(`link text with bidi controls: ${JSON.stringify(a.textContent)}`);
    // An override outside a link reaches into it unless the link is isolated (any `dir` does that).
    if (!a.hasAttribute('dir')) found.push(`link not isolated from the text around it: ${href}`);
    let before = a.previousSibling;
    while (before?.nodeType === Node.COMMENT_NODE) before = before.previousSibling; // lit's markers
    if (BIDI_CONTROLS.test((before?.textContent ?? '').slice(-1)))
      found.push(`bidi control right before a link: ${href}`);
  }
  return found;
}
