import { describe, expect, it } from 'vitest'
import { DEFAULT_PROVIDER } from '@/config/provider.ts'
import { readProviderFile } from './read-provider-file.ts'

const URL_ = new URL('https://help.example/provider.json')
const answer =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, init))

describe('readProviderFile', () => {
  it('reads a valid file', async () => {
    const file = await readProviderFile(
      URL_,
      answer('{"name":"Acme"}', { headers: { 'content-type': 'application/json' } }),
    )
    expect(file).toEqual({
      kind: 'read',
      result: { config: { ...DEFAULT_PROVIDER, name: 'Acme' }, problems: [], problemCount: 0 },
    })
  })

  it('keeps the good fields of a partly wrong file and counts the problems', async () => {
    const file = await readProviderFile(URL_, answer('{"name":"Acme","submissionPort":0}'))
    expect(file.kind === 'read' && file.result.config.name).toBe('Acme')
    expect(file.kind === 'read' && file.result.problemCount).toBe(1)
  })

  it('checks a theme when the file has one: a yellow accent kept for dark mode only', async () => {
    const file = await readProviderFile(
      URL_,
      answer('{"name":"Acme","theme":{"accent":"#ffff00","radius":6}}'),
    )
    expect(file.kind === 'read' && file.result.config.theme).toEqual({
      accent: { dark: '#ffff00' },
      radius: 6,
    })
    expect(file.kind === 'read' && file.result.problemCount).toBe(1)
    expect(file).not.toHaveProperty('result.uncheckedTheme')
  })

  it('takes a 404 as "no file"', async () => {
    expect(await readProviderFile(URL_, answer('Not found', { status: 404 }))).toEqual({
      kind: 'absent',
      why: 'not-found',
    })
  })

  it('takes an HTML answer (an SPA fallback) as "no file", by content type or by content', async () => {
    const byType = answer('{}', { headers: { 'content-type': 'text/html; charset=utf-8' } })
    expect(await readProviderFile(URL_, byType)).toEqual({ kind: 'absent', why: 'html' })
    const byBody = answer('\n<!doctype html><title>App</title>', {
      headers: { 'content-type': 'text/plain' },
    })
    expect(await readProviderFile(URL_, byBody)).toEqual({ kind: 'absent', why: 'html' })
  })

  it.each([500, 403, 503])('reports HTTP %i as unavailable', async (status) => {
    expect(await readProviderFile(URL_, answer('oops', { status }))).toEqual({
      kind: 'unavailable',
      why: `the server answered HTTP ${String(status)}`,
    })
  })

  it('reports a network failure as unavailable', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    expect(await readProviderFile(URL_, failing)).toEqual({ kind: 'unavailable', why: 'Failed to fetch' })
  })

  it('gives up at the time limit on a server that never answers, and aborts the request', async () => {
    let signal: AbortSignal | undefined
    const never: typeof fetch = (_input, init) => {
      signal = init?.signal ?? undefined
      return new Promise(() => undefined)
    }
    const started = Date.now()
    const file = await readProviderFile(URL_, never, 50)
    expect(file).toEqual({ kind: 'unavailable', why: 'no answer within 0.05 s' })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(signal?.aborted).toBe(true)
  })

  it('gives up at the time limit on a body that never ends', async () => {
    const stalled: typeof fetch = () =>
      Promise.resolve(new Response(new ReadableStream({ start: () => undefined }), { status: 200 }))
    expect(await readProviderFile(URL_, stalled, 50)).toEqual({
      kind: 'unavailable',
      why: 'no answer within 0.05 s',
    })
  })
})
