// What the playground lets an author take away: the policy JSON, and the notice as static HTML when a static renderer
// is wired in. Both are made in the page and saved with a download link: nothing is sent anywhere.

/** Saves text as a file through a temporary object URL. */
export function download(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The static-HTML hook. `privacy-notice render` makes a static page from a policy; its renderer, built for browsers
 * as dist/static.js (vite.static.config.ts), exports `renderStaticHtml(policy, { lang })` (the normalized policy,
 * returning a complete HTML page as a string), and the page names it:
 *
 *   <meta name="privacy-notice-static-renderer" content="../dist/static.js">
 *
 * The "Download static HTML" button then appears. Without the meta element the playground offers the JSON only.
 */
export async function loadStaticRenderer() {
  const src = document.querySelector('meta[name="privacy-notice-static-renderer"]')?.content;
  if (!src) return undefined;
  try {
    const module = await import(new URL(src, document.baseURI).href);
    return typeof module.renderStaticHtml === 'function' ? module.renderStaticHtml : undefined;
  } catch (error) {
    console.warn(`privacy-notice playground: the static renderer ${src} could not be loaded`, error);
    return undefined;
  }
}
