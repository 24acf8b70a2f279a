// An Eleventy site whose privacy page is pre-rendered at build time by privacy-notice/ssr: the notice is painted
// without JavaScript, and the element takes it over (without rendering it again) once its script loads.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'privacy-notice/ssr';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = dirname(createRequire(import.meta.url).resolve('privacy-notice/package.json'));

export default function (eleventyConfig) {
  // The runtime files only (no sources, maps or tests), served at /privacy-notice/.
  eleventyConfig.addPassthroughCopy({ [join(packageDir, 'dist/browser')]: 'privacy-notice' });

  // {% privacyNotice "../privacy.json" %}: the pre-rendered <privacy-notice>, its title the page's main heading.
  eleventyConfig.addAsyncShortcode('privacyNotice', async (file, lang) =>
    renderToString(await readFile(join(here, file), 'utf8'), { headingLevel: 1, ...(lang ? { lang } : {}) }),
  );

  return { dir: { input: 'src' } };
}
