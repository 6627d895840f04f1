/**
 * `pnpm --filter @mlops-guide/cms generate`: everything derived from the config and never
 * edited by hand: the content types and the map of references between collections (both in
 * packages/content, the contract with the site and other apps) and the admin's import map.
 */
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import config from '../payload.config'
import { generateReferences } from './generateReferences'

const sanitized = await config
await generateTypes(sanitized)
generateReferences(
  sanitized,
  path.join(path.dirname(sanitized.typescript.outputFile), 'references.ts'),
)
await generateImportMap(sanitized)
process.exit(0)
