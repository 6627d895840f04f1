// The site's HTTP entry in production (adapter-node's "custom server": build/handler.js does
// the SvelteKit work). It answers pages already rendered for the current content straight
// from the page cache, before SvelteKit's request machinery runs (the cache is filled by
// src/hooks.server.ts; both use @mlops-guide/server-runtime/page-cache, one module). Request
// logs and the graceful stop are shared with the CMS (@mlops-guide/server-runtime).
import { consoleToJsonLines, createAppServer, timeoutsFrom } from '@mlops-guide/server-runtime'
import { cachedAnswer, getCachedPage, pageCacheKey } from '@mlops-guide/server-runtime/page-cache'

// SvelteKit's messages, stack traces and our warnings, like every other line, as JSON lines.
consoleToJsonLines('web')

// build/ is what `vite build` writes; adapter-node ships no types for it.
/** @type {{ handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void }} */
const { handler } = await import(new URL('./build/handler.js', import.meta.url).href)

const web = createAppServer({
  service: 'web',
  ...timeoutsFrom(process.env),
  ready: (req) => {
    const page =
      req.method === 'GET' || req.method === 'HEAD'
        ? getCachedPage(pageCacheKey(req.url ?? ''))
        : undefined
    return page
      ? cachedAnswer(page, {
          method: req.method,
          acceptEncoding: req.headers['accept-encoding'],
          ifNoneMatch: req.headers['if-none-match'],
        })
      : undefined
  },
  handle: (req, res) => {
    handler(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  },
})

/**
 * Before opening the public port, the app is asked for its health and its front page on a
 * private loopback port: that loads the content (from the CMS, else the saved copy) and
 * renders the most read page once. A load balancer sends readers as soon as the port opens;
 * without this, a process starting under load held its first readers behind that fetch for
 * seconds (bench:scale-out counted one timed-out request per connection when it restarted).
 * The content failing to load is not fatal: the site answers 503 pages until it can.
 */
async function warmUp() {
  const { server } = web
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  for (const path of ['/healthz', '/']) {
    await fetch(`http://127.0.0.1:${address.port}${path}`)
      .then((res) => res.arrayBuffer())
      .catch(() => {})
  }
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

await warmUp()
await web.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '0.0.0.0')
web.stopOnSignals()
