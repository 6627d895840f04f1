import { getPayload, type SanitizedConfig } from 'payload'

import { budgetOf, isHealthProbe, isSignedInPerson } from '../clientBudget'
import { limitRequest } from '../enforcePublicApiLimits'

/**
 * A refusal no operation counted (the request checks' 4xx, an `asOf` 404, a path with no
 * endpoint) is counted against the client's rate limit as any read is, and carries the same
 * RateLimit fields: a client can pace itself on every answer, and malformed requests are no
 * way around the limit (past it they get the 429). Answers that already carry the fields
 * were counted; signed-in people, preflights and health probes are never limited.
 */
export async function countRefusal(
  configPromise: Promise<SanitizedConfig>,
  request: Request,
  response: Response,
): Promise<Response> {
  if (response.status < 400 || response.headers.has('ratelimit')) return response
  if (request.method === 'OPTIONS' || isHealthProbe(new URL(request.url))) return response
  if (isSignedInPerson(request)) return response
  const payload = await getPayload({ config: configPromise })
  const budget = await budgetOf(payload, request)
  if (!budget) return response
  const counted = await limitRequest(payload, budget)
  // The refusal's own headers (CORS, Vary) stay on the 429 that replaces it.
  const answer = counted.refused ?? response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  for (const [name, value] of answer.headers) headers.set(name, value)
  for (const [name, value] of counted.headers) headers.set(name, value)
  return new Response(answer.body, { status: answer.status, headers })
}
