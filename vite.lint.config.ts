import { defineConfig } from 'vite';

/**
 * dist/lint.js: the lint and validation checks as one self-contained ES module for browsers (the playground),
 * apart from the element bundle so pages that only show a notice do not carry the rules.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/lint/index.ts',
      formats: ['es'],
      fileName: () => 'lint.js',
    },
  },
});
