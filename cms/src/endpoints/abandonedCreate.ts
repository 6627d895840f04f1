import type { Endpoint, PayloadRequest } from 'payload'

import type { GuideCollectionSlug } from '@mlops-guide/content/collections'

import { isCmsUser } from '../access/roles'
import { keptBecause } from '../editor/abandonedCreates'
import { stillOpenKey } from '../editor/stillOpen'
import { privateAnswer, privateRefusal } from './privateAnswer'

/**
 * An endpoint of the admin's edit view about one of its documents: for people signed in to
 * the CMS only, the document read as they may read it (its newest version), else a refusal.
 */
const aboutOpenDocument = (
  collection: GuideCollectionSlug,
  path: string,
  handle: (req: PayloadRequest, id: number, doc: Record<string, unknown>) => Promise<Response>,
): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    if (!isCmsUser(req.user)) {
      return privateRefusal(401, 'sign in to the admin first')
    }
    // A whole number from 1 up: the API's request checks refuse any other id before this runs.
    const id = Number(req.routeParams?.id)
    const doc = await req.payload
      .findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, req })
      .catch(() => null)
    if (!doc) return privateRefusal(404, `id: no ${collection} document ${id}`)
    return handle(req, id, doc as unknown as Record<string, unknown>)
  },
})

/**
 * POST /api/<collection>/<id>/abandoned-create: the admin says an editor left a document's
 * edit view (components/AbandonedCreate.tsx). The document is deleted only if it was never
 * published and holds nothing anyone wrote: the empty draft Payload's "Create New" makes
 * as the view opens (it does so whenever drafts autosave without validation, versions.ts).
 * Anything else is left as it is and the answer says why, so a mistaken or crafted call
 * can never lose work. Payload offers no hook for leaving a create view: hence this.
 */
export const abandonedCreate = (collection: GuideCollectionSlug) =>
  aboutOpenDocument(collection, 'abandoned-create', async (req, id, doc) => {
    const { payload } = req
    await payload.kv.delete(stillOpenKey(collection, id))
    const reason = await keptBecause(payload, collection, doc, req)
    if (reason) return privateAnswer({ deleted: false, reason })
    // As the system: a contributor may not delete, but the draft is the one their visit made.
    await payload.delete({ collection, id, overrideAccess: true, req })
    return privateAnswer({ deleted: true })
  })

/**
 * POST /api/<collection>/<id>/still-open: an edit view of a document never published says it
 * is open (components/AbandonedCreate.tsx, every few minutes), so the sweep of abandoned
 * creates (editor/abandonedCreates.ts) leaves it to the editor however long they wait.
 */
export const stillOpen = (collection: GuideCollectionSlug) =>
  aboutOpenDocument(collection, 'still-open', async (req, id) => {
    await req.payload.kv.set(stillOpenKey(collection, id), new Date().toISOString())
    return privateAnswer({ open: true })
  })
