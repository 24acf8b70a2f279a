// An Astro site whose privacy page is pre-rendered at build time by privacy-notice/ssr: the notice is painted
// without JavaScript, and the element takes it over (without rendering it again) once its script loads.
import { cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

const packageDir = dirname(createRequire(import.meta.url).resolve('privacy-notice/package.json'));

export default defineConfig({
  integrations: [
    {
      // The runtime files only (no sources, maps or tests), served at /privacy-notice/.
      name: 'privacy-notice-runtime',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await cp(join(packageDir, 'dist/browser'), join(fileURLToPath(dir), 'privacy-notice'), { recursive: true });
        },
      },
    },
  ],
});
