import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins reach every user; an editor only their own account; API clients none. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (user?.collection !== 'users') return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
