import { createHash } from 'node:crypto'

type Handler<C> = (request: Request, context: C) => Promise<Response>

const PUBLIC_CACHE = 'public, max-age=10, stale-while-revalidate=60, stale-if-error=86400'

/** Whether any entity tag in an If-None-Match header equals `etag` (weak or strong). */
export const matches = (header: string | null, etag: string) =>
  header !== null &&
  (header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))

/** Whether a request carries the CMS's session cookie (someone signed in to the admin). */
export const hasSession = (request: Request) =>
  /payload-token=/.test(request.headers.get('cookie') ?? '')

/** Whether a request speaks for someone: an Authorization header or the CMS's session cookie. */
export const isPersonal = (request: Request) =>
  request.headers.has('authorization') || hasSession(request)

/**
 * Every request header a REST GET's answer depends on, for caches on the way (a CDN, the
 * browser): who asks (Authorization, Cookie), CORS (Origin) and the body's encoding
 * (Accept-Encoding). The same on every answer, cached or not, compressed or not; Host and
 * X-Forwarded-* are not here because no answer depends on them.
 */
export const VARY = 'Accept-Encoding, Authorization, Cookie, Origin'

/**
 * Vary on every REST GET answer; ETag and Cache-Control on the successful ones (Payload sets
 * neither), and 304 for a matching If-None-Match. Answers for a signed-in person or an API
 * key are private.
 */
export const withHttpCaching =
  <C>(handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    const response = await handler(request, context)
    if (request.method !== 'GET') return response
    const headers = new Headers(response.headers)
    headers.set('Vary', VARY)
    const isJson = response.headers.get('content-type')?.includes('application/json')
    if (response.status !== 200 || !isJson || response.headers.has('cache-control')) {
      // An endpoint that chose its own caching (the health probes: no-store) keeps it.
      const { status, statusText } = response
      return new Response(response.body, { status, statusText, headers })
    }
    const body = Buffer.from(await response.arrayBuffer())
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
    const personal = isPersonal(request)
    headers.set('ETag', etag)
    headers.set('Cache-Control', personal ? 'private, no-cache' : PUBLIC_CACHE)
    if (matches(request.headers.get('if-none-match'), etag)) {
      headers.delete('content-length')
      return new Response(null, { status: 304, headers })
    }
    return new Response(body, { status: 200, headers })
  }
