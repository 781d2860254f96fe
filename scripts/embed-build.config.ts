// The second build step of `npm run build`: embed.js, the host page's loader, as one classic script
// (an IIFE, no imports) with a stable name next to index.html, so a portal can link to it.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: fileURLToPath(new URL('../src/embed/embed.ts', import.meta.url)),
      formats: ['iife'],
      name: 'RelayDoctorEmbed',
      fileName: () => 'embed.js',
    },
  },
})
