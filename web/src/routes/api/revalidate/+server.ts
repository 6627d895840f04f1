import { error, json } from '@sveltejs/kit'
import {
  createReplayGuard,
  SIGNATURE_HEADER,
  verifySignature,
  type ChangeNotice,
} from '@mlops-guide/content/webhook'

import { REVALIDATE_SECRET } from '$app/env/private'
import { applyNotice } from '#lib/server/contentStore.ts'
import { clearPageCache } from '@mlops-guide/server-runtime/page-cache'
import type { RequestHandler } from './$types'

const replays = createReplayGuard()

/** The CMS's signed change notice: refetch the content, then drop rendered pages. */
export const POST: RequestHandler = async ({ request }) => {
  const body = await request.text()
  if (!REVALIDATE_SECRET) error(503, 'revalidation is not configured')
  const signature = request.headers.get(SIGNATURE_HEADER)
  if (!verifySignature(REVALIDATE_SECRET, body, signature)) {
    error(401, 'invalid or expired signature')
  }
  if (!replays.firstUse(signature!)) error(409, 'this notice was already received')
  let notice: ChangeNotice
  try {
    notice = JSON.parse(body)
  } catch {
    error(400, 'body must be JSON')
  }
  const result = await applyNotice(notice)
  clearPageCache()
  return json({ revalidated: true, ...result })
}
