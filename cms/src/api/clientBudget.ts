import type { Payload } from 'payload'

import { clientAddress } from './clientAddress'
import { isPersonal } from './httpCaching'
import { addressBudget, type Budget, keyBudget } from './enforcePublicApiLimits'
import { apiKeyClient, apiKeyOf } from './readCache/apiKeyClient'

/**
 * Whose budget a request outside Payload's operations counts against: its address, or the
 * API key it sends. Null for a key no client has (Payload answers that with its 401).
 */
export async function budgetOf(payload: Payload, request: Request): Promise<Budget | null> {
  const apiKey = apiKeyOf(request)
  if (apiKey === null) return addressBudget(clientAddress(request))
  const client = await apiKeyClient(payload, apiKey)
  return client && keyBudget(client)
}

/** A health probe: it must reach the database every time, and is never counted or cached. */
export const isHealthProbe = (url: URL) => /^\/api\/health(\/|$)/.test(url.pathname)

/**
 * Someone signed in to the CMS (a session, or their token), not an API key: never limited,
 * never answered from the read cache. `apiKey` when the caller has read it already.
 */
export const isSignedInPerson = (request: Request, apiKey = apiKeyOf(request)) =>
  isPersonal(request) && apiKey === null
