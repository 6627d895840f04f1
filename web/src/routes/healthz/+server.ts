import { json } from '@sveltejs/kit'
import { pageCacheSize } from '@mlops-guide/server-runtime/page-cache'

import { getSnapshot } from '#lib/server/contentStore.ts'
import type { RequestHandler } from './$types'

/**
 * Readiness: 200 while the site has content to serve (from the CMS or disk), else 503.
 * Never stored (no-store: not by HTTP caches, not by the page cache, hooks.server.ts).
 * With what the page cache holds (addresses, 404 addresses, answers and their bytes): what
 * an operator, and the test of made-up addresses, read to see it stays within its bounds.
 */
export const GET: RequestHandler = async () => {
  try {
    const { version, fetchedAt } = await getSnapshot()
    return json(
      { status: 'ok', content: { version, fetchedAt }, pageCache: pageCacheSize() },
      { headers: { 'cache-control': 'no-store' } },
    )
  } catch {
    return json(
      { status: 'unavailable' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    )
  }
}
