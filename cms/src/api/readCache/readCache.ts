import { getPayload, type SanitizedConfig } from 'payload'

import { clientAddress } from '../clientAddress'
import { isPersonal, matches } from '../httpCaching'
import { limitAnonymous } from '../enforcePublicApiLimits'
import { currentGeneration } from './generation'

type Handler<C> = (request: Request, context: C) => Promise<Response>
type Entry = { generation: string; body: Uint8Array<ArrayBuffer>; headers: [string, string][] }

const MAX_ENTRIES = 2000
const MAX_BYTES = 64 * 1024 * 1024

/**
 * Anonymous REST GETs answered from memory (the answer as withHttpCaching finished it: its
 * ETag is computed once, not per request), keyed by the whole path and query, while the
 * content generation they were made at is current (generation.ts): one small query instead
 * of Payload's find. Signed-in people, API keys, drafts and previews are never cached; the
 * anonymous rate limit still counts every request. Hand-written: Payload has no response
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
    if (isPersonal(request) || /[?&](draft|preview)=/.test(url.search))
      return handler(request, context)

    const payload = await getPayload({ config: configPromise })
    const key = url.pathname + url.search
    const hit = entries.get(key)
    // With an entry to serve, the generation check and the rate limit's count are two
    // round trips to PostgreSQL: made at once, not one after the other. (An entry that
    // turns out stale is then counted here and again by Payload: once per key per write.)
    const [generation, refused] = await Promise.all([
      currentGeneration({ payload }),
      hit ? limitAnonymous(payload, clientAddress(request)) : null,
    ])
    if (hit && hit.generation === generation) {
      if (refused) return refused
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
    if (hit) forget(key)

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
