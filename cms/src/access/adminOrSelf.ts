import type { Access } from 'payload'

import { hasRole, isCmsUser } from './roles'

/** Admins reach every user; an editor only their own account; API clients none. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!isCmsUser(user)) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
