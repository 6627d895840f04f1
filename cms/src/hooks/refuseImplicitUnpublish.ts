import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  GlobalBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'
import { APIError } from 'payload'

import { isCmsUser } from '../access/roles'

/**
 * A save that names neither `draft=true` nor `_status` never changes what readers see.
 *
 * Payload (3.90, collections/operations/updateByID.js and globals/operations/update.js)
 * starts an update from the *latest version* (getLatestCollectionVersion /
 * getLatestGlobalVersion) and fills every field the request leaves out from it, `_status`
 * included. When a published document has a newer draft, a plain save therefore writes
 * `_status: 'draft'` to the main row: it silently unpublishes (a tool 404s to readers, the
 * guide page reads as `{}`). A bulk update by `where` starts from the main row instead and
 * publishes it with the change, burying the editor's pending draft. Neither is what a save
 * that says nothing about publishing means, so both are refused with a 400 that says how to
 * ask for what was meant. Nothing is saved.
 *
 * Decided here, before the operation, because this is the only point where the request's own
 * data is seen: by beforeValidate, Payload has already copied the draft's `_status` into it.
 * Draft saves, autosaves, creates, explicit publishes and unpublishes, and saves of documents
 * without a pending draft (published or not) pass untouched.
 */

type WriteArgs = {
  id?: number | string
  where?: Where
  draft?: boolean | string
  data?: Record<string, unknown>
}

/**
 * A write that names no publishing intent (not a draft save, no `_status` in its data) by
 * someone who may write. Anyone else is refused by access later: answering them 400 here
 * would tell an anonymous client which documents have a pending draft.
 */
function saysNothingAboutPublishing(
  args: WriteArgs | undefined,
  req: PayloadRequest,
  overrideAccess: boolean | undefined,
): boolean {
  if (!args || !(overrideAccess || isCmsUser(req.user))) return false
  const isDraft = args.draft === true || args.draft === 'true'
  const data = args.data
  return !isDraft && !(data && typeof data === 'object' && '_status' in data)
}

const refusal = (what: string) => {
  const message =
    `${what} published with a newer draft; a save without _status would take the ` +
    `draft's status and unpublish it. Send _status: 'published' to publish the draft with ` +
    `your change, or save with draft=true to add your change to the draft ` +
    `(_status: 'draft' unpublishes it).`
  // Shaped like Payload's validation errors, as the API's other 400s (enforcePublicApiLimits).
  return new APIError(message, 400, { errors: [{ path: '_status', message }] }, true)
}

/** The ids, among the published documents `where` matches, whose latest version is a draft. */
async function publishedWithPendingDraft(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
): Promise<(number | string)[]> {
  // The same set Payload's update reads (the main rows, `draft` false), published ones only.
  const published = await req.payload.find({
    collection: collection,
    where: { and: [where, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = published.docs.map((doc) => doc.id)
  if (ids.length === 0) return []
  const drafts = await req.payload.db.findVersions({
    collection: collection,
    where: {
      and: [
        { parent: { in: ids } },
        { latest: { equals: true } },
        { 'version._status': { equals: 'draft' } },
      ],
    },
    pagination: false,
    req,
  })
  return drafts.docs.map((version) => version.parent as number | string)
}

export const refuseImplicitUnpublish: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  // A create makes a new document: no published version can change.
  if (operation !== 'update' || !saysNothingAboutPublishing(args, req, overrideAccess)) return args
  const { id, where } = args as WriteArgs
  const target: Where | undefined = id !== undefined ? { id: { equals: id } } : where
  if (!target) return args
  const pending = await publishedWithPendingDraft(req, collection.slug as CollectionSlug, target)
  if (pending.length > 0) {
    const ids = pending.map((one) => `#${one}`).join(', ')
    throw refusal(`${collection.slug} ${ids} ${pending.length === 1 ? 'is' : 'are each'}`)
  }
  return args
}

export const refuseImplicitUnpublishGlobal: GlobalBeforeOperationHook = async ({
  args,
  global,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || !saysNothingAboutPublishing(args, req, overrideAccess)) return args
  const main = (await req.payload.db.findGlobal({ slug: global.slug, req })) as {
    _status?: string
  } | null
  if (main?._status !== 'published') return args
  const latest = await req.payload.db.findGlobalVersions({
    global: global.slug,
    where: { latest: { equals: true } },
    limit: 1,
    pagination: false,
    req,
  })
  const version = latest.docs[0]?.version as { _status?: string } | undefined
  if (version?._status === 'draft') throw refusal(`The ${global.slug} global is`)
  return args
}
