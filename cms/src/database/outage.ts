/**
 * A database outage told apart from other failures, so the API answers it as what it is: 503
 * with Retry-After (the client may try again shortly; a load balancer moves on), not 500.
 * Hand-written: node-postgres gives the raw error, and no library classifies them. What counts as "the database is not there":
 * - the socket: ECONNREFUSED (server down), ECONNRESET, EPIPE, ETIMEDOUT, host lookups;
 * - PostgreSQL's SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin or crash
 *   shutdown, cannot connect now: a restart in progress);
 * - node-postgres's own messages without a code: a pool that found no connection in
 *   connectionTimeoutMillis, a connection ended under a query.
 */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
const SHUTDOWN_CODES = new Set(['57P01', '57P02', '57P03'])
const POOL_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection error and is not queryable|Client was closed and is not queryable/i

/** Seconds a client is asked to wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5

/** The connection error behind `error` (it or one of its causes), or null for any other failure. */
export function databaseOutage(error: unknown): Error | null {
  // Wrapped by Drizzle (cause) or GraphQL (originalError): the connection error is inside.
  const inner = (e: Error) => e.cause ?? (e as { originalError?: unknown }).originalError
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = inner(e), depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') {
      if (SOCKET_CODES.has(code) || SHUTDOWN_CODES.has(code) || code.startsWith('08')) return e
    }
    if (POOL_MESSAGES.test(e.message)) return e
    // AggregateError: a host name with several addresses, each refused.
    if (e instanceof AggregateError && e.errors.some((inner) => databaseOutage(inner))) return e
  }
  return null
}

/** What a client is told while the database is unreachable. */
export const outageMessage = () => `The database is unavailable; retry in ${RETRY_AFTER_SECONDS} s`

/** The same in Payload's error shape, as JSON. */
export const outageBody = () => ({ errors: [{ message: outageMessage() }] })

/** The 503 for an API request that met a database outage. */
export const outageResponse = () =>
  Response.json(outageBody(), {
    status: 503,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  })

/**
 * Runs a route's work; a database outage it throws (outside Payload's own error handling,
 * which answerDatabaseOutage covers: the read cache's and rate limit's queries, for one)
 * becomes the 503 instead of Next's bare 500.
 */
export async function answeringOutage(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (databaseOutage(error)) return outageResponse()
    throw error
  }
}
