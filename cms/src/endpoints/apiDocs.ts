import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Endpoint } from 'payload'

// Swagger UI's prebuilt files, served from our own node_modules: the reference works
// offline and loads nothing from a third-party CDN. Resolved from the CMS's folder (the
// process's working directory) at request time: inside Next's bundle import.meta.url is
// not a file URL.
const assetsDir = () =>
  path.dirname(
    createRequire(path.join(process.cwd(), 'package.json')).resolve('swagger-ui-dist/package.json'),
  )
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
}

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>MLOps Career Guide content API</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`

/** GET /api/docs: a browsable reference (Swagger UI) of the OpenAPI document at `specUrl`. */
export const apiDocs = (specUrl: string): Endpoint[] => [
  {
    path: '/docs',
    method: 'get',
    handler: () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
  },
  {
    path: '/docs/init.js',
    method: 'get',
    handler: () =>
      new Response(`SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui' })`, {
        headers: { 'content-type': 'text/javascript; charset=utf-8' },
      }),
  },
  {
    path: '/docs/:file',
    method: 'get',
    handler: (req) => {
      const file = String(req.routeParams?.file ?? '')
      const type = ASSETS[file]
      if (!type) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
      return new Response(fs.readFileSync(path.join(assetsDir(), file)), {
        headers: { 'content-type': type, 'cache-control': 'public, max-age=86400' },
      })
    },
  },
]
