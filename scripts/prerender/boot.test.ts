// @vitest-environment happy-dom
import { runInNewContext } from 'node:vm'
import { beforeEach, describe, expect, it } from 'vitest'
import type { BootManifest } from './boot.ts'
import { boot, bootScript } from './boot.ts'

const MANIFEST: BootManifest = { walk: ['walk-1.js', 'shared-2.js'], decode: ['decode-3.js', 'shared-2.js'] }
const SCRIPT_URL = 'https://help.example/support/relay-doctor/assets/boot-x.js'

const preloads = (): string[] =>
  Array.from(
    document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'),
    (link) => link.href,
  )

describe('boot', () => {
  beforeEach(() => {
    document.head.innerHTML = ''
    document.documentElement.removeAttribute('data-boot')
    document.documentElement.removeAttribute('aria-busy')
  })

  it.each(['', '#', '#/', '#/?from=help'])('leaves the home screen (%j) alone', (hash) => {
    boot(MANIFEST, document, hash, SCRIPT_URL)
    expect(document.documentElement.hasAttribute('data-boot')).toBe(false)
    expect(preloads()).toEqual([])
  })

  it('preloads a walk’s chunks next to the boot script and marks the page busy', () => {
    boot(MANIFEST, document, '#/w/eu-start/on-send', SCRIPT_URL)
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(document.documentElement.getAttribute('aria-busy')).toBe('true')
    expect(preloads()).toEqual([
      'https://help.example/support/relay-doctor/assets/walk-1.js',
      'https://help.example/support/relay-doctor/assets/shared-2.js',
    ])
  })

  it('preloads the decoder’s chunks for #/decode', () => {
    boot(MANIFEST, document, '#/decode', SCRIPT_URL)
    expect(preloads()).toEqual([
      'https://help.example/support/relay-doctor/assets/decode-3.js',
      'https://help.example/support/relay-doctor/assets/shared-2.js',
    ])
  })

  it('hides the home for an unknown route but preloads nothing', () => {
    boot(MANIFEST, document, '#/no-such-screen', SCRIPT_URL)
    expect(document.documentElement.getAttribute('data-boot')).toBe('deep')
    expect(preloads()).toEqual([])
  })

  it('serializes to a self-contained script', () => {
    const script = bootScript(MANIFEST)
    expect(script).toContain('"walk-1.js"')
    // Run as the browser would, with only browser globals in scope.
    Object.defineProperty(document, 'currentScript', { value: { src: SCRIPT_URL }, configurable: true })
    runInNewContext(script, { document, location: { hash: '#/w/ad-start' }, URL })
    expect(preloads()).toHaveLength(2)
  })
})
