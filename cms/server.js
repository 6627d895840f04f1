// The CMS's HTTP entry in production: Next's documented custom server, for one reason.
// Route handlers cannot see the socket, and `next start` passes a client's own
// X-Forwarded-For through untouched, so rate limits per address could be dodged by
// sending a made-up header. Here the socket's address is appended to the chain, and the
// API trusts only as many entries before it as there are proxies (TRUST_PROXY_HOPS).
// Request logs and the graceful stop are shared with the site (@mlops-guide/server-runtime).
import { parseArgs } from 'node:util'

import {
  consoleToJsonLines,
  createAppServer,
  ROUTED_METHODS,
  timeoutsFrom,
} from '@mlops-guide/server-runtime'
import { fastLane } from '@mlops-guide/server-runtime/fast-lane'
import next from 'next'

// Next's internals, on purpose and in one file: an answer from the fast lane must be the
// answer Next's route would give (tests/int/cacheDifferential.int.spec.ts fails if they ever
// differ), and the configuration is handed over as Next's standalone server does.
import {
  APP_ROUTE_VARY,
  configuredHeaderRules,
  handOverBuiltConfig,
  nextCompression,
} from './src/framework/nextServer.js'

// Next's own messages and stack traces, like every other line, as JSON lines.
consoleToJsonLines('cms')

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, 'prepare-only': { type: 'boolean' } },
})
const port = Number(values.port ?? process.env.CMS_PORT ?? 3000)
// The configuration as `next build` resolved it: the server then needs neither
// next.config.ts nor what it imports, so the image holds only the files Next traced.
handOverBuiltConfig(import.meta.dirname)
const app = next({ dev: false, dir: import.meta.dirname })
const handle = app.getRequestHandler()
await app.prepare()

/** Next answers a path it cannot decode (/api/faqs/%FF) with a bare 500; it is the client's mistake. */
function decodablePath(/** @type {string} */ url) {
  try {
    decodeURIComponent(url.split('?', 1)[0] ?? '')
    return true
  } catch {
    return false
  }
}

// The headers next.config.ts sets on every answer (security headers), as the build compiled
// them: answers given before Next runs (the fast lane) carry them too.
const headerRules = configuredHeaderRules(import.meta.dirname)
const compress = nextCompression()

/**
 * Cached API reads answered before Next's routing runs (src/api/readCache opens the lane;
 * @mlops-guide/server-runtime/fast-lane). False when the lane has no answer: Next answers.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function answeredInFastLane(req, res) {
  const lane = fastLane()
  const url = req.url ?? ''
  if (!lane || req.method !== 'GET' || !url.startsWith('/api/') || url.startsWith('/api/graphql'))
    return false
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one)
  }
  const answer = await lane(new Request(`http://localhost${url}`, { headers })).catch(() => null)
  if (!answer) return false
  // As Next combines them: the configured headers win over the route's, and Vary lists the
  // configured names, then the app router's, then the route's own.
  const pathname = url.split('?', 1)[0] ?? ''
  const vary = []
  for (const rule of headerRules) {
    if (!rule.match.test(pathname)) continue
    for (const { key, value } of rule.headers) {
      if (key.toLowerCase() === 'vary') vary.push(value)
      else answer.headers.set(key, value)
    }
  }
  vary.push(APP_ROUTE_VARY, answer.headers.get('vary') ?? '')
  answer.headers.set('vary', vary.filter(Boolean).join(', '))
  const body = Buffer.from(await answer.arrayBuffer())
  res.statusCode = answer.status
  for (const [name, value] of answer.headers) res.setHeader(name, value)
  // Encoded (gzip or deflate, or not) exactly as Next encodes its routes' answers: by its
  // compression, and streamed as Next streams them, without a Content-Length (with one, the
  // compression would leave bodies under 1 KB alone, which Next's routes never do).
  compress(req, res, () => {})
  if (body.length > 0) res.write(body)
  res.end()
  return true
}

const cms = createAppServer({
  service: 'cms',
  ...timeoutsFrom(process.env),
  handle: (req, res) => {
    const chain = req.headers['x-forwarded-for']
    req.headers['x-forwarded-for'] = [chain, req.socket.remoteAddress].filter(Boolean).join(', ')
    // Next routes only these methods (next/dist/server/web/http.js); Node parses more (TRACE,
    // PROPFIND, PURGE, MOVE …), which Next answered with a bodyless 400, or a 500 for TRACE.
    if (!ROUTED_METHODS.includes(req.method ?? '')) {
      const allow = ROUTED_METHODS.join(', ')
      const message = `${req.method} is not answered here; use ${allow}`
      res.writeHead(405, { 'content-type': 'application/json', allow })
      res.end(
        JSON.stringify({
          errors: [
            { message: `method: ${message}`, data: { errors: [{ path: 'method', message }] } },
          ],
        }),
      )
      return
    }
    if (!decodablePath(req.url ?? '')) {
      const message = 'has a malformed escape (such as %FF)'
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          errors: [{ message: `path: ${message}`, data: { errors: [{ path: 'path', message }] } }],
        }),
      )
      return
    }
    void answeredInFastLane(req, res).then((answered) => {
      if (!answered) void handle(req, res)
    })
  },
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
  const { server } = cms
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const res = await fetch(`http://127.0.0.1:${address.port}/api/health`).catch((e) => e)
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  if (res instanceof Error || res.status === 500) {
    console.error('CMS refusing to start: it could not get ready (see the error above)')
    process.exit(1)
  }
  // 503 (database unreachable) is not fatal: the CMS answers again once the database is back.
}

await selfCheck()
// `--prepare-only`: migrate and seed, then exit (a release step before new pods roll out).
if (values['prepare-only']) process.exit(0)
await cms.listen(port)
cms.stopOnSignals()
