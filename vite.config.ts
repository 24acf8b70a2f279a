import { defineConfig, type Plugin } from 'vite';

/**
 * The element stylesheets' comments and indentation, left out of the script-tag build (1.6 KB brotli of every first
 * load); the sources, the library build and the server renderer keep them as written.
 */
function compactStylesheets(): Plugin {
  const compact = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\n\s*/g, '\n')
      .replace(/\n+/g, '\n');
  return {
    name: 'privacy-notice:compact-stylesheets',
    transform(code, id) {
      if (!/\/src\/templates\/(?:.*\/)?[\w.-]*styles\.ts$/.test(id)) return null;
      return { code: code.replace(/css`([^`]*)`/g, (_, css: string) => `css\`${compact(css)}\``), map: null };
    },
  };
}

/**
 * The script-tag build: dist/privacy-notice.js, one self-contained ES module (every dependency bundled) that
 * registers the library's elements when a page loads it with <script type="module">.
 */
export default defineConfig({
  plugins: [compactStylesheets()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Library mode leaves ES output unminified unless asked here (Vite 8 / Rolldown).
    rolldownOptions: {
      output: {
        minify: process.env.PN_NO_MINIFY ? false : true,
        // A UI locale's chunk is named by its tag (de-CH-[hash].js), not by its generated module (de-CH.generated);
        // a language's CLDR data (src/i18n/cldr/) by its tag after "cldr-".
        chunkFileNames: (chunk) =>
          `${chunk.facadeModuleId?.includes('/i18n/cldr/') ? 'cldr-' : ''}${chunk.name.replace(/\.generated$/, '')}-[hash].js`,
      },
      // Code that the entry and an on-demand chunk (explain.ts) share stays in the entry, which may then export a
      // little more; else Rolldown splits it into a third file the entry imports, and the page must serve two files.
      preserveEntrySignatures: 'allow-extension',
    },
    lib: {
      entry: 'src/privacy-notice.ts',
      formats: ['es'],
      fileName: () => 'privacy-notice.js',
    },
  },
});
