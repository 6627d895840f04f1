/**
 * `pnpm --filter @mlops-guide/cms generate`: the content types (packages/content) and the
 * admin's import map, both derived from the config and never edited by hand.
 */
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import config from '../payload.config'

const sanitized = await config
await generateTypes(sanitized)
await generateImportMap(sanitized)
process.exit(0)
