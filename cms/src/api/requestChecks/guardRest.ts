import { getPayload, type SanitizedConfig } from 'payload'

import { answeringOutage } from '../../database/outage'
import { checkAsOf } from '../asOf/asOfParam'
import { env } from '../../env'
import { keyPayloadDrops, parseQueryAsPayload } from '../../framework/queryString'
import { inErrorsShape, isMissingPreference } from './answers'
import { canonicalType, checkData, mediaType, parseJsonBody, readBody } from './checkBody'
import { checkQuery, wholeNumber } from './checkQuery'
import { withCorsAndVary, withExposedHeaders } from '../cors'
import { checkCredentials, notAllowed, orProblem, problem, problemResponse, quote } from './problem'
import { countRefusal } from './countRefusal'
import { type Route, routeOf } from './routes'

type Handler<C> = (request: Request, context: C) => Promise<Response>

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

/** The path below /api/, decoded: a malformed escape (%FF) is the client's mistake. */
function segmentsOf(url: URL): string[] {
  const below = url.pathname.replace(/^.*?\/api\/?/, '')
  return below
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        const decoded = decodeURIComponent(segment)
        if (decoded.includes('\0')) throw new Error('NUL')
        return decoded
      } catch {
        throw problem(400, 'path', `has a malformed segment ${quote(segment)}`)
      }
    })
}

/**
 * Everything about a REST request that can be checked before Payload runs it: the path's
 * ids, the query (parsed as Payload parses it), the body's size, type and shape. Returns the
 * request to hand on (its body already read) and its route, or throws a RequestProblem.
 */
async function admit(
  request: Request,
  config: SanitizedConfig,
): Promise<{ request: Request; route: Route }> {
  const url = new URL(request.url)
  const method = request.method.toUpperCase()
  const segments = segmentsOf(url)
  // Payload reads a long query from a POST's form body when this header says GET.
  const override = request.headers.get('x-payload-http-method-override')
  if (override && override.toUpperCase() !== 'GET') {
    throw problem(400, 'x-payload-http-method-override', 'only GET can be overridden')
  }
  const route = routeOf(config, override ? 'get' : method.toLowerCase(), segments)
  if (route.missing) throw problem(404, 'path', route.missing)
  // A preflight is answered for any path that exists (Payload adds the CORS headers).
  if (method === 'OPTIONS') return { request, route }
  checkCredentials(request)
  if (!route.pattern) throw notAllowed(override ? 'GET' : method, route.allow)
  // The API's own endpoints (/api/health, /api/figure-check …) check their own input.
  if (!route.target) return { request, route }
  const target = route.target

  if (route.params.id !== undefined && route.pattern !== '/verify/:id') {
    wholeNumber('id', route.params.id, 1)
  }
  if (route.pattern === '/verify/:id' && !route.collection?.auth?.verify) {
    throw problem(404, 'path', `${route.collection?.slug} accounts have no e-mail verification`)
  }
  let query = readQuery(url.search)
  if (!WRITES.has(method)) {
    checkQuery(query, target)
    checkAsOf(query, route, config, segments)
    return { request, route }
  }

  const type = mediaType(request)
  const isUpload = type === 'multipart/form-data'
  const bytes = await readBody(
    request,
    isUpload ? env.API_MAX_UPLOAD_BYTES : env.API_MAX_JSON_BYTES,
  )
  if (override) {
    // The admin's relationship fields send a query string; its live preview sends JSON
    // whose `data` is the unsaved form (hooks/previewDataForCmsUsers.ts).
    if (type === 'application/x-www-form-urlencoded') {
      query = { ...query, ...readQuery(Buffer.from(bytes).toString('utf8')) }
    } else if (type === 'application/json') {
      const { data, ...rest } = bytes.byteLength ? parseJsonBody(bytes) : {}
      query = { ...query, ...rest }
      if (data !== undefined) {
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
          throw problem(400, 'data', 'must be the document as a JSON object')
        }
        checkData(data as Record<string, unknown>, target.fields, config)
      }
    } else {
      throw problem(
        415,
        'content-type',
        'a GET override carries its query as application/x-www-form-urlencoded or JSON',
      )
    }
    checkQuery(query, target)
  } else {
    checkQuery(query, target)
    const writesDocument = route.pattern === '/' || route.pattern === '/:id'
    if (writesDocument && bytes.byteLength === 0) {
      throw problem(400, 'body', 'is required: the document as a JSON object')
    }
    if (bytes.byteLength > 0) {
      let data: Record<string, unknown> | null = null
      if (type === 'application/json') data = parseJsonBody(bytes)
      else if (isUpload) {
        const form = await new Request(request.url, {
          method: 'POST',
          headers: { 'content-type': request.headers.get('content-type')! },
          body: bytes,
        })
          .formData()
          .catch(() => {
            throw problem(400, 'body', 'is not valid multipart/form-data')
          })
        const json = form.get('_payload')
        if (typeof json === 'string') data = parseJsonBody(Buffer.from(json))
      } else {
        throw problem(
          415,
          'content-type',
          `must be application/json, or multipart/form-data for uploads (got ${quote(type || 'none')})`,
        )
      }
      if (data && writesDocument) checkData(data, target.fields, config)
    }
  }
  // Payload reads a body only when the type is spelled exactly so ("application/json",
  // case and all): the checks matched it loosely (APPLICATION/JSON; Charset=UTF-8 was a 500).
  const headers = new Headers(request.headers)
  if (type) headers.set('content-type', canonicalType(type, request))
  const admitted = new Request(request.url, {
    method: request.method,
    headers,
    body: bytes.byteLength ? bytes : undefined,
  })
  return { request: admitted, route }
}

