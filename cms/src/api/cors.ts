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
