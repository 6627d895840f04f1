import type { Access } from 'payload'

/**
 * A person signed in to the CMS (a `users` account: admin or editor). API clients are
 * authenticated too, but only to read: they never pass this rule.
 */
export const authenticated: Access = ({ req: { user } }) => user?.collection === 'users'
