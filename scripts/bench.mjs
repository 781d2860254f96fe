// Builds the app and prints its measured figures: first-load JS/CSS of the home screen, the ratio to a
// bare React + react-router + zustand page, Lighthouse (mobile) for home and a deep node, and the
// decoder's timings (typical and adversarial pastes). Figures only: no time is asserted; it fails only
// when a measured decode returned no diagnosis (a bench that timed nothing).
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import react from '@vitejs/plugin-react'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { build } from 'vite'
import { startStaticServer } from './serve-static.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
const DEEP_NODE = '#/w/eu-start/on-send/external/on/587-starttls/other/yes/changes'
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

function run(command, args) {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
}

/** Loads `url` in Chromium and sums every script and stylesheet it fetched (raw and gzip -9). */
async function firstLoad(url) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-gpu', '--disable-quic'],
  })
  const page = await browser.newPage()
  const bodies = []
  page.on('response', async (response) => {
    const type = response.request().resourceType()
    if (type === 'script' || type === 'stylesheet')
      bodies.push(response.body().then((body) => ({ type, body })))
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.getByRole('heading', { level: 1 }).waitFor()
  const files = await Promise.all(bodies)
  await browser.close()
  const sum = (type, size) =>
    files.filter((f) => f.type === type).reduce((total, f) => total + size(f.body), 0)
  const gzip = (body) => gzipSync(body, { level: 9 }).length
  return {
    jsFiles: files.filter((f) => f.type === 'script').length,
    jsRaw: sum('script', (b) => b.length),
    jsGzip: sum('script', gzip),
    cssRaw: sum('stylesheet', (b) => b.length),
    cssGzip: sum('stylesheet', gzip),
  }
}

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      formFactor: 'mobile',
    })
    const { categories, audits } = result.lhr
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: audits['largest-contentful-paint'].displayValue,
      tbt: audits['total-blocking-time'].displayValue,
      cls: audits['cumulative-layout-shift'].displayValue,
    }
  } finally {
    await chrome.kill()
  }
}

console.log('Building the app…')
run('npm', ['run', '--silent', 'build'])
console.log('Building the bare-stack floor page…')
rmSync('.bench/floor-dist', { recursive: true, force: true })
await build({
  root: resolve('scripts/bench-floor'),
  base: './',
  logLevel: 'error',
  configFile: false,
  plugins: [react()],
  build: {
    outDir: resolve('.bench/floor-dist'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
})

const app = await startStaticServer({ port: 4191, dir: 'dist' })
const floor = await startStaticServer({ port: 4192, dir: '.bench/floor-dist' })
try {
  const ours = await firstLoad('http://127.0.0.1:4191/')
  const bare = await firstLoad('http://127.0.0.1:4192/')
  console.log('\nFirst load of the home screen (every script and stylesheet fetched, gzip -9)')
  console.log(`  app JS:    ${kb(ours.jsRaw)} raw, ${kb(ours.jsGzip)} gzip in ${ours.jsFiles} files`)
  console.log(`  app CSS:   ${kb(ours.cssRaw)} raw, ${kb(ours.cssGzip)} gzip`)
  console.log(
    `  floor JS:  ${kb(bare.jsRaw)} raw, ${kb(bare.jsGzip)} gzip (React + react-dom + react-router + zustand)`,
  )
  console.log(`  ratio:     ${(ours.jsGzip / bare.jsGzip).toFixed(3)}× the floor (gzip JS; target ≤ 1.2×)`)

  for (const [name, url] of [
    ['home', 'http://127.0.0.1:4191/'],
    ['deep node', `http://127.0.0.1:4191/${DEEP_NODE}`],
  ]) {
    const lh = await lighthouseRun(url)
    console.log(`\nLighthouse (mobile) – ${name}`)
    console.log(
      `  performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}`,
    )
    console.log(`  LCP ${lh.lcp}, TBT ${lh.tbt}, CLS ${lh.cls}`)
  }
} finally {
  app.close()
  floor.close()
}

if (existsSync('scripts/bench-decoder.ts')) {
  console.log('\nDecoder')
  execFileSync('npx', ['tsx', 'scripts/bench-decoder.ts', '--typical'], { stdio: 'inherit' })
  // Exits non-zero (and so fails the bench) when a measured decode returned no diagnosis.
  console.log('\nDecoder on adversarial pastes')
  execFileSync('npx', ['tsx', 'scripts/bench-decoder.ts', '--adversarial'], { stdio: 'inherit' })
}
