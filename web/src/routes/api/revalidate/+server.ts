import { error, json } from '@sveltejs/kit'
import { SIGNATURE_HEADER, verifySignature, type ChangeNotice } from '@mlops-guide/content/webhook'

import { serverEnv } from '$lib/server/env'
import { applyNotice } from '$lib/server/guideStore'
import { clearPageCache } from '$lib/server/pageCache'
import type { RequestHandler } from './$types'

/** The CMS's signed change notice: refetch the content, then drop rendered pages. */
export const POST: RequestHandler = async ({ request }) => {
  const body = await request.text()
  if (!serverEnv.revalidateSecret) error(503, 'revalidation is not configured')
  if (!verifySignature(serverEnv.revalidateSecret, body, request.headers.get(SIGNATURE_HEADER))) {
    error(401, 'invalid or expired signature')
  }
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
