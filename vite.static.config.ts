import { defineConfig } from 'vite';

/**
 * dist/static.js: `renderStaticHtml(policy, options)` for browsers (the page's own DOM stands in for jsdom), so the
 * playground can offer the static page `privacy-notice render` would write, made in the page from what the author typed.
 */
export default defineConfig({
  // PostCSS (which scopes the stylesheet) reads NODE_ENV on its error paths; a browser has no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // One file for the playground: marked (a chunk of its own in the element's build) is always needed here.
    rolldownOptions: { output: { codeSplitting: false } },
    lib: {
      entry: 'src/static/page.ts',
      formats: ['es'],
      fileName: () => 'static.js',
    },
  },
});
