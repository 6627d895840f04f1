import type { Payload } from 'payload'

import { apiKeyIndexes } from '../../framework/apiKeyIndex'
import { credentialsOf } from '../credentials'
import { hasSession } from '../httpCaching'

/**
 * The key of a request that an API key alone speaks for (no session cookie), in any scheme
 * the API accepts for keys (credentials.ts), else null.
 */
export function apiKeyOf(request: Request): string | null {
  const credentials = credentialsOf(request.headers.get('authorization'))
  if (credentials.kind !== 'api-key' || hasSession(request)) return null
  return credentials.key
}

/**
 * The API client a key belongs to, or null for an unknown or revoked key: the lookup
 * Payload's API-key strategy makes (by the key's stored index, framework/apiKeyIndex.ts),
 * as one query instead of a whole Payload request, so a cached answer can
 * be given to a verified key without running Payload. Revoking a key clears its index
 * (collections/ApiClients), so it stops matching here at once, as it does in Payload.
 */
export async function apiKeyClient(
  payload: Payload,
  key: string,
): Promise<{ id: number; requestsPerWindow: number | null } | null> {
  const { rows } = await payload.db.pool.query<{ id: number; limit: number | null }>(
    `SELECT id, requests_per_window::float8 AS limit FROM api_clients
     WHERE api_key_index = ANY($1) LIMIT 1`,
    [apiKeyIndexes(payload.secret, key)],
  )
  const row = rows[0]
  return row ? { id: row.id, requestsPerWindow: row.limit } : null
}
