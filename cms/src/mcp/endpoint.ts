import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import type { Endpoint, PayloadRequest } from 'payload'

import { enforcePublicApiLimits } from '../api/enforcePublicApiLimits'
import { readBody } from '../api/requestChecks/checkBody'
import { RequestProblem } from '../api/requestChecks/problem'
import { corsOrigins, env } from '../env'
import { jsonRpcError } from './jsonRpcError'
import { guideServer } from './server'

/**
 * The body, read once up to API_MAX_JSON_BYTES: a 413 past it. A JSON-RPC batch (an array,
 * dropped from MCP in 2025-06-18) is refused: one request is counted once by the rate
 * limit, and a batch would run any number of tool calls on that one count.
 */
async function admitBody(req: PayloadRequest): Promise<Uint8Array<ArrayBuffer> | Response> {
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = await readBody(req as Request, env.API_MAX_JSON_BYTES)
  } catch (error) {
    if (error instanceof RequestProblem)
      return jsonRpcError(error.status, `${error.path}: ${error.message}`)
    throw error
  }
  if (/^\s*\[/.test(new TextDecoder().decode(bytes.subarray(0, 64)))) {
    return jsonRpcError(400, 'Invalid Request: send one JSON-RPC message per request, not a batch')
  }
  return bytes
}

/**
 * The MCP spec's guard against DNS rebinding: a browser's request from a page of another
 * origin than the API's allowed ones (CORS_ORIGINS) is refused. Clients that are not
 * browsers send no Origin.
 */
function foreignOrigin(req: PayloadRequest): Response | null {
  const origin = req.headers.get('origin')
  if (!origin) return null
  const allowed = [...corsOrigins, env.CMS_PUBLIC_URL].map((o) => new URL(o).origin)
  if (allowed.includes(origin)) return null
  return jsonRpcError(403, `Origin ${JSON.stringify(origin.slice(0, 100))} is not allowed`)
}

/**
 * POST /api/mcp: the guide's Model Context Protocol server over Streamable HTTP, stateless
 * (a new server and transport per request, JSON answers rather than event streams). The same
 * key check and rate limit as every REST read (enforcePublicApiLimits: 401 for a key that
 * names nobody, 429 over the limit, RateLimit headers on every answer); the tools read as an
 * anonymous client of the API does, published content only. The official SDK's web-standard
 * transport answers the protocol's own errors (406 without the Accept it needs, 415 for
 * another Content-Type, -32700 for bad JSON); Payload adds CORS and the rate-limit headers.
 */
export const mcpEndpoint: Endpoint = {
  path: '/mcp',
  method: 'post',
  handler: async (req) => {
    await enforcePublicApiLimits(req, {})
    const refused = foreignOrigin(req)
    if (refused) return refused
    const body = await admitBody(req)
    if (body instanceof Response) return body
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    })
    const server = guideServer(req)
    await server.connect(transport)
    try {
      const request = new Request(req.url!, { method: 'POST', headers: req.headers, body })
      return await transport.handleRequest(request)
    } finally {
      await server.close()
    }
  },
}
