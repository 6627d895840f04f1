import type { Plugin } from 'payload'

import {
  notifySitesOfChange,
  notifySitesOfDelete,
  notifySitesOfGlobalChange,
} from '../hooks/notifySites'

/**
 * Adds the site notification hooks to every collection and global whose content readers
 * see (all with drafts), so no collection can be added and forgotten.
 */
export const revalidateSites: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), notifySitesOfChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), notifySitesOfDelete],
          },
        }
      : collection,
  ),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), notifySitesOfGlobalChange],
    },
  })),
})
