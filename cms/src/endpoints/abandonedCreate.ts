import type { Endpoint } from 'payload'

import type { GuideCollectionSlug } from '@mlops-guide/content/collections'

import { isCmsUser } from '../access/roles'
import { holdsNothingWritten } from '../editor/holdsNothingWritten'
import { privateAnswer, privateRefusal } from './privateAnswer'

/**
 * POST /api/<collection>/<id>/abandoned-create: the admin says an editor left a document's
 * edit view (components/AbandonedCreate.tsx). The document is deleted only if it was never
 * published and holds nothing anyone wrote: the empty draft Payload's "Create New" makes
 * as the view opens (it does so whenever drafts autosave without validation, versions.ts).
 * Anything else is left as it is and the answer says why, so a mistaken or crafted call
 * can never lose work. Payload offers no hook for leaving a create view: hence this.
 */
export const abandonedCreate = (collection: GuideCollectionSlug): Endpoint => ({
  path: '/:id/abandoned-create',
  method: 'post',
  handler: async (req) => {
    if (!isCmsUser(req.user)) {
      return privateRefusal(401, 'sign in to the admin first')
    }
    // A whole number from 1 up: the API's request checks refuse any other id before this runs.
    const id = Number(req.routeParams?.id)
    const { payload } = req
    const doc = await payload
      .findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, req })
      .catch(() => null)
    if (!doc) return privateRefusal(404, `id: no ${collection} document ${id}`)
    const published = await payload.countVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      req,
    })
    const fields = payload.collections[collection].config.flattenedFields
    if (published.totalDocs > 0 || (doc as { _status?: string })._status !== 'draft') {
      return privateAnswer({ deleted: false, reason: 'it has been published' })
    }
    if (!holdsNothingWritten(fields, doc as unknown as Record<string, unknown>)) {
      return privateAnswer({ deleted: false, reason: 'it holds what someone wrote' })
    }
    // As the system: a contributor may not delete, but the draft is the one their visit made.
    await payload.delete({ collection, id, overrideAccess: true, req })
    return privateAnswer({ deleted: true })
  },
})
