// One lint gate for the pipeline (scripts/), the dashboard (src/) and the tests:
// typescript-eslint's recommended rules, eslint-plugin-svelte's for components.
// Formatting is Prettier's job (.prettierrc), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'public/', 'data/', '.tmp/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (it.each rows, callbacks).
      // Chinese text and its comments legitimately hold U+3000 (ideographic space) and the like.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipRegExps: true, skipTemplates: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
);
