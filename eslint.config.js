// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

const typeScript = ['**/*.ts', '**/*.tsx'];

export default defineConfig(
  {
    // content/ is data and the plan's verbatim text, public/ is shipped as it is; the rest is generated.
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'content/', 'public/'],
  },
  js.configs.recommended,
  // Not the strict set: its no-non-null-assertion would flag the `!` that tests and lookups use after
  // the schema or the test itself has made sure the value is there, where a check would only repeat it.
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    // src/lib runs in Node (tests, build, scripts) and in the browser (islands), so both sets are known.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore is how this codebase names a value it discards on purpose (a destructured
      // key left out, an ignored parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The two promise rules are worth the type information they need (a lost rejection in copy, share or
    // the service worker's registration fails silently on a phone); the rest of the type-checked set
    // is left out, since its `any` rules depend on the types `astro sync` generates and so would
    // answer differently before and after a build.
    files: typeScript,
    // The scripts of .astro files reach ESLint as virtual files the TypeScript project cannot see.
    ignores: ['**/*.astro/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // An async event handler is the usual way to start work from a click here; only a promise used
      // as a condition or spread is a mistake.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // Tests break records on purpose by editing raw JSON, where a written type would be a pretence.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Only the two classic hooks rules: they know hooks by name (useState, useEffect…), so they serve
    // Preact as they serve React. The plugin's React Compiler rules are left out: they recognise
    // useRef only when imported from 'react', and take a Preact ref for a frozen value.
    files: ['src/components/**/*.tsx'],
    plugins: reactHooks.configs.flat.recommended.plugins,
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Last, so no formatting rule is left on for Prettier to fight.
  prettier,
);
