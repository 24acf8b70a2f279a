// examples/policy.html?name=softathome&lang=fr shows one reference policy, optionally in another language.
// &languages=ar,ja (or =all) previews the policy as if it were published in those languages too, as while it is
// being translated: the library writes its own words in them, and policy text not yet translated shows in the
// policy's default language, marked with its lang.
import { uiLanguages } from '../dist/privacy-notice.js';

const params = new URLSearchParams(location.search);
const name = (params.get('name') ?? 'd-home-smaart').replace(/[^a-z0-9-]/g, '');
const notice = document.querySelector('privacy-notice');
if (params.get('lang')) document.documentElement.lang = params.get('lang');
if (params.has('summary')) notice.summary = true; // the first layer after the title
document.title = `${name} — privacy-notice`;
const extra = params.get('languages') === 'all' ? uiLanguages() : (params.get('languages') ?? '').split(',').filter(Boolean);
if (extra.length === 0) {
  notice.src = `policies/${name}.json`;
} else {
  const doc = await (await fetch(`policies/${name}.json`)).json();
  notice.policy = { ...doc, languages: [...new Set([doc.defaultLanguage, ...(doc.languages ?? []), ...extra])] };
}
