import { APIError, type Endpoint } from 'payload'

import { enforcePublicApiLimits } from '../api/enforcePublicApiLimits'
import { changeRecord } from './changeRecord'

const DEFAULT_LIMIT = 50

/** A positive whole number from the query string, or a 400 naming the parameter. */
function positive(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN
  if (n >= 1) return n
  const message = `${name} must be a whole number from 1 (got ${JSON.stringify(value)})`
  throw new APIError(message, 400, { errors: [{ path: name, message }] }, true)
}

/**
 * GET /api/content-changes?page=&limit=: the public record of changes (changeRecord.ts),
 * newest first; the site's /changes page and its Atom feed read it. Same limits as the rest
 * of the API (limit at most API_MAX_LIMIT, rate limits).
 */
export const contentChangesEndpoint: Endpoint = {
  path: '/content-changes',
  method: 'get',
  handler: async (req) => {
    const page = positive(req.query.page, 'page', 1)
    const limit = positive(req.query.limit, 'limit', DEFAULT_LIMIT)
    await enforcePublicApiLimits(req, { limit })
    return Response.json(await changeRecord(req, { page, limit }), {
      headers: { 'cache-control': 'public, max-age=60' },
    })
  },
}
