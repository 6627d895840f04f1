import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  GlobalBeforeOperationHook,
} from 'payload'
import { APIError } from 'payload'

import { canPublish, isCmsUser } from '../access/roles'

/** What a contributor is told when they try to make anything public (publish or schedule). */
export const CONTRIBUTOR_REFUSAL =
  'Contributors can save drafts but cannot publish, unpublish or schedule. Save a draft and ask an editor to publish it.'

/**
 * Set on a bulk write a contributor may not make: each document then fails with
 * CONTRIBUTOR_REFUSAL (refuseBulkWritesOfContributors), and writeContent lets the request
 * reach that point.
 */
export const BULK_REFUSED = 'contributorBulkWriteRefused'

type Args = { id?: unknown; draft?: boolean | string; data?: { _status?: string } } | undefined

/**
 * True when a contributor asks for more than a draft. The access rule (writeContent)
 * refuses a contributor's publish too, but with Payload's generic "not allowed"; this says
 * why. It also catches what the access rule cannot see: a write without `draft=true`
 * changes the live document (an unpublish, or publishing the latest draft), so every
 * write of a contributor's must be a draft.
 */
function isRefused(args: Args, user: unknown, overrideAccess?: boolean): boolean {
  const who = user as Parameters<typeof canPublish>[0]
  if (overrideAccess || !isCmsUser(who) || canPublish(who)) return false
  const isDraft = args?.draft === true || args?.draft === 'true'
  return !isDraft || args?.data?._status === 'published'
}

export const contributorRefusal = () => new APIError(CONTRIBUTOR_REFUSAL, 403, null, true)
const WRITES = new Set(['create', 'update', 'restoreVersion'])

export const draftsOnlyForContributors: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (!WRITES.has(operation) || !isRefused(args as Args, req.user, overrideAccess)) return args
  // A bulk update (the list's "Publish" on selected rows) reports errors per document, and
  // the admin shows those messages; a thrown error would reach it as "unknown error".
  const bulk = operation === 'update' && (args as Args)?.id === undefined
  if (!bulk) throw contributorRefusal()
  req.context[BULK_REFUSED] = true
  return args
}

export const refuseBulkWritesOfContributors: CollectionBeforeValidateHook = ({ data, req }) => {
  if (req.context[BULK_REFUSED]) throw contributorRefusal()
  return data
}

export const draftsOnlyForContributorsGlobal: GlobalBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (WRITES.has(operation) && isRefused(args as Args, req.user, overrideAccess))
    throw contributorRefusal()
  return args
}
