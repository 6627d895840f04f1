import type { CollectionConfig, GlobalConfig, Plugin } from 'payload'

import { applyPublicApiLimits } from '../hooks/applyPublicApiLimits'

type WithHooks = { hooks?: { beforeOperation?: unknown[] } }

function withLimits<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  const before = (entity as WithHooks).hooks?.beforeOperation ?? []
  if (before.includes(applyPublicApiLimits)) return entity
  return {
    ...entity,
    hooks: { ...entity.hooks, beforeOperation: [applyPublicApiLimits, ...before] },
  } as T
}

/**
 * The public API's caps, key check and rate limits (hooks/applyPublicApiLimits.ts) on every
 * collection and global, those other plugins add included: the redirects plugin's collection
 * answered an unknown API key as anonymous (a 200 the read cache then gave to other unknown
 * keys) until it had them. Listed last among the plugins, so it sees every collection.
 */
export const publicApiLimits: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map(withLimits),
  globals: (config.globals ?? []).map(withLimits),
})
