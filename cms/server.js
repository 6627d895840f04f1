// The CMS's HTTP entry in production: Next's documented custom server, for one reason.
// Route handlers cannot see the socket, and `next start` passes a client's own
// X-Forwarded-For through untouched, so rate limits per address could be dodged by
// sending a made-up header. Here the socket's address is appended to the chain, and the
// API trusts only as many entries before it as there are proxies (TRUST_PROXY_HOPS).
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } })
const port = Number(values.port ?? process.env.CMS_PORT ?? 3000)
const app = next({ dev: false, dir: import.meta.dirname })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  const chain = req.headers['x-forwarded-for']
  req.headers['x-forwarded-for'] = [chain, req.socket.remoteAddress].filter(Boolean).join(', ')
  handle(req, res)
})
server.listen(port, () => {
  console.log(`CMS listening on http://localhost:${port}`)
  // Start Payload and its job crons now (see src/endpoints/health.ts), so a scheduled
  // publish happens on time even if nobody has visited since the server started.
  fetch(`http://127.0.0.1:${port}/api/health`).catch((err) =>
    console.error(`CMS start: health check failed: ${err.message}`),
  )
})

// Finish in-flight requests on SIGTERM/SIGINT, then exit (10 s at most).
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
