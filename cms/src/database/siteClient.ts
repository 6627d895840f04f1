import type { Payload } from 'payload'

import { env } from '../env'
import { apiKeyClient } from '../api/readCache/apiKeyClient'

const NAME = 'Public site'
/** The site reads a whole guide per refresh and a few documents per change notice. */
const SITE_REQUESTS_PER_WINDOW = 60_000

/**
 * Registers the public site as a named API client with SITE_API_KEY (the key the site sends),
 * so it reads on its own budget rather than its address's, which anyone on that address
 * could spend. Runs at every start (prepareDatabase): creates the client the first time,
 * gives it the new key when SITE_API_KEY was rotated, and otherwise leaves it, and the
 * limit an admin may have set, alone.
 */
export async function registerSiteClient(payload: Payload) {
  if (!env.SITE_API_KEY) return
  if (await apiKeyClient(payload, env.SITE_API_KEY)) return
  const existing = await payload.find({
    collection: 'api-clients',
    where: { name: { equals: NAME } },
    limit: 1,
    depth: 0,
  })
  const key = { enableAPIKey: true, apiKey: env.SITE_API_KEY }
  const doc = existing.docs[0]
  if (doc) {
    await payload.update({ collection: 'api-clients', id: doc.id, data: key })
    payload.logger.info(`API client "${NAME}": given the new SITE_API_KEY`)
  } else {
    await payload.create({
      collection: 'api-clients',
      data: { name: NAME, requestsPerWindow: SITE_REQUESTS_PER_WINDOW, ...key },
    })
    payload.logger.info(`API client "${NAME}" registered with SITE_API_KEY`)
  }
}
