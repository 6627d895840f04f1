/**
 * `pnpm --filter @mlops-guide/cms generate`: everything derived from the config and never
 * edited by hand: the content types and the map of relationships between collections (both in
 * packages/content, the contract with the site and other apps) and the admin's import map.
 */
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import config from '../payload.config'
import { generateRelationships } from './generateRelationships'

const sanitized = await config
await generateTypes(sanitized)
generateRelationships(
  sanitized,
  path.join(path.dirname(sanitized.typescript.outputFile), 'relationships.ts'),
)
await generateImportMap(sanitized)
process.exit(0)
