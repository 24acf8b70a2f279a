import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The command-line tool: ES modules for node with every dependency bundled, so `npx privacy-notice` needs nothing
 * else. `render` (lit's server renderer) is a separate chunk, loaded only by that command.
 */
export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  ssr: { noExternal: true },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { entryFileNames: 'cli.js', chunkFileNames: 'cli/[name]-[hash].js', format: 'es' },
    },
  },
});
