import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const testFiles = ['**/*.test.{ts,tsx}', '**/*.test-d.ts']
// Known-bad files that prove each rule still fires (scripts/lint-self-test); linted only by that test.
const lintFixtures = 'src/**/__lint_fixtures__/**'

// ── Layers (shared/design/architecture.md): each layer and the layers it may import ─────────────
const pure = ['lib', 'engine', 'trees', 'decoder', 'config']
const allowedImports = {
  lib: [],
  engine: ['lib'],
  trees: ['engine', 'lib'],
  decoder: ['lib'],
  config: ['engine', 'lib'],
  store: ['engine', 'trees', 'config', 'lib'],
  ui: ['lib'],
  features: [...pure, 'store', 'ui'],
  app: [...pure, 'store', 'ui', 'features'],
  embed: ['lib'],
}
const layers = [...Object.keys(allowedImports), 'testing']
const everythingBut = (allowed) => [
  'src/*.{ts,tsx}',
  ...layers.filter((layer) => !allowed.includes(layer)).map((layer) => `src/${layer}/**`),
]

/** Every folder in src/features, present or future, is fenced from every other one. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('__'))
  .map((entry) => entry.name)

const layerZones = (extraAllowed) => [
  ...Object.entries(allowedImports).map(([layer, allowed]) => ({
    target: `src/${layer}/**`,
    from: everythingBut([layer, ...allowed, ...extraAllowed]),
    message: `${layer} may import only ${allowed.length ? allowed.join(', ') : 'nothing in src'} (see the layers in README).`,
  })),
  ...features.map((feature) => ({
    target: `src/features/${feature}/**`,
    from: features.filter((other) => other !== feature).map((other) => `src/features/${other}/**`),
    message: 'A feature never imports another feature.',
  })),
]

// Pure layers run in Node (CLI scripts, unit tests) as in the browser: no React, DOM, router or store.
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
      lintFixtures,
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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      // Without these, import-x parses only .js files and no-cycle never sees a TypeScript import.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones([]) }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-refresh': reactRefresh },
    rules: {
      'react-refresh/only-export-components': [
        'warn',
        { allowExportNames: ['Component', 'ErrorBoundary', 'warmUp'] },
      ],
    },
  },
  // A test may also use the test helpers and check its layer against the pure layers it meets.
  {
    files: testFiles.map((glob) => `src/${glob}`),
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: layerZones([...pure, 'testing']) },
      ],
    },
  },
  {
    files: pure.map((layer) => `src/${layer}/**`),
    ignores: testFiles,
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: reactAndDom, message: 'Pure layer: no React, router or store.' }] },
      ],
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
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react-router', message: 'store holds facts; the URL is read in features and app.' },
          ],
        },
      ],
    },
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
  // The fixtures sit outside the TypeScript projects (they must never be built), so no type-aware rules.
  {
    files: [lintFixtures],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false } },
  },
  { files: ['**/*.{js,mjs}'], extends: [tseslint.configs.disableTypeChecked] },
)
