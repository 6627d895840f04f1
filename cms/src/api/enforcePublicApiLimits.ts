import { APIError, type Payload, type PayloadRequest } from 'payload'

import { isCmsUser } from '../access/roles'
import { env } from '../env'
import { clientAddress } from './clientAddress'
import { createRateLimiter } from './rateLimiter'

const limiter = createRateLimiter('api', env.RATE_LIMIT_WINDOW_SECONDS)

// Shaped like Payload's own validation errors: { errors: [{ path, message }] }.
const badRequest = (path: string, message: string) =>
  new APIError(message, 400, { errors: [{ path, message }] }, true)

/**
 * Once per API request (REST or GraphQL; never the Local API, never nested reads):
 * - `limit` between 1 and API_MAX_LIMIT (`limit=0` would return a whole table),
 *   `depth` at most API_MAX_DEPTH, both with a clear 400;
 * - anonymous clients limited per address, API keys per key with their own limit,
 *   people signed in to the CMS not limited; 429 with Retry-After.
 */
export async function enforcePublicApiLimits(
  req: PayloadRequest,
  args: { limit?: number; depth?: number; draft?: boolean; overrideAccess?: boolean },
) {
  // Payload's own lookups (the API-key strategy finding the key's owner, for one) run
  // with overrideAccess on the same request: they are not the client's operation.
  if (req.payloadAPI === 'local' || args.overrideAccess || req.context.publicApiChecked) return
  req.context.publicApiChecked = true

  if (args.limit !== undefined && (args.limit < 1 || args.limit > env.API_MAX_LIMIT)) {
    throw badRequest(
      'limit',
      `limit must be between 1 and ${env.API_MAX_LIMIT} (got ${args.limit})`,
    )
  }
  if (args.depth !== undefined && (args.depth < 0 || args.depth > env.API_MAX_DEPTH)) {
    throw badRequest(
      'depth',
      `depth must be between 0 and ${env.API_MAX_DEPTH} (got ${args.depth})`,
    )
  }

  const user = req.user
  if (isCmsUser(user)) return
  // Drafts are for people in the CMS. For anyone else `draft=true` must answer exactly as
  // its absence does: Payload would read the latest versions and leave out each published
  // document whose latest version is a draft, so the count told which ones have drafts.
  if (args.draft) args.draft = false
  // Payload treats an unknown or revoked key as no key at all; a client that sent one
  // must hear that it failed instead of silently getting the anonymous answer.
  if (!user && /^api-clients API-Key /i.test(req.headers.get('authorization') ?? '')) {
    throw new APIError('Invalid or revoked API key', 401, undefined, true)
  }
  const budget =
    user?.collection === 'api-clients' ? keyBudget(user) : addressBudget(clientAddress(req))
  const refused = await countRequest(req.payload, budget)
  if (refused) {
    req.responseHeaders = new Headers({ 'Retry-After': refused.retryAfter })
    throw new APIError(refused.message, 429, undefined, true)
  }
}

/** Whose requests are counted together, and how many a window allows them. */
export type Budget = { client: string; limit: number }

/** An anonymous client: its address, RATE_LIMIT_ANONYMOUS. */
export const addressBudget = (address: string): Budget => ({
  client: `ip:${address}`,
  limit: env.RATE_LIMIT_ANONYMOUS,
})

/** An API key's client: its own limit (requestsPerWindow), else RATE_LIMIT_API_KEY. */
export const keyBudget = (apiClient: {
  id: number | string
  requestsPerWindow?: number | null
}): Budget => ({
  client: `key:${apiClient.id}`,
  limit: apiClient.requestsPerWindow ?? env.RATE_LIMIT_API_KEY,
})

/** Counts one request against `budget`: the refusal to send once over it, else null. */
async function countRequest(payload: Payload, { client, limit }: Budget) {
  const verdict = await limiter.hit(payload.db.pool, client, limit)
  if (verdict.allowed) return null
  const retryAfter = String(verdict.retryAfterSeconds)
  return {
    retryAfter,
    message: `Too many requests: ${limit} per ${env.RATE_LIMIT_WINDOW_SECONDS} s; retry in ${retryAfter} s`,
  }
}

/** Takes back a request counted by limitRequest that Payload is about to count again. */
export async function refundRequest(payload: Payload, { client }: Budget) {
  await limiter.refund(payload.db.pool, client)
}

/**
 * The rate limit for an answer served without Payload (readCache): counts the request as
 * the hook above would, and returns the 429 to send, or null.
 */
export async function limitRequest(payload: Payload, budget: Budget): Promise<Response | null> {
  const refused = await countRequest(payload, budget)
  if (!refused) return null
  return Response.json(
    { errors: [{ message: refused.message }] },
    { status: 429, headers: { 'Retry-After': refused.retryAfter } },
  )
}
