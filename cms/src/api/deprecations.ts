type Handler<C> = (request: Request, context: C) => Promise<Response>

/** A query parameter that still works on some paths but will stop working at `sunset`. */
export type Deprecated = {
  parameter: string
  paths: RegExp
  since: Date
  sunset: Date
}

/**
 * What the public read API has deprecated: announced in packages/content/api-release/CHANGELOG.md,
 * marked `deprecated` in /api/openapi.json, and answered with Deprecation and Sunset headers.
 * Nothing is deprecated today.
 */
export const DEPRECATED: Deprecated[] = []

/** Where a client reads what replaces a deprecated parameter. */
const NOTICE = '</api/docs>; rel="deprecation"; type="text/html"'

/**
 * The headers for a request that uses a deprecated parameter: `Deprecation: @<unix seconds>`
 * (RFC 9745, a Structured Fields date), `Sunset: <HTTP date>` (RFC 8594), and a Link to the
 * notice; the earliest dates when it uses several. None for any other request.
 */
export function deprecationHeaders(url: URL, table = DEPRECATED): [string, string][] {
  const used = new Set([...url.searchParams.keys()].map((name) => name.replace(/\[.*$/, '')))
  const found = table.filter((d) => d.paths.test(url.pathname) && used.has(d.parameter))
  if (found.length === 0) return []
  const earliest = (dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())))
  const since = earliest(found.map((d) => d.since))
  return [
    ['Deprecation', `@${Math.floor(since.getTime() / 1000)}`],
    ['Sunset', earliest(found.map((d) => d.sunset)).toUTCString()],
    ['Link', NOTICE],
  ]
}

/**
 * Deprecation headers on REST GET answers, inside the read cache: they depend on the URL
 * alone, so a cached answer keeps them.
 */
export const withDeprecations =
  <C>(handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    const response = await handler(request, context)
    const headers = deprecationHeaders(new URL(request.url))
    if (headers.length === 0) return response
    const merged = new Headers(response.headers)
    for (const [name, value] of headers) merged.set(name, value)
    const { status, statusText } = response
    return new Response(response.body, { status, statusText, headers: merged })
  }
