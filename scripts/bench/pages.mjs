// Writes the benchmark's pages and data into an output folder that scripts/serve.mjs serves:
//  - component.html: the library, as a site uses it (<script type=module src=dist/privacy-notice.js> + the tag);
//  - innerhtml.html: the same notice as static HTML inserted with innerHTML into a shadow root with the same
//    stylesheet (the baseline);
//  - static.html: the static HTML page itself, nothing to run (the physical limit).
// Every page marks "rendered" in the same way (a performance mark read by the harness), without inline script,
// because the server sends a strict CSP.
import { mkdir, writeFile } from 'node:fs/promises';

export async function writePages(dir, workloads) {
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/innerhtml.js`, INNERHTML_SCRIPT);
  await writeFile(`${dir}/component-probe.js`, COMPONENT_PROBE);
  await writeFile(`${dir}/static-probe.js`, STATIC_PROBE);
  for (const w of workloads) {
    await writeFile(`${dir}/${w.name}.json`, JSON.stringify(w.policy));
    await writeFile(`${dir}/${w.name}-component.html`, page(w.lang, `<script type="module" src="component-probe.js"></script><script type="module" src="/dist/privacy-notice.js"></script>`, `<privacy-notice src="${w.name}.json"></privacy-notice>`));
    if (w.fragment === undefined) continue; // a workload measured without its static baselines
    await writeFile(`${dir}/${w.name}.fragment.html`, w.fragment);
    await writeFile(`${dir}/${w.name}.css`, w.css);
    await writeFile(`${dir}/${w.name}-innerhtml.html`, page(w.lang, `<script type="module" src="innerhtml.js"></script>`, `<div id="host" data-name="${w.name}"></div>`));
    await writeFile(`${dir}/${w.name}-static.html`, page(w.lang, `<link rel="stylesheet" href="${w.name}.css"><script type="module" src="static-probe.js"></script>`, `<div class="static-notice">${w.fragment}</div>`));
  }
}

const page = (lang, head, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head><body>${body}</body></html>`;

// Marks when the notice is in the DOM, then when it has been laid out (the next frame).
const DONE = `const done = () => { performance.mark('pn-rendered'); requestAnimationFrame(() => { document.body.offsetHeight; performance.mark('pn-laid-out'); }); };`;

const INNERHTML_SCRIPT = `${DONE}
const host = document.getElementById('host');
const name = host.dataset.name;
const [html, css] = await Promise.all([fetch(name + '.fragment.html').then((r) => r.text()), fetch(name + '.css').then((r) => r.text())]);
const root = host.attachShadow({ mode: 'open' });
// The page runs under Trusted Types like the component's; a pass-through policy is what a site pasting trusted HTML uses.
const policy = window.trustedTypes ? trustedTypes.createPolicy('bench-static', { createHTML: (s) => s }) : { createHTML: (s) => s };
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
root.adoptedStyleSheets = [sheet];
root.innerHTML = policy.createHTML(html);
done();
`;

const COMPONENT_PROBE = `${DONE}
document.addEventListener('privacy-notice-load', (event) => event.target.updateComplete.then(done), { once: true });
`;

const STATIC_PROBE = `${DONE}
done();
`;
