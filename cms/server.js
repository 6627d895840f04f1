// The CMS's HTTP entry in production: Next's documented custom server, for one reason.
// Route handlers cannot see the socket, and `next start` passes a client's own
// X-Forwarded-For through untouched, so rate limits per address could be dodged by
// sending a made-up header. Here the socket's address is appended to the chain, and the
// API trusts only as many entries before it as there are proxies (TRUST_PROXY_HOPS).
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import next from 'next'

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, 'prepare-only': { type: 'boolean' } },
})
const port = Number(values.port ?? process.env.CMS_PORT ?? 3000)
// The configuration as `next build` resolved it, handed over the way Next's own standalone
// server does (its generated server.js sets this variable): the server then needs neither
// next.config.ts nor what it imports, so the image holds only the files Next traced
// (next.config.ts, output: 'standalone'). Without it Next loads build-only modules.
const built = path.join(import.meta.dirname, '.next/required-server-files.json')
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(
  JSON.parse(fs.readFileSync(built, 'utf8')).config,
)
const app = next({ dev: false, dir: import.meta.dirname })
const handle = app.getRequestHandler()
await app.prepare()

// One JSON line per request on stdout (the access log a log shipper reads): request id
// (the caller's X-Request-Id if it looks like one, else a new unique one, echoed back), method,
// path without its query (preview tokens live there), status and duration.
const SERVICE = 'cms'
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
const server = createServer((req, res) => {
  logRequests(req, res)
  // Stopping: answer, then close the connection, so a proxy's keep-alive connection
  // moves to another process instead of holding this one open.
  if (stopping) res.setHeader('connection', 'close')
  const chain = req.headers['x-forwarded-for']
  req.headers['x-forwarded-for'] = [chain, req.socket.remoteAddress].filter(Boolean).join(', ')
  handle(req, res)
})
/**
 * Before opening the public port, the app is asked for its health on a private loopback
 * port: that loads the config (production refuses a missing, short or example
 * PAYLOAD_SECRET there, src/env.ts), connects Payload, applies pending migrations and seeds
 * an empty database (src/database/prepareDatabase.ts), and starts the job crons
 * (src/endpoints/health.ts), so scheduled publishes run even if nobody visits. A broken
 * configuration ends the process here, before it ever answers a request.
 */
async function selfCheck() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const res = await fetch(`http://127.0.0.1:${server.address().port}/api/health`).catch((e) => e)
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  if (res instanceof Error || res.status === 500) {
    console.error('CMS refusing to start: its configuration is invalid (see the error above)')
    process.exit(1)
  }
  // 503 (database unreachable) is not fatal: the CMS answers again once the database is back.
}

await selfCheck()
// `--prepare-only`: migrate and seed, then exit (a release step before new pods roll out).
if (values['prepare-only']) process.exit(0)
server.listen(port, () =>
  console.log(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'info',
      service: SERVICE,
      msg: 'listening',
      port,
    }),
  ),
)

// Finish in-flight requests on SIGTERM/SIGINT, then exit (10 s at most).
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    stopping = true
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
