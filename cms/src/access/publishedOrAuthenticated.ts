import type { Access } from 'payload'

/** Signed-in users see drafts too; everyone else sees only published documents. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
