// The site's HTTP entry in production (adapter-node's "custom server": build/handler.js
// does the SvelteKit work). It adds two things adapter-node's own entry lacks:
// - cache hits (pages already rendered for the current content, see
//   src/lib/server/pageCache.ts) are answered here, before SvelteKit's request machinery;
// - SIGTERM/SIGINT stop accepting connections and let in-flight requests finish.
import http from 'node:http'

import { handler } from './build/handler.js'

const KEY = Symbol.for('mlops-guide.page-cache')
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'

function cachedPage(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
  const store = globalThis[KEY]
  const page = store?.pages.get(req.url)
  return page && page.version === store.version ? page : undefined
}

function send(page, req, res) {
  const headers = Object.fromEntries(page.headers)
  headers.etag = page.etag
  headers.vary = 'accept-encoding'
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, headers)
    return res.end()
  }
  const accepts = req.headers['accept-encoding'] ?? ''
  let body = page.body
  if (/\bbr\b/.test(accepts)) {
    body = page.br
    headers['content-encoding'] = 'br'
  } else if (/\bgzip\b/.test(accepts)) {
    body = page.gzip
    headers['content-encoding'] = 'gzip'
  }
  headers['content-length'] = body.length
  res.writeHead(page.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

const server = http.createServer((req, res) => {
  const page = cachedPage(req)
  if (page) return send(page, req, res)
  handler(req, res, () => {
    res.statusCode = 404
    res.end('Not found')
  })
})

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`))

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
