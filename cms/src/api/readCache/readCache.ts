import { getPayload, type SanitizedConfig } from 'payload'

import { clientAddress } from '../clientAddress'
import { isPersonal, matches } from '../httpCaching'
import { addressBudget, keyBudget, limitRequest, refundRequest } from '../enforcePublicApiLimits'
import { apiKeyClient, apiKeyOf } from './apiKeyClient'
import { currentGeneration } from './generation'

type Handler<C> = (request: Request, context: C) => Promise<Response>
type Entry = { generation: string; body: Uint8Array<ArrayBuffer>; headers: [string, string][] }

const MAX_ENTRIES = 2000
const MAX_BYTES = 64 * 1024 * 1024

/**
 * Anonymous and API-key REST GETs answered from memory (the answer as withHttpCaching
 * finished it: its ETag is computed once, not per request), keyed by the whole path and
 * query, while the content generation they were made at is current (generation.ts): a few
 * small queries instead of Payload's find. A key is verified as Payload would (apiKeyClient)
 * before its cached answer is given; an unknown key goes to Payload for its 401. Signed-in
 * people, drafts and previews are never cached; the rate limits still count every request. Hand-written: Payload has no response
 * cache, and an HTTP cache in front could not tell when content changed.
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
  return async (request, context) => {
    const url = new URL(request.url)
    const apiKey = apiKeyOf(request)
    const signedIn = isPersonal(request) && apiKey === null
    if (signedIn || /[?&](draft|preview)=/.test(url.search)) return handler(request, context)

    const payload = await getPayload({ config: configPromise })
    // Keys read what anonymous clients read, but their answers are marked private: kept apart.
    const key = `${apiKey === null ? 'anonymous' : 'api-key'} ${url.pathname}${url.search}`
    const hit = entries.get(key)
    // With an entry to serve, the generation check and the rate limit's count (after the
    // key's lookup, for a key) are round trips to PostgreSQL: made at once, not one after
    // the other. An entry that turns out stale gives its count back, since Payload counts
    // the request again. An unknown key counts nothing here: Payload answers its 401.
    const counted = hit
      ? (apiKey === null
          ? Promise.resolve(addressBudget(clientAddress(request)))
          : apiKeyClient(payload, apiKey).then((client) => client && keyBudget(client))
        ).then(
          (budget) =>
            budget && limitRequest(payload, budget).then((refused) => ({ refused, budget })),
        )
      : null
    const [generation, count] = await Promise.all([currentGeneration({ payload }), counted])
    if (hit && count && hit.generation === generation) {
      if (count.refused) return count.refused
      // Most recently used last: eviction takes the oldest first.
      entries.delete(key)
      entries.set(key, hit)
      const headers = new Headers([...hit.headers, ['x-cache', 'hit']])
      if (matches(request.headers.get('if-none-match'), headers.get('etag') ?? '')) {
        headers.delete('content-length')
        return new Response(null, { status: 304, headers })
      }
      return new Response(hit.body, { status: 200, headers })
    }
    if (hit && hit.generation !== generation) {
      forget(key)
      if (count) await refundRequest(payload, count.budget)
    }

    const response = await handler(request, context)
    if (response.status !== 200) return response
    const body = new Uint8Array(await response.arrayBuffer())
    const headers = [...response.headers.entries()].filter(([name]) => name !== 'set-cookie')
    entries.set(key, { generation, body, headers })
    bytes += body.byteLength
    for (const oldest of entries.keys()) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break
      forget(oldest)
    }
    return new Response(body, { status: 200, headers: [...headers, ['x-cache', 'miss']] })
  }
}
