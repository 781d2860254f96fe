/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compileHints } from './scripts/compile-hints.ts'
import { prerenderHome } from './scripts/prerender/vite-plugin.ts'
import { reactRouterProduction } from './scripts/react-router-production.ts'

export default defineConfig(({ command }) => ({
  // Relative asset URLs + hash routing: the build works from any sub-path of any static server.
  base: './',
  plugins: [react(), tailwindcss(), compileHints(), prerenderHome()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // A build takes React Router's production build; the dev server and tests keep its warnings.
      ...(command === 'build' ? reactRouterProduction : []),
    ],
  },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Everything the home screen loads goes in the entry chunk: left alone, Rolldown splits what the
    // lazy routes share with it into extra chunks, which costs first-load requests and gzip bytes.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  worker: { plugins: () => [compileHints()] },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.app.json' },
  },
}))
