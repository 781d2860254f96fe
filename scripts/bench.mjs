// Builds the app and a floor app, then prints measured figures: first-load JS/CSS of the home screen
// and their ratio to the floor (a three-question wizard on the same stack and CSS pipeline, built in
// this run), Lighthouse (mobile, median of 3) for home, the deepest step of each entry, #/decode and
// the floor's home, the time from a click to the next heading at 4× CPU slowdown, and the decoder's
// timings. Every measured URL is first loaded in a real browser and must show its real screen (not
// the error screen), or the bench exits 1 before measuring. Figures only: no time is asserted.
// `--selftest`: proves that guard fails on a known-bad URL, then stops.
// Run with tsx (npm run bench), as the targets come from the tree's TypeScript.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { answerLatency } from './bench/answer-latency.ts'
import { embedSize } from './bench/embed-size.ts'
import { firstLoad } from './bench/first-load.ts'
import { lighthouseMedian } from './bench/lighthouse.ts'
import { readScreen, screenProblem } from './bench/screen-check.ts'
import { DECODE, deepTargets, HOME, KNOWN_BAD } from './bench/targets.ts'
import { compileHints } from './compile-hints.ts'
import { reactRouterProduction } from './react-router-production.ts'
import { startStaticServer } from './serve-static.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SELFTEST = process.argv.includes('--selftest')
const APP = 'http://127.0.0.1:4191/'
const FLOOR = 'http://127.0.0.1:4192/'
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`
const ms = (value) => `${Math.round(value)} ms`
const answer = (timing) =>
  `${ms(timing.clickToHeading)} (${Math.round(timing.fastest)}–${ms(timing.slowest)}) [${ms(timing.eventDuration)}]`

/** Loads each target in a fresh page; returns the problems (empty when every screen is real). */
async function checkScreens(browser, targets) {
  const problems = []
  for (const target of targets) {
    const page = await browser.newPage()
    await page.goto(`${APP}${target.hash}`)
    const problem = await readScreen(page)
      .then((seen) => screenProblem(seen, target))
      .catch((error) => `nothing to read (${error.message.split('\n')[0]})`)
    await page.close()
    console.log(
      `  ${problem ? '✗' : '✓'} ${target.name}: ${target.hash || '#/'}${problem ? ` – ${problem}` : ''}`,
    )
    if (problem) problems.push(`${target.name}: ${problem}`)
  }
  return problems
}

console.log('Building the app…')
execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
const floorDir = mkdtempSync(join(tmpdir(), 'relay-doctor-floor-'))
console.log('Building the floor (a three-question wizard: React, react-router, zustand, Tailwind)…')
await build({
  root: resolve('bench/floor'),
  base: './',
  logLevel: 'error',
  configFile: false,
  // Bundled like the app: the same compile hints, and React Router's production build.
  plugins: [react(), tailwindcss(), compileHints()],
  resolve: { alias: reactRouterProduction },
  build: { outDir: floorDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
})

const app = await startStaticServer({ port: 4191, dir: 'dist' })
const floor = await startStaticServer({ port: 4192, dir: floorDir })
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-gpu', '--disable-quic'] })
let failed = false
try {
  if (SELFTEST) {
    console.log('\nSelf-test: the screen check on a URL known to open the error screen')
    const problems = await checkScreens(browser, [KNOWN_BAD])
    failed = problems.length === 0
    console.log(
      failed ? 'Self-test FAILED: the check passed a bad URL.' : 'Self-test passed: the check refused it.',
    )
  } else {
    const deep = deepTargets()
    console.log('\nChecking that every measured URL shows its real screen')
    const problems = await checkScreens(browser, [HOME, ...deep, DECODE])
    if (problems.length > 0) {
      failed = true
      throw new Error(`not measuring URLs that do not show a real screen:\n  ${problems.join('\n  ')}`)
    }

    const ours = await firstLoad(browser, APP)
    const bare = await firstLoad(browser, FLOOR)
    console.log('\nFirst load of the home screen (every script and stylesheet fetched, gzip -9)')
    console.log(`  app JS:     ${kib(ours.jsRaw)} raw, ${kib(ours.jsGzip)} gzip in ${ours.jsFiles} files`)
    console.log(`  app CSS:    ${kib(ours.cssRaw)} raw, ${kib(ours.cssGzip)} gzip`)
    console.log(`  floor JS:   ${kib(bare.jsRaw)} raw, ${kib(bare.jsGzip)} gzip in ${bare.jsFiles} files`)
    console.log(`  floor CSS:  ${kib(bare.cssRaw)} raw, ${kib(bare.cssGzip)} gzip`)
    const embed = embedSize()
    console.log(
      `  embed.js:   ${kib(embed.raw)} raw, ${kib(embed.gzip)} gzip (the portal's loader; target ≤ 3 KB gzip)`,
    )
    console.log(
      `  ratio JS:       ${(ours.jsGzip / bare.jsGzip).toFixed(3)}× the floor (gzip; target ≤ 1.10×)`,
    )
    console.log(
      `  ratio JS + CSS: ${((ours.jsGzip + ours.cssGzip) / (bare.jsGzip + bare.cssGzip)).toFixed(3)}× the floor (gzip)`,
    )

    const lighthouse = {}
    for (const [name, url] of [
      ['floor home', FLOOR],
      [HOME.name, APP],
      ...deep.map((target) => [target.name, `${APP}${target.hash}`]),
      [DECODE.name, `${APP}${DECODE.hash}`],
    ]) {
      const lh = await lighthouseMedian(CHROMIUM, url, 3)
      lighthouse[name] = lh
      console.log(`\nLighthouse (mobile, median of 3) – ${name}`)
      console.log(
        `  performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}`,
      )
      console.log(
        `  FCP ${seconds(lh.fcp)}, LCP ${seconds(lh.lcp)}, TBT ${ms(lh.tbt)}, CLS ${lh.cls.toFixed(3)}`,
      )
    }
    const floorLcp = lighthouse['floor home'].lcp
    console.log('\nLCP against the floor’s home')
    console.log(`  home: ${(lighthouse.home.lcp / floorLcp).toFixed(2)}× the floor’s (target ≤ 0.8×)`)
    for (const target of [...deep, DECODE])
      console.log(
        `  ${target.name}: ${seconds(lighthouse[target.name].lcp - floorLcp)} after the floor’s home (target ≤ 0.10 s)`,
      )

    console.log(
      '\nClick to next heading at 4× CPU slowdown (median of 11, fastest–slowest in parentheses; Event Timing duration in brackets)',
    )
    const appAnswers = await answerLatency(browser, {
      url: APP,
      first: (page) => page.getByRole('link', { name: /I’m sending from a mail app/ }),
      later: (page) => page.getByRole('button', { name: /Right away when I press Send/ }),
    })
    const floorAnswers = await answerLatency(browser, {
      url: FLOOR,
      first: (page) => page.getByRole('link', { name: 'Start' }),
      later: (page) => page.getByRole('button', { name: 'When I press Send' }),
    })
    for (const [name, figures] of [
      ['app', appAnswers],
      ['floor', floorAnswers],
    ])
      console.log(
        `  ${name}: first answer ${answer(figures.first)}, later answer ${answer(figures.later)} (target < 50 ms)`,
      )
    // The machine's speed moves both alike; the gap is the app's own cost.
    const gap = (part) =>
      `${(appAnswers[part].clickToHeading / floorAnswers[part].clickToHeading).toFixed(2)}×`
    console.log(`  app against the floor: first answer ${gap('first')}, later answer ${gap('later')}`)
  }
} catch (error) {
  console.error(`\n${error.message}`)
  failed = true
} finally {
  await browser.close()
  app.close()
  floor.close()
  rmSync(floorDir, { recursive: true, force: true })
}
if (failed) process.exit(1)
if (SELFTEST) process.exit(0)

if (existsSync('scripts/bench-decoder.ts')) {
  console.log('\nDecoder')
  execFileSync('npx', ['tsx', 'scripts/bench-decoder.ts', '--typical'], { stdio: 'inherit' })
  // Exits non-zero (and so fails the bench) when a measured decode returned no diagnosis.
  console.log('\nDecoder on adversarial pastes')
  execFileSync('npx', ['tsx', 'scripts/bench-decoder.ts', '--adversarial'], { stdio: 'inherit' })
}
