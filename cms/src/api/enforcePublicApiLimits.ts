import { APIError, mergeHeaders, type Payload, type PayloadRequest } from 'payload'

import { isCmsUser } from '../access/roles'
import { env } from '../env'
import { clientAddress } from './clientAddress'
import { CHALLENGE, type Credentials, credentialsOf, refusedMessage } from './credentials'
import { type Policy, rateLimitHeaders } from './rateLimitHeaders'
import { createRateLimiter } from './rateLimiter'

const limiter = createRateLimiter('api', env.RATE_LIMIT_WINDOW_SECONDS)

// Shaped like Payload's own validation errors: { errors: [{ path, message }] }.
const badRequest = (path: string, message: string) =>
  new APIError(message, 400, { errors: [{ path, message }] }, true)

/**
 * Once per API request (REST or GraphQL; never the Local API, never nested reads):
 * - `limit` between 1 and API_MAX_LIMIT (`limit=0` would return a whole table) for anyone
 *   but people signed in to the CMS, `depth` at most API_MAX_DEPTH, both with a clear 400;
 * - anonymous clients limited per address, API keys per key with their own limit,
 *   people signed in to the CMS not limited; 429 with Retry-After; every counted answer
 *   carries RateLimit-Policy and RateLimit (rateLimitHeaders.ts);
 * - an Authorization header that authenticated nobody is a 401 naming the scheme to use.
 */
export async function enforcePublicApiLimits(
  req: PayloadRequest,
  args: { limit?: number; depth?: number; draft?: boolean; overrideAccess?: boolean },
) {
  // Payload's own lookups (the API-key strategy finding the key's owner, for one) run
  // with overrideAccess on the same request: they are not the client's operation.
  if (req.payloadAPI === 'local' || args.overrideAccess) return
  // Once per request, and every operation waits for that one check: the fields of a GraphQL
  // query run at once, and a field that went on before a refusal was known would answer.
  const context = req.context as { publicApiCheck?: Promise<void> }
  context.publicApiCheck ??= checkRequest(req, args)
  await context.publicApiCheck
}

async function checkRequest(
  req: PayloadRequest,
  args: Parameters<typeof enforcePublicApiLimits>[1],
) {
  // People in the CMS are not capped: the admin itself asks for 250 (a list's relationship
  // cells) and for all (limit=0: a bulk delete of the selected documents).
  const capped = !isCmsUser(req.user)
  if (capped && args.limit !== undefined && (args.limit < 1 || args.limit > env.API_MAX_LIMIT)) {
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
  const credentials = credentialsOf(req.headers.get('authorization'))
  if (!user && credentials.kind !== 'none') {
    addHeaders(req, [['WWW-Authenticate', CHALLENGE]])
    throw new APIError(refusedMessage(credentials), 401, undefined, true)
  }
  const budget =
    user?.collection === 'api-clients' ? keyBudget(user) : addressBudget(clientAddress(req))
  const { headers, refused } = await countRequest(req.payload, budget)
  addHeaders(req, refused ? [...headers, ['Retry-After', refused.retryAfter]] : headers)
  if (refused) throw new APIError(refused.message, 429, undefined, true)
}

/** Headers for Payload to put on the answer, success or error (its handlers merge them in). */
const addHeaders = (req: PayloadRequest, headers: [string, string][]) => {
  req.responseHeaders = mergeHeaders(req.responseHeaders ?? new Headers(), new Headers(headers))
}

/** Whose requests are counted together, and how many a window allows them. */
export type Budget = { client: string; limit: number; policy: Policy }

/** An anonymous client: its address, RATE_LIMIT_ANONYMOUS. */
export const addressBudget = (address: string): Budget => ({
  client: `ip:${address}`,
  limit: env.RATE_LIMIT_ANONYMOUS,
  policy: 'anonymous',
})

/** An API key's client: its own limit (requestsPerWindow), else RATE_LIMIT_API_KEY. */
export const keyBudget = (apiClient: {
  id: number | string
  requestsPerWindow?: number | null
}): Budget => ({
  client: `key:${apiClient.id}`,
  limit: apiClient.requestsPerWindow ?? env.RATE_LIMIT_API_KEY,
  policy: 'api-key',
})

/**
 * Counts one request against `budget`: the rate-limit headers for its answer, and the
 * refusal to send instead once over the limit, else null.
 */
async function countRequest(payload: Payload, { client, limit, policy }: Budget) {
  const verdict = await limiter.hit(payload.db.pool, client, limit)
  const headers = rateLimitHeaders(policy, limit, env.RATE_LIMIT_WINDOW_SECONDS, verdict)
  if (verdict.allowed) return { headers, refused: null }
  const retryAfter = String(verdict.retryAfterSeconds)
  const message = `Too many requests: ${limit} per ${env.RATE_LIMIT_WINDOW_SECONDS} s; retry in ${retryAfter} s`
  return { headers, refused: { retryAfter, message } }
}

/** Takes back a request counted by limitRequest that Payload is about to count again. */
export async function refundRequest(payload: Payload, { client }: Budget) {
  await limiter.refund(payload.db.pool, client)
}

/** A request counted outside Payload: its answer's rate-limit headers, and the 429 to send, or null. */
export type Counted = { headers: [string, string][]; refused: Response | null }

/**
 * The rate limit for an answer served without Payload (readCache): counts the request as
 * the hook above would.
 */
export async function limitRequest(payload: Payload, budget: Budget): Promise<Counted> {
  const { headers, refused } = await countRequest(payload, budget)
  if (!refused) return { headers, refused: null }
  return {
    headers,
    refused: Response.json(
      { errors: [{ message: refused.message }] },
      { status: 429, headers: [...headers, ['Retry-After', refused.retryAfter]] },
    ),
  }
}

/** The 401 for credentials that name no client, given without Payload (readCache), as the hook above gives it. */
export const unauthorized = (credentials: Credentials) =>
  Response.json(
    { errors: [{ message: refusedMessage(credentials) }] },
    { status: 401, headers: { 'WWW-Authenticate': CHALLENGE } },
  )
