import { error, json } from '@sveltejs/kit'
import { SIGNATURE_HEADER, verifySignature, type ChangeNotice } from '@mlops-guide/content/webhook'

import { REVALIDATE_SECRET } from '$app/env/private'
import { applyNotice } from '#lib/server/contentStore.ts'
import { clearPageCache } from '@mlops-guide/server-runtime/page-cache'
import type { RequestHandler } from './$types'

/** The CMS's signed change notice: refetch the content, then drop rendered pages. */
export const POST: RequestHandler = async ({ request }) => {
  const body = await request.text()
  if (!REVALIDATE_SECRET) error(503, 'revalidation is not configured')
  if (!verifySignature(REVALIDATE_SECRET, body, request.headers.get(SIGNATURE_HEADER))) {
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
