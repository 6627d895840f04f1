import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { importFastLane } from '../../framework/sharedModules'
import { withCorsAndVary } from '../cors'
import { credentialsOf } from '../credentials'
import { budgetOf, isHealthProbe, isSignedInPerson } from '../clientBudget'
import { type Counted, limitRequest, refundRequest, unauthorized } from '../enforcePublicApiLimits'
import { answerFrom, type Entry, storedHeaders } from './answer'
import { apiKeyOf } from './apiKeyClient'
import { currentGeneration } from './generation'

type Handler<C> = (request: Request, context: C) => Promise<Response>
/** What the cache can do for a request: nothing, answer it, or keep Payload's answer. */
type Lookup =
  | { kind: 'bypass' }
  | { kind: 'answer'; entry: Entry; count: Counted; payload: Payload }
  | { kind: 'miss'; key: string; generation: string; payload: Payload }

const MAX_ENTRIES = 2000
const MAX_BYTES = 64 * 1024 * 1024

/**
 * Anonymous and API-key REST GETs answered from memory (the answer as withHttpCaching
 * finished it: its ETag is computed once, not per request), keyed by the whole path and
 * query, while the content generation they were made at is current (generation.ts): a few
 * small queries instead of Payload's find. A key is verified as Payload would (apiKeyClient)
 * before its cached answer is given; an unknown key goes to Payload for its 401. Signed-in
 * people, drafts and previews are never cached; the rate limits still count every request.
 * Hand-written: Payload has no response cache, and an HTTP cache in front could not tell
 * when content changed.
 *
 * Hits are answered twice over: here, inside Next's route, and, in the production server,
 * before Next runs at all (the fast lane, @mlops-guide/server-runtime/fast-lane), with the
 * same lookup. An entry exists only for a URL that passed the request checks (guardRest) and
 * got a 200, so the lane, which answers only such URLs, skips nothing a request needs.
 */
export function withReadCache<C>(
  configPromise: Promise<SanitizedConfig>,
  handler: Handler<C>,
): Handler<C> {
  const entries = new Map<string, Entry>()
  let bytes = 0
  const forget = (key: string) => {
    const entry = entries.get(key)
    if (entry) bytes -= entry.body.byteLength
    entries.delete(key)
  }

  /**
   * The entry a request would be answered from, or null for one never cached: the one place
   * that decides which requests share an answer, for Next's route and the fast lane alike.
   * Only the path, the query and who asks (nobody, or an API key) choose the entry; every
   * other request header that changes an answer is either ignored by every answer (Host,
   * X-Forwarded-*: the API builds no URL from them, toPublicReadApi.ts) or applied per
   * request to the entry (Origin, If-None-Match: answer.ts; Accept-Encoding: Next's
   * compression, on both paths, cms/server.js), and all of them are named in Vary
   * (httpCaching.ts).
   */
  function keyOf(request: Request): string | null {
    const url = new URL(request.url)
    const apiKey = apiKeyOf(request)
    const signedIn = isSignedInPerson(request, apiKey)
    if (request.method !== 'GET' || signedIn || /[?&](draft|preview)=/.test(url.search)) return null
    if (isHealthProbe(url)) return null
    // A preview link's draft, asked for by its token alone (the site's server, anonymous):
    // the same link must show the draft as it is now, and no draft may sit in the cache.
    if (/^\/api\/preview-draft(\/|$)/.test(url.pathname)) return null
    // Keys read what anonymous clients read, but their answers are marked private: kept apart.
    return `${apiKey === null ? 'anonymous' : 'api-key'} ${url.pathname}${url.search}`
  }

  async function lookup(request: Request, key: string | null): Promise<Lookup> {
    if (key === null) return { kind: 'bypass' }
    const payload = await getPayload({ config: configPromise })
    const hit = entries.get(key)
    // With an entry to serve, the generation check and the rate limit's count (after the
    // key's lookup, for a key) are round trips to PostgreSQL: made at once, not one after
    // the other. An entry that turns out stale gives its count back, since Payload counts
    // the request again. An unknown key counts nothing here: Payload answers its 401.
    const counted = hit
      ? budgetOf(payload, request).then(
          (budget) => budget && limitRequest(payload, budget).then((count) => ({ count, budget })),
        )
      : null
    const [generation, counting] = await Promise.all([currentGeneration({ payload }), counted])
    if (hit && counting && hit.generation === generation) {
      // Most recently used last: eviction takes the oldest first.
      entries.delete(key)
      entries.set(key, hit)
      return { kind: 'answer', entry: hit, count: counting.count, payload }
    }
    if (hit && hit.generation !== generation) {
      forget(key)
      if (counting) await refundRequest(payload, counting.budget)
    }
    return { kind: 'miss', key, generation, payload }
  }

  /** A hit as a Response: the entry's answer, or the 429 (with CORS and Vary, as Payload's own) when over the limit. */
  function answer(request: Request, found: Extract<Lookup, { kind: 'answer' }>) {
    const { count, payload } = found
    if (!count.refused) return answerFrom(request, found.entry, payload, 'hit', count.headers)
    return withCorsAndVary(request, count.refused, payload)
  }

  // The production server asks this before Next routes the request (null: Next answers).
  // The lane must be the very module server.js imported (framework/sharedModules.ts).
  void importFastLane().then(({ openFastLane }) =>
    openFastLane(async (request) => {
      // Without an entry there is nothing to answer here, and nothing to ask PostgreSQL:
      // Next's route reads the generation for the answer it will cache.
      const key = keyOf(request)
      if (key === null || !entries.has(key)) return null
      const found = await lookup(request, key)
      return found.kind === 'answer' ? answer(request, found) : null
    }),
  )

  return async (request, context) => {
    const found = await lookup(request, keyOf(request))
    if (found.kind === 'bypass') return handler(request, context)
    if (found.kind === 'answer') return answer(request, found)

    // Payload's whole answer even to a conditional request: the entry needs the body, and
    // answerFrom gives the 304, as it will on a hit.
    const unconditional = new Headers(request.headers)
    unconditional.delete('if-none-match')
    const response = await handler(new Request(request.url, { headers: unconditional }), context)
    if (response.status !== 200) return response
    const body = new Uint8Array(await response.arrayBuffer())
    const entry: Entry = {
      generation: found.generation,
      body,
      headers: storedHeaders(response),
    }
    entries.set(found.key, entry)
    bytes += body.byteLength
    for (const oldest of entries.keys()) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break
      forget(oldest)
    }
    // Payload counted the request when an operation ran; the API's own endpoints
    // (/api/openapi.json, /api/docs) run none, and are counted here as their hits are.
    let count: Counted = { headers: rateLimitOf(response), refused: null }
    if (count.headers.length === 0) {
      const budget = await budgetOf(found.payload, request)
      if (!budget) return withCorsAndVary(request, unauthorizedFor(request), found.payload)
      count = await limitRequest(found.payload, budget)
      if (count.refused) return withCorsAndVary(request, count.refused, found.payload)
    }
    // Answered from the entry just made, as the next request for it will be.
    return answerFrom(request, entry, found.payload, 'miss', count.headers)
  }
}

/** Whose budget a request that the cache may answer is counted against; null for an unknown key. */
const unauthorizedFor = (request: Request) =>
  unauthorized(credentialsOf(request.headers.get('authorization')))

/** The rate-limit headers Payload put on its answer (none when no operation counted it). */
const rateLimitOf = (response: Response): [string, string][] =>
  [...response.headers].filter(([name]) => /^ratelimit/i.test(name))
