import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'

/**
 * GET /api/health: 200 when the CMS can reach its database, 503 otherwise.
 *
 * It also makes sure this server works the jobs queue (scheduled publishing, jobs.ts):
 * server.js calls it once at start, and probes keep calling it. Payload starts its job
 * crons only when asked through getPayload({ cron: true }); asking here, inside the app's
 * own bundle, starts them on the same Payload the API uses (a second bundle, such as
 * Next's instrumentation hook, would start a second Payload whose error classes the API
 * does not recognise). Idempotent: later calls find the crons running.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    await getPayload({ config: req.payload.config, cron: true })
    const started = performance.now()
    // Connections in use, idle, and requests waiting for one: the first thing to look at
    // when the CMS is slow.
    const { totalCount, idleCount, waitingCount } = req.payload.db.pool
    const pool = { total: totalCount, idle: idleCount, waiting: waitingCount }
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
      const ms = Math.round(performance.now() - started)
      return Response.json({ status: 'ok', database: { status: 'ok', ms, pool } })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'health check: database unreachable')
      return Response.json(
        { status: 'error', database: { status: 'unreachable', pool } },
        { status: 503 },
      )
    }
  },
}
