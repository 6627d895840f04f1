import type { Endpoint, SanitizedConfig } from 'payload'

import { publicGraphqlSdl } from '../api/graphqlSchema'

let built: { config: SanitizedConfig; sdl: string } | null = null

/**
 * GET /api/graphql/schema.graphql: the public GraphQL schema as SDL, for code generators
 * (graphql-codegen, gql.tada) and for people. Built once per process from the config.
 */
export const graphqlSchema: Endpoint = {
  path: '/graphql/schema.graphql',
  method: 'get',
  handler: (req) => {
    if (built?.config !== req.payload.config) {
      built = { config: req.payload.config, sdl: publicGraphqlSdl(req.payload.config) }
    }
    return new Response(built.sdl, {
      headers: { 'content-type': 'application/graphql; charset=utf-8' },
    })
  },
}
