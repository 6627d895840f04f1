import type { Plugin } from 'payload'

import { enforcePublicApiLimits } from '../api/publicApiLimits'

/** Applies the public API's caps and rate limits to every collection and global. */
export const publicApiLimits: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ({ args, req }) => {
          enforcePublicApiLimits(req, args as Parameters<typeof enforcePublicApiLimits>[1])
          return args
        },
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [
        ({ args, req }) => {
          enforcePublicApiLimits(req, args as Parameters<typeof enforcePublicApiLimits>[1])
          return args
        },
        ...(global.hooks?.beforeOperation ?? []),
      ],
    },
  })),
})
