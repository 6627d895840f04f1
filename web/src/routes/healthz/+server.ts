import { json } from '@sveltejs/kit'

import { getSnapshot } from '#lib/server/contentStore.ts'
import type { RequestHandler } from './$types'

/** Liveness and readiness: 200 while the site has content to serve (from the CMS or disk). */
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
