import { error, json } from '@sveltejs/kit'
import {
  changeNoticeProblem,
  SIGNATURE_HEADER,
  verifySignature,
  type ChangeNotice,
} from '@mlops-guide/content/webhook'

import { REVALIDATE_SECRET } from '$app/env/private'
import { applyEvents } from '#lib/server/contentStore.ts'
import { firstUse } from '#lib/server/seenNotices.ts'
import { clearPageCache } from '@mlops-guide/server-runtime/page-cache'
import type { RequestHandler } from './$types'

/**
 * The CMS's signed change notice: content events it recorded after their writes committed,
 * in sequence order. Refetch what they name, then drop rendered pages. Answered once they
 * are applied (the CMS waits for it before sending the next batch, so batches arrive in order).
 */
export const POST: RequestHandler = async ({ request }) => {
  const body = await request.text()
  if (!REVALIDATE_SECRET) error(503, 'revalidation is not configured')
  const signature = request.headers.get(SIGNATURE_HEADER)
  if (!verifySignature(REVALIDATE_SECRET, body, signature)) {
    error(401, 'invalid or expired signature')
  }
  if (!firstUse(signature!)) error(409, 'this notice was already received')
  let notice: unknown
  try {
    notice = JSON.parse(body)
  } catch {
    error(400, 'body must be JSON')
  }
  // Checked whole before anything is applied: a malformed event is the sender's mistake
  // (400, naming it), never a failure of the content API to answer (502).
  const problem = changeNoticeProblem(notice)
  if (problem) error(400, problem)
  try {
    const result = await applyEvents((notice as ChangeNotice).events)
    if (result.applied > 0) clearPageCache()
    return json({ revalidated: true, ...result })
  } catch (e) {
    console.warn(
      `change notice not applied: ${(e as Error).message}; the timer's refresh will bring it`,
    )
    error(502, 'the content API did not answer; the next refresh will bring it')
  }
}
