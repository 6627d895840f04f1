import type { Payload } from 'payload'

/**
 * When PostgreSQL restarts it ends every connection, idle ones included. node-postgres
 * reports an idle connection's end as an 'error' on the pool, and db-postgres listens for
 * none: unhandled, it surfaces as an uncaught exception. Handled, the pool drops that
 * connection and opens a new one on the next query, so the CMS answers again as soon as
 * the database is back, without a restart.
 */
export function keepPoolAlive(payload: Payload) {
  payload.db.pool?.on('error', (err) =>
    payload.logger.warn(`database connection lost (${err.message}); reconnecting on next use`),
  )
}
