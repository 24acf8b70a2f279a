// An Eleventy site whose privacy page is rendered at build time by privacy-notice's command: the notice reads
// without JavaScript, and upgrades to the interactive element when the browser build loads.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const packageDir = dirname(require.resolve('privacy-notice/package.json'));

export default function (eleventyConfig) {
  // The runtime files only (no sources, maps or tests), served at /privacy-notice/.
  eleventyConfig.addPassthroughCopy({ [join(packageDir, 'dist/browser')]: 'privacy-notice' });

  // {% privacyNotice "privacy.json" %}: the static notice with the policy inline (`render --fragment --embed`), as the page's main heading.
  eleventyConfig.addShortcode('privacyNotice', (file, lang) =>
    execFileSync(
      process.execPath,
      [
        join(packageDir, 'bin/privacy-notice.js'),
        'render',
        join(here, file),
        '--fragment',
        '--embed',
        '--heading-level',
        '1',
        ...(lang ? ['--lang', lang] : []),
      ],
      { encoding: 'utf8' },
    ),
  );

  return { dir: { input: 'src' } };
}
