import type { Endpoint } from 'payload'
import { sql } from '@payloadcms/db-postgres'

/** GET /api/health: 200 when the CMS can reach its database, 503 otherwise. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
      const ms = Math.round(performance.now() - started)
      return Response.json({ status: 'ok', database: { status: 'ok', ms } })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'health check: database unreachable')
      return Response.json(
        { status: 'error', database: { status: 'unreachable' } },
        { status: 503 },
      )
    }
  },
}
