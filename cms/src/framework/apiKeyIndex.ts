import { createHmac } from 'node:crypto'

/**
 * How Payload's API-key strategy finds a key's owner (APIKeyAuthentication in
 * payload/dist/auth/strategies/apiKey.js): the header is `<collection slug> API-Key <key>`,
 * and the key is looked up by its index, the HMAC of the key with the Payload secret, hex:
 * SHA-256, or SHA-1 for keys saved before Payload 3.46. The read cache verifies a key this
 * way with one query instead of a whole Payload request (api/readCache/apiKeyClient.ts).
 * apiKeyIndex.spec.ts runs Payload's own strategy and fails when either part changes.
 */
export const apiKeyScheme = (collectionSlug: string) => `${collectionSlug} API-Key `

/** Every stored index that identifies `key` (the current one first). */
export const apiKeyIndexes = (secret: string, key: string): string[] =>
  ['sha256', 'sha1'].map((algorithm) => createHmac(algorithm, secret).update(key).digest('hex'))
