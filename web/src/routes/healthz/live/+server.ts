import { json } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

/**
 * Liveness: 200 while this process serves HTTP at all. Readiness (/healthz) fails while the
 * site has no content; restarting the process (Kubernetes' livenessProbe) would not fix that.
 */
export const GET: RequestHandler = () =>
  json(
    { status: 'ok', uptimeSeconds: Math.round(process.uptime()) },
    { headers: { 'cache-control': 'no-store' } },
  )
