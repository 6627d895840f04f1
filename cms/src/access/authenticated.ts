import type { Access } from 'payload'

import { isCmsUser } from './roles'

/**
 * A person signed in to the CMS (a `users` account: admin or editor). API clients are
 * authenticated too, but only to read: they never pass this rule.
 */
export const authenticated: Access = ({ req: { user } }) => isCmsUser(user)
