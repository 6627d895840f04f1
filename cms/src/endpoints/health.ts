import type { Endpoint, PayloadRequest } from 'payload'
import { getPayload } from 'payload'

import { databaseOutage } from '../database/outage'
import { env } from '../env'
import { startEventDispatch } from '../events/dispatch'

// A probe answers within a second even when the database hangs (a network cut, or a pool
// whose every connection is busy): the round trip gets this long, then counts as failed.
const PROBE_TIMEOUT_MS = 800

// Probes read the truth every time: no HTTP cache may keep an answer (the read cache and the
// rate limit skip these paths too: api/readCache/readCache.ts).
const NOT_STORED = { 'Cache-Control': 'no-store' }

/** `work`, or a rejection once `ms` have passed without it settling. */
async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** One round trip to PostgreSQL, and the pool's figures (the first thing to look at when slow). */
async function checkDatabase(req: PayloadRequest) {
  const started = performance.now()
  // Connections in use, idle, and requests waiting for one.
  const { totalCount, idleCount, waitingCount } = req.payload.db.pool
  const pool = { total: totalCount, idle: idleCount, waiting: waitingCount }
  try {
    await within(req.payload.db.pool.query('select 1'), PROBE_TIMEOUT_MS)
    return { status: 'ok' as const, ms: Math.round(performance.now() - started), pool }
  } catch (error) {
    const cause = databaseOutage(error) ?? (error as Error)
    const reason = (cause as { code?: string }).code ?? cause.message
    return { status: 'unreachable' as const, error: reason, pool }
  }
}

/**
 * With uploads on S3 (plugins/mediaStorage.ts): one unsigned HEAD of the bucket's address.
 * Any answer below 500 (S3 answers 403 to an unsigned request for a private bucket) means
 * the storage service is there; credentials are not checked, since a wrong key is not
 * something a restart or a wait fixes. Unsigned on purpose: a signed HeadBucket would need
 * @aws-sdk/client-s3 as a direct dependency for one request.
 */
async function checkStorage() {
  if (!env.S3_BUCKET) return undefined
  const url = env.S3_ENDPOINT
    ? `${env.S3_ENDPOINT.replace(/\/$/, '')}/${env.S3_BUCKET}`
    : `https://${env.S3_BUCKET}.s3.${env.S3_REGION}.amazonaws.com/`
  const started = performance.now()
  try {
    const res = await fetch(url, {
      method: 'HEAD',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    })
    if (res.status >= 500) return { status: 'unreachable' as const, error: `HTTP ${res.status}` }
    return { status: 'ok' as const, ms: Math.round(performance.now() - started) }
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      return { status: 'unreachable' as const, error: `no answer within ${PROBE_TIMEOUT_MS} ms` }
    }
    const cause = ((error as Error).cause ?? error) as { code?: string; message?: string }
    return { status: 'unreachable' as const, error: cause.code ?? cause.message ?? String(error) }
  }
}

/**
 * GET /api/health, readiness: 200 when the CMS can reach its database (and its S3 storage,
 * when uploads go there), else 503 naming what it cannot reach,
 * within a second either way. A load balancer (Kubernetes' readinessProbe) stops sending
 * requests while it fails, and sends them again once the database is back: the pool
 * reconnects by itself (database/keepPoolAlive.ts), no restart needed.
 *
 * It also makes sure this server works the jobs queue (scheduled publishing, jobs.ts):
 * server.js calls it once at start, and probes keep calling it. Payload starts its job
 * crons only when asked through getPayload({ cron: true }); asking here, inside the app's
 * own bundle, starts them on the same Payload the API uses (a second bundle, such as
 * Next's instrumentation hook, would start a second Payload whose error classes the API
 * does not recognise). The content events' dispatcher (events/dispatch.ts) starts here for
 * the same reason. Idempotent: later calls find both running.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    await getPayload({ config: req.payload.config, cron: true })
    await startEventDispatch(req.payload)
    const [database, storage] = await Promise.all([checkDatabase(req), checkStorage()])
    const checks = { database, ...(storage ? { storage } : {}) }
    const failing = Object.entries(checks).flatMap(([name, check]) =>
      check.status === 'ok' ? [] : [`${name}: unreachable (${check.error})`],
    )
    if (failing.length === 0) {
      return Response.json({ status: 'ok', ...checks }, { headers: NOT_STORED })
    }
    req.payload.logger.error(`health check: ${failing.join('; ')}`)
    return Response.json(
      { status: 'unavailable', ...checks, errors: failing.map((message) => ({ message })) },
      { status: 503, headers: NOT_STORED },
    )
  },
}

/**
 * GET /api/health/live, liveness: 200 while this process serves HTTP at all. It asks nothing
 * of the database, so an outage takes the CMS out of the load balancer (readiness) without
 * getting it restarted (Kubernetes' livenessProbe), which would not bring the database back.
 */
export const liveness: Endpoint = {
  path: '/health/live',
  method: 'get',
  handler: () =>
    Response.json(
      { status: 'ok', uptimeSeconds: Math.round(process.uptime()) },
      { headers: NOT_STORED },
    ),
}
