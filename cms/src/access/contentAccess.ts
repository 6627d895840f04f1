import { deleteContent } from './deleteContent'
import { publishedOrAuthenticated } from './publishedOrAuthenticated'
import { readVersions } from './readVersions'
import { writeContent } from './writeContent'

/** The access rules of every guide collection: readers see published documents only. */
export const contentAccess = {
  create: writeContent,
  read: publishedOrAuthenticated,
  readVersions,
  update: writeContent,
  delete: deleteContent,
}

/** The same rules for the guide's global (a global cannot be created or deleted). */
export const globalContentAccess = {
  read: publishedOrAuthenticated,
  readVersions,
  update: writeContent,
}
