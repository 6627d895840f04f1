import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { enforcePublicApiLimits } from '../api/enforcePublicApiLimits'

type Args = Parameters<typeof enforcePublicApiLimits>[1]

/**
 * The public API's caps (limit, depth) and rate limits, before any operation of a REST or
 * GraphQL request (api/enforcePublicApiLimits.ts). Every collection and global has it
 * (plugins/publicApiLimits.ts adds it where a config does not list it).
 */
export const applyPublicApiLimits: CollectionBeforeOperationHook &
  GlobalBeforeOperationHook = async ({ args, req }) => {
  await enforcePublicApiLimits(req, (args ?? {}) as Args)
  return args
}
