import type { Plugin } from 'payload'
import { openapi } from 'payload-oapi'

import { citablePaths } from '../api/asOf/asOfOpenApi'
import { typeNamesOf } from '../api/openApiTypeNames'
import { toPublicReadApi } from '../api/toPublicReadApi'
import { apiDocs } from '../endpoints/apiDocs'

const SPEC_PATH = '/openapi.json'

/**
 * GET /api/openapi.json: an OpenAPI 3.1 document generated from the collection and global
 * configs by payload-oapi (no official Payload plugin exists), so it cannot drift from
 * them, then narrowed to the public read API (api/toPublicReadApi.ts). GET /api/docs: a
 * browsable reference of it.
 */
const generate = openapi({
  openapiVersion: '3.1',
  specEndpoint: SPEC_PATH,
  metadata: {
    title: 'MLOps Career Guide content API',
    version: '1.0.0',
    description:
      'Read the MLOps Career Guide: career stages, salary bands, skills and tools, companies, FAQs and the page text. Only published content is served. For AI agents, a Model Context Protocol server (Streamable HTTP, read-only tools that cite the site page and as-of date) answers POST /api/mcp, behind the same API keys and rate limits.',
  },
  filters: {
    hideInternalCollections: true,
    excludeCollections: [
      'users',
      'api-clients',
      'figure-quotes',
      'webhook-subscribers',
      'webhook-deliveries',
      'releases',
    ],
  },
})

export const openApi: Plugin = async (incoming) => {
  const config = await generate(incoming)
  return {
    ...config,
    endpoints: [
      ...(config.endpoints ?? []).map((endpoint) =>
        endpoint.path === SPEC_PATH && endpoint.method === 'get'
          ? {
              ...endpoint,
              handler: async (req: Parameters<typeof endpoint.handler>[0]) => {
                const generated = await (await endpoint.handler(req)).json()
                return Response.json(
                  toPublicReadApi(
                    generated,
                    typeNamesOf(req.payload.config),
                    citablePaths(req.payload.config),
                  ),
                  {
                    headers: { 'cache-control': 'public, max-age=300' },
                  },
                )
              },
            }
          : endpoint,
      ),
      ...apiDocs(`/api${SPEC_PATH}`),
    ],
  }
}
