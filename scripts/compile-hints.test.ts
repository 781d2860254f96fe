import type { Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHints } from './compile-hints.ts'

type OutputBundle = Rolldown.OutputBundle

/** Runs the plugin's generateBundle on `bundle`, as Vite does once the chunks are final. */
function generate(bundle: OutputBundle) {
  const hook = compileHints().generateBundle
  if (typeof hook !== 'object') throw new Error('expected an ordered generateBundle hook')
  expect(hook.order).toBe('post') // after Vite's own additions to the top of a chunk
  const handler = hook.handler as (options: unknown, bundle: OutputBundle, isWrite: boolean) => void
  handler({}, bundle, true)
}

const chunk = (code: string) => ({ type: 'chunk', code }) as Rolldown.OutputChunk
const asset = (source: string) => ({ type: 'asset', source }) as Rolldown.OutputAsset

describe('compileHints', () => {
  it('puts the hint on the first line of every chunk, before what Vite added at the top', () => {
    const entry = chunk('const __vite__mapDeps=(i)=>i;import"./a.js"')
    const lazy = chunk('export const a=1')
    generate({ 'index.js': entry, 'a.js': lazy })
    expect(entry.code).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=(i)=>i;import"./a.js"`)
    expect(lazy.code.split('\n')[0]).toBe(COMPILE_HINT)
  })

  it('leaves other files alone, and a chunk that has the hint already', () => {
    const css = asset('body{}')
    const hinted = chunk(`${COMPILE_HINT}\nexport{}`)
    generate({ 'index.css': css, 'b.js': hinted })
    expect(css.source).toBe('body{}')
    expect(hinted.code).toBe(`${COMPILE_HINT}\nexport{}`)
  })

  it('is V8’s exact magic comment', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad')
  })
})
