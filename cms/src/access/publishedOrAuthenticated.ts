import type { Access } from 'payload'

/** People signed in to the CMS see drafts too; everyone else (API keys included) only published documents. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user?.collection === 'users') return true
  return { _status: { equals: 'published' } }
}
