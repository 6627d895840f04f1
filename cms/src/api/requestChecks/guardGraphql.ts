import { type DocumentNode, GraphQLError, Kind, parse, type SelectionSetNode } from 'graphql'

import type { SanitizedConfig } from 'payload'

import { answeringOutage, RETRY_AFTER_SECONDS } from '../../database/outage'
import { env } from '../../env'
import { mediaType, parseJsonBody, readBody } from './checkBody'
import { checkGraphqlArgs } from './checkGraphqlArgs'
import { withExposedHeaders } from '../cors'
import { checkCredentials, notAllowed, orProblem, problem, problemResponse } from './problem'

type Handler = (request: Request) => Promise<Response>

const MAX_DEPTH = 12
const MAX_TOKENS = 5000
/** Fields in one document, fragments expanded: 500 aliases of a list were 500 queries. */
const MAX_FIELDS = 200

/**
 * The deepest selection of any operation and the number of fields, following fragments
 * (the same fragment spread twice counts twice); a fragment that spreads itself (directly or through others) is refused. graphql-js's validation finds cycles
 * too, but Payload's complexity rule walks the document first and overflowed the stack.
 */
function checkDepth(document: DocumentNode) {
  const fragments = new Map<string, SelectionSetNode>()
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet)
  }
  let fields = 0
  const depthOf = (set: SelectionSetNode, depth: number, spreading: string[]): number => {
    if (depth > MAX_DEPTH) throw problem(400, 'query', `nests deeper than ${MAX_DEPTH} levels`)
    let deepest = depth
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (++fields > MAX_FIELDS)
          throw problem(400, 'query', `asks for more than ${MAX_FIELDS} fields`)
        if (s.selectionSet)
          deepest = Math.max(deepest, depthOf(s.selectionSet, depth + 1, spreading))
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(s.selectionSet, depth, spreading))
      } else {
        const name = s.name.value
        if (spreading.includes(name)) {
          throw problem(
            400,
            'query',
            `fragment "${name}" spreads itself (${[...spreading, name].join(' → ')})`,
          )
        }
        const fragment = fragments.get(name)
        if (!fragment) throw problem(400, 'query', `unknown fragment "${name}"`)
        deepest = Math.max(deepest, depthOf(fragment, depth, [...spreading, name]))
      }
    }
    return deepest
  }
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) depthOf(d.selectionSet, 1, [])
  }
}

async function admit(request: Request, config: SanitizedConfig): Promise<Request> {
  checkCredentials(request)
  if (mediaType(request) !== 'application/json') {
    throw problem(415, 'content-type', 'a GraphQL request is application/json')
  }
  const bytes = await readBody(request, env.API_MAX_JSON_BYTES)
  const body = parseJsonBody(bytes)
  if (typeof body.query !== 'string' || !body.query.trim()) {
    throw problem(400, 'query', 'is required: the GraphQL document, as a string')
  }
  if (
    body.variables != null &&
    (typeof body.variables !== 'object' || Array.isArray(body.variables))
  ) {
    throw problem(400, 'variables', 'must be an object')
  }
  if (body.operationName != null && typeof body.operationName !== 'string') {
    throw problem(400, 'operationName', 'must be a string')
  }
  let document: DocumentNode
  try {
    document = parse(body.query, { maxTokens: MAX_TOKENS })
  } catch (error) {
    throw problem(400, 'query', error instanceof GraphQLError ? error.message : 'cannot be parsed')
  }
  checkDepth(document)
  checkGraphqlArgs(document, (body.variables ?? {}) as Record<string, unknown>, config)
  // Payload reads the body as JSON only under this exact type (APPLICATION/JSON was a 500).
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  return new Request(request.url, { method: 'POST', headers, body: bytes })
}

/**
 * Wraps Payload's GraphQL handler: the document is checked first (size, JSON, syntax,
 * depth, fragment cycles, the Authorization scheme), and a request refused by the rate limit
 * or for its credentials answers HTTP 429 with Retry-After or 401, as REST does, instead of a
 * 200 whose `errors` hold the refusal; a database
 * outage likewise answers 503 with Retry-After.
 */
export const guardGraphql =
  (configPromise: Promise<SanitizedConfig>, handler: Handler): Handler =>
  (request) =>
    answeringOutage(async () => {
      const admitted = await orProblem(admit(request, await configPromise))
      if (admitted instanceof Response) return admitted
      const response = await handler(admitted)
      if (!response.headers.get('content-type')?.includes('json'))
        return withExposedHeaders(response)
      const text = await response.text()
      let status = response.status
      const headers = new Headers(response.headers)
      try {
        const errors = (JSON.parse(text) as { errors?: { extensions?: { statusCode?: number } }[] })
          .errors
        // Refusals of the whole request (enforcePublicApiLimits.ts) are the answer's status.
        const refusal = errors?.find((e) => [401, 429].includes(e.extensions?.statusCode ?? 0))
        if (refusal) status = refusal.extensions!.statusCode!
        // A resolver that met a database outage (hooks/answerDatabaseOutage.ts).
        else if (errors?.some((e) => e.extensions?.statusCode === 503)) {
          status = 503
          headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
        }
      } catch {
        // Not JSON after all: hand it on as it is.
      }
      return withExposedHeaders(new Response(text, { status, headers }))
    })

/** GraphQL is POST only (and OPTIONS for preflights): any other method gets a JSON 405. */
export const graphqlNotAllowed: Handler = async (request) =>
  problemResponse(notAllowed(request.method, ['POST', 'OPTIONS']))
