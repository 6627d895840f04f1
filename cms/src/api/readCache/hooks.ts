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

/** `hooks` with, last, the bump of the content generation after every write and delete. */
export const bumpingHooks = (hooks: CollectionConfig['hooks']): CollectionConfig['hooks'] => ({
  ...hooks,
  afterChange: [...(hooks?.afterChange ?? []), bumpAfterChange],
  afterDelete: [...(hooks?.afterDelete ?? []), bumpAfterDelete],
})

/**
 * A collection outside the guide's content events whose every write and delete bumps the content
 * generation (the read cache's key): media (and redirects, through bumpingHooks).
 */
export const bumpingCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: bumpingHooks(collection.hooks),
})
