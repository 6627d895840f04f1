// The site's HTTP entry in production (adapter-node's "custom server": build/handler.js does
// the SvelteKit work). It answers pages already rendered for the current content straight
// from the page cache, before SvelteKit's request machinery runs (the cache is filled by
// src/hooks.server.ts; both use @mlops-guide/server-runtime/page-cache, one module). Request
// logs and the graceful stop are shared with the CMS (@mlops-guide/server-runtime).
import { createAppServer } from '@mlops-guide/server-runtime'
import { cachedAnswer, getCachedPage } from '@mlops-guide/server-runtime/page-cache'

// build/ is what `vite build` writes; adapter-node ships no types for it.
/** @type {{ handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void }} */
const { handler } = await import(new URL('./build/handler.js', import.meta.url).href)

const web = createAppServer({
  service: 'web',
  handle: (req, res) => {
    const page =
      req.method === 'GET' || req.method === 'HEAD' ? getCachedPage(req.url ?? '') : undefined
    if (page) {
      const answer = cachedAnswer(page, {
        method: req.method,
        acceptEncoding: req.headers['accept-encoding'],
        ifNoneMatch: req.headers['if-none-match'],
      })
      res.writeHead(answer.status, answer.headers.flat())
      return res.end(answer.body ?? undefined)
    }
    handler(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  },
})

await web.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '0.0.0.0')
web.stopOnSignals()
