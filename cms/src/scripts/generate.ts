/**
 * `pnpm --filter @mlops-guide/cms generate`: everything derived from the config and never
 * edited by hand: the content types, the map of relationships between collections and the
 * public GraphQL schema (all in packages/content, the contract with the site and other apps)
 * and the admin's import map.
 */
import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import { publicGraphqlSdl } from '../api/graphqlSchema'
import config from '../payload.config'
import { generateRelationships } from './generateRelationships'

const sanitized = await config
await generateTypes(sanitized)
generateRelationships(
  sanitized,
  path.join(path.dirname(sanitized.typescript.outputFile), 'relationships.ts'),
)
fs.writeFileSync(
  path.resolve(path.dirname(sanitized.typescript.outputFile), '../schema.graphql'),
  publicGraphqlSdl(sanitized),
)
await generateImportMap(sanitized)
process.exit(0)
