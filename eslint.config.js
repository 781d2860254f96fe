import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const pureLayers = ['src/lib/**', 'src/engine/**', 'src/trees/**', 'src/decoder/**', 'src/config/**']
const reactAndDom = [
  'react',
  'react-*',
  'react/*',
  'react-dom',
  'react-dom/*',
  'react-router',
  'zustand',
  'zustand/*',
]
const appLayers = ['@/features/*', '@/app/*', '@/store/*', '@/ui/*', '@/testing/*']

/** Imports of another layer that `layer` must not use (see docs in shared/design/architecture.md). */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'lighthouse-report',
      '.bench',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowExportNames: ['Component', 'ErrorBoundary'] }],
    },
  },
  // Pure layers run in Node (CLI scripts, unit tests) as in the browser: no React, DOM, router or store.
  {
    files: pureLayers,
    ignores: ['**/*.test.ts', '**/*.test-d.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      ...restrict([...reactAndDom, ...appLayers], 'Pure layer: no React, router, store or UI imports.'),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
      ],
    },
  },
  { files: ['src/lib/**'], rules: restrict([...reactAndDom, '@/*'], 'lib depends on nothing in src.') },
  {
    files: ['src/engine/**'],
    ignores: ['**/*.test.ts', '**/*.test-d.ts'],
    rules: restrict(
      [...reactAndDom, ...appLayers, '@/trees/*', '@/decoder/*', '@/config/*'],
      'engine imports lib only.',
    ),
  },
  {
    files: ['src/decoder/**'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [...reactAndDom, ...appLayers, '@/engine/*', '@/trees/*', '@/config/*'],
      'decoder imports lib only.',
    ),
  },
  {
    files: ['src/trees/**'],
    ignores: ['**/*.test.ts', '**/*.test-d.ts'],
    rules: restrict(
      [...reactAndDom, ...appLayers, '@/decoder/*', '@/config/*'],
      'trees import engine and lib only.',
    ),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(
      [...appLayers.filter((p) => p !== '@/ui/*'), '@/engine/*', '@/trees/*', '@/decoder/*'],
      'ui is unaware of trees.',
    ),
  },
  {
    files: ['src/store/**'],
    rules: restrict(['react-router', '@/features/*', '@/app/*', '@/ui/*'], 'store holds facts only.'),
  },
  {
    files: ['src/features/wizard/**'],
    rules: restrict(
      ['@/app/*', '@/features/decoder/*', '@/features/!(wizard)/**'],
      'A feature never imports another feature or app.',
    ),
  },
  {
    files: ['src/features/decoder/**'],
    rules: restrict(
      ['@/app/*', '@/features/wizard/*', '@/features/!(decoder)/**'],
      'A feature never imports another feature or app.',
    ),
  },
  {
    files: ['e2e/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Regular expressions: pasted text can be megabytes long, so every pattern must run in linear time.
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs,js}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
    },
  },
  { files: ['**/*.{js,mjs}'], extends: [tseslint.configs.disableTypeChecked] },
)
