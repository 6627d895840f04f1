import { error, json } from '@sveltejs/kit'
import { setTimeout as sleep } from 'node:timers/promises'
import { SIGNATURE_HEADER, verifySignature, type ChangeNotice } from '@mlops-guide/content/webhook'

import { REVALIDATE_SECRET } from '$app/env/private'
import { applyNotice } from '#lib/server/contentStore.ts'
import { firstUse } from '#lib/server/seenNotices.ts'
import { clearPageCache } from '@mlops-guide/server-runtime/page-cache'
import type { RequestHandler } from './$types'

/** The CMS's signed change notice: refetch what it names, then drop rendered pages. */
export const POST: RequestHandler = async ({ request }) => {
  const body = await request.text()
  if (!REVALIDATE_SECRET) error(503, 'revalidation is not configured')
  const signature = request.headers.get(SIGNATURE_HEADER)
  if (!verifySignature(REVALIDATE_SECRET, body, signature)) {
    error(401, 'invalid or expired signature')
  }
  if (!firstUse(signature!)) error(409, 'this notice was already received')
  let notice: ChangeNotice
  try {
    notice = JSON.parse(body)
  } catch {
    error(400, 'body must be JSON')
  }
  const applied = applyNotice(notice).then(
    (result) => {
      clearPageCache()
      return result
    },
    (e: Error) => {
      console.warn(`change notice not applied: ${e.message}; the timer's refresh will bring it`)
      return null
    },
  )
  // The CMS waits 5 s for an answer; a notice still being retried (the CMS rate limiting or
  // restarting) goes on in the background and is answered 202.
  const result = await Promise.race([applied, sleep(3000, 'pending' as const)])
  if (result === 'pending') return json({ accepted: true }, { status: 202 })
  if (!result) error(502, 'the content API did not answer; the next refresh will bring it')
  return json({ revalidated: true, ...result })
}
