import type { Access } from 'payload'

import { canPublish } from './roles'

/**
 * For what has no drafts and is public the moment it is saved (images): every write is a
 * publish, so it is the publishing right of editors and admins.
 */
export const editorsOnly: Access = ({ req: { user } }) => canPublish(user)
