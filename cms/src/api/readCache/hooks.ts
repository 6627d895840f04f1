import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
} from 'payload'

import { bumpGeneration } from './generation'

const bumpAfterChange: CollectionAfterChangeHook & GlobalAfterChangeHook = async ({ req, doc }) => {
  await bumpGeneration(req)
  return doc
}
const bumpAfterDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
  await bumpGeneration(req)
  return doc
}

/** A collection whose every write and delete bumps the content generation (the read cache's key). */
export const bumpingCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), bumpAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), bumpAfterDelete],
  },
})

export const bumpingGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), bumpAfterChange] },
})