/**
 * Payload's file handler answers a name no upload has with a 500 (local disk: the read
 * throws) or a bodyless 404 (S3 storage). Asked only after such a failure, so serving files
 * costs no extra query. With image sizes a name may be a resized copy's, which this lookup
 * does not cover: left as it is.
 */
async function isMissingFile(config: SanitizedConfig, route: Route): Promise<boolean> {
  if (route.pattern !== '/file/:filename' || !route.collection) return false
  if ((route.collection.upload?.imageSizes ?? []).length) return false
  const payload = await getPayload({ config })
  const found = await payload.count({
    collection: route.collection.slug,
    where: { filename: { equals: route.params.filename } },
    overrideAccess: true,
  })
  return found.totalDocs === 0
}

/**
 * Wraps a Payload REST handler: refuses what `admit` finds wrong with a 4xx naming the
 * parameter, answers a missing upload or preference with a 404 that says so, a database
 * outage with a 503 (database/outage.ts), and puts Payload's own refusals in the { errors }
 * shape.
 */
export function guardRest<C>(
  configPromise: Promise<SanitizedConfig>,
  handler: Handler<C>,
): Handler<C> {
  async function answer(request: Request, context: C): Promise<Response> {
    const config = await configPromise
    const refuse = (refusal: Response) => withCorsAndVary(request, refusal, { config })
    const admitted = await orProblem(admit(request, config))
    if (admitted instanceof Response) return refuse(admitted)
    const response = await handler(admitted.request, context)
    if (response.status >= 400 && (await isMissingFile(config, admitted.route))) {
      const filename = admitted.route.params.filename
      return refuse(problemResponse(problem(404, 'filename', `no file ${quote(filename)}`)))
    }
    if (response.status >= 500 && (await isMissingPreference(config, admitted.route, request))) {
      const key = admitted.route.params.key
      return refuse(problemResponse(problem(404, 'key', `no preference ${quote(key)}`)))
    }
    const shaped = withExposedHeaders(await inErrorsShape(response))
    // Refusals made on the way to Payload (asOf's 404, the read cache's) have no CORS yet.
    if (shaped.status < 400 || shaped.headers.has('access-control-allow-origin')) return shaped
    const { status, statusText } = shaped
    return refuse(new Response(shaped.body, { status, statusText, headers: shaped.headers }))
  }

  return async function guarded(request: Request, context: C): Promise<Response> {
    // Next answers HEAD with the GET handler but the method left as HEAD, which no Payload
    // endpoint matches (a 404): run it as the GET it stands for, then drop the body.
    if (request.method === 'HEAD') {
      const get = new Request(request.url, { method: 'GET', headers: request.headers })
      const answered = await guarded(get, context)
      return new Response(null, { status: answered.status, headers: answered.headers })
    }
    return answeringOutage(async () =>
      countRefusal(configPromise, request, await answer(request, context)),
    )
  }
}

/** The query as Payload will read it; a key its parser would drop unread is refused. */
function readQuery(search: string) {
  const dropped = keyPayloadDrops(search)
  if (dropped !== undefined) {
    throw problem(
      400,
      dropped,
      'names a property every object inherits, which this API cannot read: name a field or a parameter it documents',
    )
  }
  return parseQueryAsPayload(search)
}
