import type { PayloadRequest, Plugin } from 'payload'

import { enforcePublicApiLimits } from '../api/publicApiLimits'

type Args = Parameters<typeof enforcePublicApiLimits>[1]

// One hook for collections and globals alike: it only reads `req` and the operation's args.
const limitsHook = <A>({ args, req }: { args?: A; req: PayloadRequest }) => {
  enforcePublicApiLimits(req, (args ?? {}) as Args)
  return args
}

/** Applies the public API's caps and rate limits to every collection and global. */
export const publicApiLimits: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [limitsHook, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [limitsHook, ...(global.hooks?.beforeOperation ?? [])],
    },
  })),
})
