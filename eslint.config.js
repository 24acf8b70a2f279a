// eslint (flat config): the recommended rules of JavaScript, TypeScript, lit and web components.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'examples/apps/*/dist/',
      'examples/apps/*/out-tsc/',
      'bench-out/',
      'reports/',
      'node_modules/',
      'src/**/*.generated.*',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Tests and fixtures read untyped JSON policies; `any` says so where it is used.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // chai's assertions are properties (`expect(x).to.be.true`).
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The allow-lists of links and plain prose must name control characters: that is what they keep out.
    files: ['src/model/href.ts', 'src/view/markdown/plain.ts'],
    rules: { 'no-control-regex': 'off' },
  },
);
