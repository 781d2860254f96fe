import type { Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { CSP, startStaticServer } from './serve-static.mjs'

let server: Server | undefined
afterEach(() => {
  server?.close()
})

async function cspOf(frameAncestors?: string): Promise<string | null> {
  server = await startStaticServer({ port: 0, dir: 'public', frameAncestors })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  const response = await fetch(`http://127.0.0.1:${String(address.port)}/robots.txt`)
  return response.headers.get('content-security-policy')
}

describe('serve-static', () => {
  it('sends the strict CSP, with no frame-ancestors unless asked', async () => {
    expect(await cspOf()).toBe(CSP)
  })
  it('adds the frame-ancestors directive it is given, for an embedding portal', async () => {
    expect(await cspOf("'self' https://help.example.com")).toBe(
      `${CSP}; frame-ancestors 'self' https://help.example.com`,
    )
  })
})
