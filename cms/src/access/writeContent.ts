import type { Access } from 'payload'

import { BULK_REFUSED } from '../hooks/draftsOnlyForContributors'
import { canPublish, isCmsUser } from './roles'

/**
 * Create and update on guide content: any CMS user may write drafts; only editors and
 * admins may write a published document. Payload's admin asks this rule with
 * `{ _status: 'published' }` to decide whether to show Publish and Schedule, so a
 * contributor never sees them; the server refuses the same request all the same.
 */
export const writeContent: Access = ({ req: { context, user }, data }) => {
  if (!isCmsUser(user)) return false
  // A contributor's bulk publish is already condemned: every document of it fails with the
  // reason (hooks/draftsOnlyForContributors), which the admin shows, instead of one
  // unexplained "not allowed" that its list view reports as an unknown error.
  if (context[BULK_REFUSED]) return true
  return canPublish(user) || data?._status !== 'published'
}
