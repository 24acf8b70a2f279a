import { defineConfig } from 'vite';

/**
 * The script-tag build: dist/privacy-notice.js, one self-contained ES module (every dependency bundled) that
 * registers the library's elements when a page loads it with <script type="module">.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Library mode leaves ES output unminified unless asked here (Vite 8 / Rolldown).
    rolldownOptions: { output: { minify: process.env.PN_NO_MINIFY ? false : true } },
    lib: {
      entry: 'src/privacy-notice.ts',
      formats: ['es'],
      fileName: () => 'privacy-notice.js',
    },
  },
});
