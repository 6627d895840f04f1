// One lint config for the workspace (run by `npm run check`, no warning allowed): the
// recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte; formatting is
// Prettier's alone (eslint-config-prettier turns off the rules it owns).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import ts from 'typescript-eslint'

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/.next/',
      '**/.svelte-kit/',
      '**/build/',
      '**/dist/',
      '.data/',
      '.toolchain/',
      // Generated: never edited by hand (checked by the test suite instead).
      'cms/src/migrations/',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/next-env.d.ts',
      'packages/content/src/payload-types.ts',
      'packages/content/src/relationships.ts',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused arguments named with a leading underscore are deliberate (hook signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
    rules: {
      // resolve() adds a base path; the site has none and serves from its root. Its links
      // are checked instead by the end-to-end tests, which follow every one of them.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // Tests read JSON answers of the API as untyped data.
    files: ['**/tests/**', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
