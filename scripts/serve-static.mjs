// Serves the built app like a plain static host: no rewrite rules, no SPA fallback, gzip on the fly
// (as any production host does), and a strict Content-Security-Policy on every response. The app is mounted at "/" and at a sub-path.
// Usage: node scripts/serve-static.mjs [--port 4173] [--dir dist] [--frame-ancestors "'self' https://help.example.com"]
// --frame-ancestors adds that CSP directive: the pages allowed to frame the app (for the embed).
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import compression from 'compression'
import sirv from 'sirv'

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'"
export const SUB_PATH = '/help/relay-doctor/'

export function startStaticServer({ port, dir = 'dist', host = '127.0.0.1', frameAncestors }) {
  const csp = frameAncestors ? `${CSP}; frame-ancestors ${frameAncestors}` : CSP
  const files = sirv(dir, {
    dev: false,
    etag: true,
    single: false,
    setHeaders: (res) => {
      res.setHeader('Content-Security-Policy', csp)
      res.setHeader('X-Content-Type-Options', 'nosniff')
    },
  })
  const compress = compression()
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (url.startsWith(SUB_PATH)) req.url = `/${url.slice(SUB_PATH.length)}`
    compress(req, res, () =>
      files(req, res, () => {
        res.statusCode = 404
        res.setHeader('Content-Security-Policy', csp)
        res.setHeader('Content-Type', 'text/plain; charset=utf-8')
        res.end('Not found')
      }),
    )
  })
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4173' },
      dir: { type: 'string', default: 'dist' },
      'frame-ancestors': { type: 'string' },
    },
  })
  await startStaticServer({
    port: Number(values.port),
    dir: values.dir,
    frameAncestors: values['frame-ancestors'],
  })
  console.log(
    `Serving ${values.dir} at http://127.0.0.1:${values.port}/ and http://127.0.0.1:${values.port}${SUB_PATH}`,
  )
}
