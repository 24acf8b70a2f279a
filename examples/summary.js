// examples/summary.html?name=cr-smart-home shows the first layer of one reference policy; each line links to its
// part of the full notice on examples/policy.html (the `notice` attribute), as an app's privacy screen or the top
// of a sign-up form would.
const params = new URLSearchParams(location.search);
const name = (params.get('name') ?? 'cr-smart-home').replace(/[^a-z0-9-]/g, '');
const summary = document.querySelector('privacy-summary');
if (params.get('lang')) document.documentElement.lang = params.get('lang');
document.title = `${name} at a glance — privacy-notice`;
summary.setAttribute('notice', `policy.html?name=${name}${params.get('lang') ? `&lang=${params.get('lang')}` : ''}`);
summary.src = `policies/${name}.json`;
