// Writes the benchmark's pages and data into an output folder that scripts/serve.mjs serves:
//  - component.html: the library, as a site uses it (<script type=module src=dist/privacy-notice.js> + the tag);
//  - innerhtml.html: the same notice as static HTML inserted with innerHTML into a shadow root with the same
//    stylesheet (the baseline);
//  - static.html: the static HTML page itself, nothing to run (the physical limit);
//  - prerendered.html: the element pre-rendered by render --dsd, its script deferred; prerendered-paint.html the
//    same page without the script (what painting it costs);
//  - for the peer: cookies.html, the library's <privacy-cookies>, and peer.html, vanilla-cookieconsent's preferences
//    modal (its files copied to bench-out/vendor/: the server serves nothing from node_modules).
// Every page marks "rendered" in the same way (a performance mark read by the harness), without inline script,
// because the server sends a strict CSP.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

export async function writePages(dir, workloads) {
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/innerhtml.js`, INNERHTML_SCRIPT);
  await writeFile(`${dir}/component-probe.js`, COMPONENT_PROBE);
  await writeFile(`${dir}/static-probe.js`, STATIC_PROBE);
  await writeFile(`${dir}/prerendered-probe.js`, PRERENDERED_PROBE);
  for (const w of workloads) {
    await writeFile(`${dir}/${w.name}.json`, JSON.stringify(w.policy));
    await writeFile(
      `${dir}/${w.name}-component.html`,
      page(w.lang, COMPONENT_HEAD, `<privacy-notice src="${w.name}.json"></privacy-notice>`),
    );
    if (w.fragment === undefined) continue; // a workload measured without its static baselines
    await writeFile(`${dir}/${w.name}.fragment.html`, w.fragment);
    await writeFile(`${dir}/${w.name}.css`, w.css);
    await writeFile(
      `${dir}/${w.name}-innerhtml.html`,
      page(w.lang, `<script type="module" src="innerhtml.js"></script>`, `<div id="host" data-name="${w.name}"></div>`),
    );
    if (w.prerendered) {
      // The notice pre-rendered (render --dsd): painted from its declarative shadow root, then adopted by the deferred
      // element script; the same page without that script is what it costs to paint.
      await writeFile(
        `${dir}/${w.name}-prerendered.html`,
        page(w.lang, `<script type="module" src="prerendered-probe.js"></script>${ELEMENT_SCRIPT}`, w.prerendered),
      );
      await writeFile(
        `${dir}/${w.name}-prerendered-paint.html`,
        page(w.lang, `<script type="module" src="static-probe.js"></script>`, w.prerendered),
      );
    }
    await writeFile(
      `${dir}/${w.name}-static.html`,
      page(
        w.lang,
        `<link rel="stylesheet" href="${w.name}.css"><script type="module" src="static-probe.js"></script>`,
        `<div class="static-notice">${w.fragment}</div>`,
      ),
    );
  }
}

/** The peer's pages for a policy with cookies; `config` is the peer's configuration for it. */
export async function writePeerPages(dir, { name, lang, policy }, config) {
  const from = `${dirname(createRequire(import.meta.url).resolve('vanilla-cookieconsent/package.json'))}/dist`;
  await mkdir(`${dir}/../vendor`, { recursive: true });
  for (const file of ['cookieconsent.esm.js', 'cookieconsent.css'])
    await copyFile(`${from}/${file}`, `${dir}/../vendor/${file}`);
  await writeFile(`${dir}/peer.js`, PEER_SCRIPT);
  await writeFile(`${dir}/${name}.json`, JSON.stringify(policy));
  await writeFile(`${dir}/${name}.peer.json`, JSON.stringify(config));
  await writeFile(
    `${dir}/${name}-cookies.html`,
    page(lang, COMPONENT_HEAD, `<privacy-cookies src="${name}.json"></privacy-cookies>`),
  );
  await writeFile(
    `${dir}/${name}-peer.html`,
    page(
      lang,
      `<link rel="stylesheet" href="../vendor/cookieconsent.css"><script type="module" src="peer.js"></script>`,
      `<div id="host" data-name="${name}"></div>`,
    ),
  );
}

const ELEMENT_SCRIPT = `<script type="module" src="/dist/privacy-notice.js"></script>`;
const COMPONENT_HEAD = `<script type="module" src="component-probe.js"></script>${ELEMENT_SCRIPT}`;

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

// A pre-rendered notice is done once its element has adopted it: defined, loaded, rendered.
const PRERENDERED_PROBE = `${DONE}
await customElements.whenDefined('privacy-notice');
const notice = document.querySelector('privacy-notice');
await notice.ready;
await notice.updateComplete;
done();
`;

const STATIC_PROBE = `${DONE}
done();
`;

// vanilla-cookieconsent builds its modal from HTML strings with innerHTML, which the server's Trusted Types CSP
// blocks; a pass-through default policy in the page is the one relaxation it needs (the CSP header is unchanged).
// showPreferences() builds and shows the modal synchronously.
const PEER_SCRIPT = `import * as CookieConsent from '../vendor/cookieconsent.esm.js';
${DONE}
window.trustedTypes?.createPolicy('default', { createHTML: (s) => s });
const host = document.getElementById('host');
const config = await fetch(host.dataset.name + '.peer.json').then((r) => r.json());
await CookieConsent.run({ ...config, root: host });
CookieConsent.showPreferences();
done();
`;
