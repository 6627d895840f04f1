import { headersWithCors, type Payload } from 'payload'

import { exposeHeaders } from '../cors'
import { matches } from '../httpCaching'

/** One cached answer: what is the same for every request that finds it. */
export type Entry = {
  generation: string
  body: Uint8Array<ArrayBuffer>
  headers: [string, string][]
}

// Headers that depend on the request and not on the content: CORS (its Origin), the body's
// encoding and length (its Accept-Encoding: Next's compression sets them), cookies, the
// client's rate-limit count. Never stored; made again for every answer.
const perRequest = (name: string) =>
  /^(set-cookie|content-length|content-encoding|access-control-|ratelimit)/i.test(name)

/** The headers of Payload's answer that every request for the same entry gets. */
export const storedHeaders = (response: Response): [string, string][] =>
  [...response.headers].filter(([name]) => !perRequest(name))

/**
 * The answer to `request` from `entry`: the one place that turns a cached answer into a
 * response, for a miss and a hit alike, in Next's route and in the fast lane, so a hit
 * carries exactly what a miss would. Per request: the client's own rate-limit headers
 * (`rateLimit`, from its count), CORS from the request's Origin, computed
 * by Payload's own headersWithCors against the configured origins (config.cors), as on any
 * answer Payload gives, and 304 for a matching If-None-Match. The body is left unencoded:
 * Next compresses its routes' answers and drops a Content-Encoding they set
 * (next/dist/server/send-response.js), so the production server runs the fast lane's answers
 * through the same compression (cms/server.js). Vary (httpCaching.ts) names every request
 * header an answer depends on.
 */
export function answerFrom(
  request: Request,
  entry: Entry,
  payload: Payload,
  cache: 'hit' | 'miss',
  rateLimit: [string, string][],
): Response {
  const headers = headersWithCors({
    headers: new Headers([...entry.headers, ...rateLimit]),
    req: { payload, headers: request.headers },
  })
  exposeHeaders(headers)
  headers.set('x-cache', cache)
  if (matches(request.headers.get('if-none-match'), headers.get('etag') ?? '')) {
    return new Response(null, { status: 304, headers })
  }
  return new Response(entry.body, { status: 200, headers })
}
