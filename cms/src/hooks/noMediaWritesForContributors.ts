import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { canPublish, isCmsUser } from '../access/roles'

export const MEDIA_REFUSAL =
  'Contributors cannot upload, replace or delete images: an image is public as soon as it is saved. Ask an editor to do it.'

const WRITES = new Set(['create', 'update', 'delete'])

/**
 * The access rule (editorsOnly) refuses a contributor's image write with Payload's generic
 * "not allowed"; this says why, as contributors are told for a publish
 * (draftsOnlyForContributors). It runs before access, and refuses nothing access allows.
 */
export const noMediaWritesForContributors: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req: { user },
}) => {
  if (WRITES.has(operation) && !overrideAccess && isCmsUser(user) && !canPublish(user))
    throw new APIError(MEDIA_REFUSAL, 403, null, true)
  return args
}
