import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(dependencies);

/**
 * The build for bundlers: dist/lib/ keeps one ES module per source module and imports its dependencies (lit,
 * marked, i18next...) by name, so an app bundles one copy of each, shares lit with its own elements, and
 * tree-shakes what it does not use. Only the registering entries have side effects (package.json `sideEffects`).
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist/lib',
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'model/index': 'src/model/index.ts',
        'ssr/index': 'src/ssr/index.ts',
        'privacy-notice': 'src/privacy-notice.ts',
        'elements/privacy-notice/privacy-notice': 'src/elements/privacy-notice/privacy-notice.ts',
        'elements/privacy-rights/privacy-rights': 'src/elements/privacy-rights/privacy-rights.ts',
        'elements/privacy-summary/privacy-summary': 'src/elements/privacy-summary/privacy-summary.ts',
        'elements/privacy-cookies/privacy-cookies': 'src/elements/privacy-cookies/privacy-cookies.ts',
        'elements/privacy-permissions/privacy-permissions': 'src/elements/privacy-permissions/privacy-permissions.ts',
        'elements/privacy-choices/privacy-choices': 'src/elements/privacy-choices/privacy-choices.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
