// examples/policy.html?name=softathome&lang=fr shows one reference policy, optionally in another language.
const params = new URLSearchParams(location.search);
const name = (params.get('name') ?? 'd-home-smaart').replace(/[^a-z0-9-]/g, '');
const notice = document.querySelector('privacy-notice');
if (params.get('lang')) document.documentElement.lang = params.get('lang');
notice.src = `policies/${name}.json`;
document.title = `${name} — privacy-notice`;
