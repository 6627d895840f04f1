import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@mlops-guide/content/types'

/**
 * The first account (made on the admin's "create first user" screen, or by the seed)
 * must be able to manage users, whatever roles it was sent with.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
