import { APIError, type Endpoint } from 'payload'

import { enforcePublicApiLimits } from '../api/enforcePublicApiLimits'
import { changeEntry, changeRecord } from './changeRecord'

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

/**
 * An event's sequence: a whole number from 1, up to the largest JavaScript counts exactly (the
 * outbox numbers events by the clock in microseconds, sixteen digits), or a 400 naming it.
 */
function sequenceParam(value: string): number {
  const n = /^[1-9]\d{0,15}$/.test(value) ? Number(value) : NaN
  if (Number.isSafeInteger(n)) return n
  const message = `sequence must be a whole number from 1 (got ${JSON.stringify(value)})`
  throw new APIError(message, 400, { errors: [{ path: 'sequence', message }] }, true)
}

/**
 * GET /api/content-changes/{sequence}: one entry of the record, as its page shows it (the site
 * reads an entry older than its copy of the record this way, for the guide as it read before
 * it). A sequence the record does not hold is a 404, one that is no whole number a 400.
 */
export const contentChangeEndpoint: Endpoint = {
  path: '/content-changes/:sequence',
  method: 'get',
  handler: async (req) => {
    const sequence = sequenceParam(String(req.routeParams?.sequence))
    await enforcePublicApiLimits(req, { limit: 1 })
    const entry = await changeEntry(req, sequence)
    if (!entry) {
      const message = `The record of changes holds no change ${sequence}`
      throw new APIError(message, 404, { errors: [{ path: 'sequence', message }] }, true)
    }
    return Response.json(entry, { headers: { 'cache-control': 'public, max-age=60' } })
  },
}
