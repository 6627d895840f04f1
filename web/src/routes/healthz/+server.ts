import { json } from '@sveltejs/kit'

import { getSnapshot } from '#lib/server/contentStore.ts'
import type { RequestHandler } from './$types'

/**
 * Readiness: 200 while the site has content to serve (from the CMS or disk), else 503.
 * Never stored (no-store: not by HTTP caches, not by the page cache, hooks.server.ts).
 */
export const GET: RequestHandler = async () => {
  try {
    const { version, fetchedAt } = await getSnapshot()
    return json(
      { status: 'ok', content: { version, fetchedAt } },
      { headers: { 'cache-control': 'no-store' } },
    )
  } catch {
    return json(
      { status: 'unavailable' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    )
  }
}
