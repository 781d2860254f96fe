import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { minifySync } from 'vite'
import { FIRST_SCREENS_META } from '../../src/app/prerender/first-screens.ts'
import type { BootManifest } from './boot.ts'
import { bootScript } from './boot.ts'
import type { StepScreens } from './render-in-node.ts'
import { renderScreensInNode } from './render-in-node.ts'
import { bootManifest } from './route-chunks.ts'
import { stepScreenScript } from './step-screen-script.ts'

const STEP_DIR = 'steps'
const contentHash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 8)
const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')

/**
 * Writes the walk screens and the step-screen script (the map inside) into `<assets>/${STEP_DIR}/`;
 * returns the script's path from the assets folder.
 */
function writeStepScreens(steps: StepScreens, assetsDir: string): string {
  const dir = resolve(assetsDir, STEP_DIR)
  mkdirSync(dir, { recursive: true })
  for (const [name, html] of Object.entries(steps.files)) writeFileSync(resolve(dir, name), html)
  const minified = minifySync('step-screens.js', stepScreenScript(steps.map))
  if (minified.errors.length > 0)
    throw new Error(`prerender: the step-screen script did not minify: ${minified.errors[0]?.message}`)
  const scriptFile = `walk-${contentHash(minified.code)}.js`
  writeFileSync(resolve(dir, scriptFile), minified.code)
  return `${STEP_DIR}/${scriptFile}`
}

/**
 * Writes each entry's whole first screen into `<assets>/${STEP_DIR}/`, named by its content; returns
 * their paths from index.html, by start.
 */
function writeFirstScreens(screens: Readonly<Record<string, string>>, outDir: string, assetsDir: string) {
  const paths: Record<string, string> = {}
  for (const [start, html] of Object.entries(screens)) {
    const file = `${assetsDir}/${STEP_DIR}/first-${contentHash(html)}.html`
    writeFileSync(resolve(outDir, file), html)
    paths[start] = `./${file}`
  }
  return paths
}

const ROOT_DIV = '<div id="root"></div>'
/** Vite's tag for the app's stylesheet. */
const STYLESHEET = /<link rel="stylesheet"[^>]*>/
/** Vite's tag for the entry module: boot.js adds it instead, after the first paint on home. */
const ENTRY_SCRIPT = /\n[ \t]*<script type="module" crossorigin src="[^"]+"><\/script>/

/**
 * After the build: renders the home screen into dist/index.html (so it paints before any script
 * runs, and without JavaScript), the decode screen into an inert <template> next to it, and every
 * walk screen that can be prerendered into its own file with a map to them (and, in a <meta>, each
 * entry's first one, which the home lays out unseen on intent); and writes the boot
 * script that starts the app: after the first paint on home, on #/decode (which it shows from the
 * template) and on a walk link (which it shows from its file); at once on other deep links, with
 * their route's chunks, showing a placeholder meanwhile.
 */
export function prerenderHome(): Plugin {
  let config: ResolvedConfig
  let manifest: Omit<BootManifest, 'stepScreens'> | undefined
  return {
    name: 'relay-doctor:prerender-home',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    generateBundle(_options, bundle) {
      manifest = bootManifest(bundle, config.build.assetsDir)
    },
    async closeBundle() {
      if (!manifest) return
      const outDir = resolve(config.root, config.build.outDir)
      const screens = await renderScreensInNode(config.root, config.resolve.alias)
      const stepScreens = writeStepScreens(screens.steps, resolve(outDir, config.build.assetsDir))
      const firstScreenFiles = writeFirstScreens(screens.firstScreens, outDir, config.build.assetsDir)
      // Minified like the rest of the build: every byte of it is on the first load.
      const minified = minifySync('boot.js', bootScript({ ...manifest, stepScreens }))
      if (minified.errors.length > 0)
        throw new Error(`prerender: boot.js did not minify: ${minified.errors[0]?.message}`)
      const script = minified.code
      const bootFile = `${config.build.assetsDir}/boot-${contentHash(script)}.js`
      writeFileSync(resolve(outDir, bootFile), script)

      const indexPath = resolve(outDir, 'index.html')
      const html = readFileSync(indexPath, 'utf8')
      if (!html.includes(ROOT_DIV)) throw new Error(`prerender: ${ROOT_DIV} not found in index.html`)
      if (!ENTRY_SCRIPT.test(html)) throw new Error('prerender: the entry <script type="module"> not found')
      if (!STYLESHEET.test(html)) throw new Error('prerender: the stylesheet <link> not found')
      writeFileSync(
        indexPath,
        html
          .replace(ENTRY_SCRIPT, '')
          .replace(
            ROOT_DIV,
            `<div id="root">${screens.home}</div>\n    <template id="${manifest.decodeScreen}">${screens.decode}</template>`,
          )
          // A classic script in <head> runs before the first paint. Before the stylesheet, it runs as
          // soon as it arrives (a script after one waits for it), so a walk link's screen is asked
          // for sooner; the stylesheet is fetched meanwhile all the same.
          .replace(
            STYLESHEET,
            (link) =>
              `<meta name="${FIRST_SCREENS_META}" content="${attribute(JSON.stringify(firstScreenFiles))}" />\n    <script src="./${bootFile}"></script>\n    ${link}`,
          ),
      )
    },
  }
}
