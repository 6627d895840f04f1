// The site's HTTP entry in production (adapter-node's "custom server": build/handler.js
// does the SvelteKit work). It adds two things adapter-node's own entry lacks:
// - cache hits (pages already rendered for the current content, see
//   src/lib/server/pageCache.ts) are answered here, before SvelteKit's request machinery;
// - SIGTERM/SIGINT stop accepting connections and let in-flight requests finish.
import { randomUUID } from 'node:crypto'
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

// One JSON line per request on stdout (the access log a log shipper reads): request id
// (the caller's X-Request-Id if it looks like one, else a new unique one, echoed back), method,
// path without its query (preview tokens live there), status and duration.
const SERVICE = 'web'
const REQUEST_ID = /^[\w.-]{1,128}$/
// Lines are written in batches (at most 50 ms late): stdout to a pipe is a blocking write
// on Linux, and one write per request halved the site's throughput (npm run bench).
let batch = ''
function logLine(line) {
  if (batch === '') setTimeout(flushLog, 50).unref()
  batch += line
}
function flushLog() {
  if (batch) process.stdout.write(batch)
  batch = ''
}
process.on('exit', flushLog)
// Unique ids without a UUID per request: a random prefix per process, then a counter.
const ID_PREFIX = randomUUID().slice(0, 24)
let idCounter = 0
const nextRequestId = () => `${ID_PREFIX}${(++idCounter).toString(16).padStart(12, '0')}`
function logRequests(req, res) {
  const started = process.hrtime.bigint()
  const given = req.headers['x-request-id']
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : nextRequestId()
  req.headers['x-request-id'] = id
  res.setHeader('x-request-id', id)
  res.once('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const path = (req.url ?? '').split('?')[0]
    logLine(
      `{"time":${Date.now()},"level":"info","service":"${SERVICE}","msg":"request","requestId":${JSON.stringify(id)},"method":${JSON.stringify(req.method)},"path":${JSON.stringify(path)},"status":${res.statusCode},"durationMs":${ms.toFixed(2)}}\n`,
    )
  })
}

let stopping = false
const server = http.createServer((req, res) => {
  logRequests(req, res)
  // Stopping: answer, then close the connection, so a proxy's keep-alive connection
  // moves to another process instead of holding this one open.
  if (stopping) res.setHeader('connection', 'close')
  const page = cachedPage(req)
  if (page) return send(page, req, res)
  handler(req, res, () => {
    res.statusCode = 404
    res.end('Not found')
  })
})

server.listen(port, host, () =>
  console.log(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'info',
      service: SERVICE,
      msg: 'listening',
      host,
      port,
    }),
  ),
)

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    stopping = true
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
