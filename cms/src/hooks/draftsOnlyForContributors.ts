import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { canPublish, isCmsUser } from '../access/roles'

const REFUSAL =
  'Contributors can save drafts but cannot publish, unpublish or schedule. Save a draft and ask an editor to publish it.'

type Args = { draft?: boolean | string; data?: { _status?: string } } | undefined

/**
 * The access rule (writeContent) already refuses a contributor's publish, but with Payload's
 * generic "not allowed". This runs first and says why. It also catches what the access rule
 * cannot see: a write without `draft=true` changes the live document (an unpublish, or
 * a publish of the latest draft), so a contributor's every write must be a draft.
 */
function refuseUnlessDraft(args: Args, user: unknown, overrideAccess?: boolean) {
  const who = user as Parameters<typeof canPublish>[0]
  if (overrideAccess || !isCmsUser(who) || canPublish(who)) return
  const isDraft = args?.draft === true || args?.draft === 'true'
  if (!isDraft || args?.data?._status === 'published') {
    throw new APIError(REFUSAL, 403, null, true)
  }
}

const WRITES = new Set(['create', 'update', 'updateByID', 'restoreVersion'])

export const draftsOnlyForContributors: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (WRITES.has(operation)) refuseUnlessDraft(args as Args, req.user, overrideAccess)
  return args
}

export const draftsOnlyForContributorsGlobal: GlobalBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (WRITES.has(operation)) refuseUnlessDraft(args, req.user, overrideAccess)
  return args
}
