import type { Access } from 'payload'

import { isCmsUser } from './roles'

/** People signed in to the CMS see drafts too; everyone else (API keys included) only published documents. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (isCmsUser(user)) return true
  return { _status: { equals: 'published' } }
}
