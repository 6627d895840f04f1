import type { Access } from 'payload'

import { canPublish, isCmsUser } from './roles'

/**
 * Create and update on guide content: any CMS user may write drafts; only editors and
 * admins may write a published document. Payload's admin asks this rule with
 * `{ _status: 'published' }` to decide whether to show Publish and Schedule, so a
 * contributor never sees them; the server refuses the same request all the same.
 */
export const writeContent: Access = ({ req: { user }, data }) => {
  if (!isCmsUser(user)) return false
  return canPublish(user) || data?._status !== 'published'
}
