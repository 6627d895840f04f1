import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
} from 'payload'

import { bumpGeneration } from './generation'

const bumpAfterChange: CollectionAfterChangeHook = async ({ req, doc }) => {
  await bumpGeneration(req)
  return doc
}
const bumpAfterDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
  await bumpGeneration(req)
  return doc
}

/**
 * A collection outside the guide's content events whose every write and delete bumps the content
 * generation (the read cache's key): media.
 */
export const bumpingCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), bumpAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), bumpAfterDelete],
  },
})
