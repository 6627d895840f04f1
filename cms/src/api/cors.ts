import { headersWithCors, type Payload } from 'payload'

import { VARY } from './httpCaching'
import { RATE_LIMIT_HEADERS } from './rateLimitHeaders'

/**
 * The response headers a page on an allowed origin may read besides CORS's safelisted ones:
 * the rate limit's, Retry-After, ETag (for If-None-Match), deprecation notices, and the 401's
 * challenge. Payload's CORS (headersWithCors) sets no Access-Control-Expose-Headers, so without
 * this a browser client could not read them.
 */
export const EXPOSED_HEADERS = [
  ...RATE_LIMIT_HEADERS,
  'Retry-After',
  'ETag',
  'Deprecation',
  'Sunset',
  'Link',
  'WWW-Authenticate',
].join(', ')

/** Names EXPOSED_HEADERS on an answer that CORS lets another origin read. */
export function exposeHeaders(headers: Headers) {
  if (headers.has('access-control-allow-origin')) {
    headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS)
  }
}

/** `response` with EXPOSED_HEADERS named (a copy when its headers cannot be changed). */
export function withExposedHeaders(response: Response): Response {
  if (!response.headers.has('access-control-allow-origin')) return response
  try {
    exposeHeaders(response.headers)
    return response
  } catch {
    const headers = new Headers(response.headers)
    exposeHeaders(headers)
    const { status, statusText } = response
    return new Response(response.body, { status, statusText, headers })
  }
}

/**
 * A refusal made outside Payload's handlers (the request checks, the read cache's 429 and
 * 401) with the CORS and Vary every answer of Payload's carries: a page on an allowed
 * origin can read why it was refused. `payload` needs only its config.
 */
export function withCorsAndVary(
  request: Request,
  response: Response,
  payload: Pick<Payload, 'config'>,
): Response {
  const req = { payload: payload as Payload, headers: request.headers }
  headersWithCors({ headers: response.headers, req })
  exposeHeaders(response.headers)
  response.headers.set('vary', VARY)
  return response
}
