import { REST_OPTIONS, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { withExposedHeaders } from '../api/cors'
import { answeringOutage } from '../database/outage'
import { inBothShapes, jsonRpcError } from './jsonRpcError'

type Config = Promise<SanitizedConfig>
// Payload's REST handlers find the endpoint by these segments (the catch-all route's params).
const params = () => ({ params: Promise.resolve({ slug: ['mcp'] }) })
const OVERRIDES = ['x-payload-http-method-override', 'x-http-method-override']

/**
 * /api/mcp, outside the catch-all REST route: its answers are JSON-RPC, which the REST
 * route's error shaping (requestChecks/answers.ts) would rewrite into `{ errors }` alone;
 * here a refusal has both shapes (jsonRpcError.ts). Payload still runs the request
 * (authentication, CORS, the endpoint in payload.config.ts).
 */
export function mcpPost(config: Config) {
  const post = REST_POST(config)
  return async (request: Request) => {
    // Payload turns a POST with this header into a GET, parsing a JSON body outside its
    // error handling (invalid JSON was a 500); nothing here is read by GET.
    if (OVERRIDES.some((h) => request.headers.has(h))) {
      return jsonRpcError(400, `${OVERRIDES.join(' and ')} are not answered here`)
    }
    return answeringOutage(async () =>
      withExposedHeaders(await inBothShapes(await post(request, params()))),
    )
  }
}

export function mcpOptions(config: Config) {
  const options = REST_OPTIONS(config)
  return (request: Request) => options(request, params())
}

/**
 * GET (the optional server-to-client event stream) and DELETE (ending a session) have nothing
 * to do in a stateless server: a 405, as the Streamable HTTP transport allows.
 */
export const mcpNotAllowed = async (request: Request) =>
  jsonRpcError(405, `Method not allowed: ${request.method}; this server answers POST only`, {
    allow: 'POST, OPTIONS',
  })
