import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}
/** The host pages: the shipped demo (from dist) and the test portals (fixtures). */
const FILES: Record<string, string> = {
  '/embed-demo.html': 'dist/embed-demo.html',
  '/embed-demo.css': 'dist/embed-demo.css',
  '/embed-demo.js': 'dist/embed-demo.js',
  '/snippet.html': 'e2e/fixtures/embed-host/snippet.html',
  '/api.html': 'e2e/fixtures/embed-host/api.html',
  '/api.js': 'e2e/fixtures/embed-host/api.js',
}

/** The strict CSP a portal embedding Relay Doctor sends: scripts and frames only from itself and the app. */
export const hostCsp = (appOrigin: string) =>
  `default-src 'self'; script-src 'self' ${appOrigin}; frame-src ${appOrigin}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'`

/**
 * A support portal on another origin (another port): serves the host pages with embed.js taken from
 * the app's origin, under the portal's own strict CSP.
 */
export function startHostServer(port: number, appOrigin: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname
    const file = FILES[path]
    if (file === undefined) {
      res.writeHead(404, { 'Content-Security-Policy': hostCsp(appOrigin), 'Content-Type': 'text/plain' })
      res.end('Not found')
      return
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    let body = readFileSync(join(process.cwd(), file), 'utf8')
    if (type.startsWith('text/html')) body = body.replace('src="./embed.js"', `src="${appOrigin}/embed.js"`)
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': hostCsp(appOrigin),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    })
    res.end(body)
  })
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve(server)
    })
  })
}
