// The static HTML of a policy, made by the renderer of `privacy-notice render` in its browser build (dist/static.js:
// the same templates and sanitizer; jsdom in node takes minutes on the 100x policy, the browser seconds). The
// fragment's <style> becomes a stylesheet of its own: the benchmark pages run under the same strict CSP as the
// component, which allows no inline <style>.

/** `page` is a page of the benchmark's server; `policyPath` the policy's path on that server. */
export async function staticNotice(page, policyPath) {
  const html = await page.evaluate(async (path) => {
    const { validatePolicySoon } = await import('/dist/privacy-notice.js');
    const { renderStaticHtml } = await import('/dist/static.js');
    const result = await validatePolicySoon(await (await fetch(path)).json());
    if (!result.ok) throw new Error(`${path}: ${result.errors.map((e) => e.message).join('; ')}`);
    return renderStaticHtml(result.policy, { fragment: true });
  }, policyPath);
  const match = /^\s*<style>([\s\S]*?)<\/style>\s*([\s\S]*)$/.exec(html);
  if (!match) throw new Error(`the static renderer gave no leading <style> for ${policyPath}`);
  return { css: match[1], fragment: match[2] };
}
