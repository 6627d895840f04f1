/**
 * `pnpm --filter @mlops-guide/cms generate`: the content types (packages/content) and the
 * admin's import map, both derived from the config and never edited by hand.
 */
import './run' // its timer first (see run.ts), then the heavy modules

const [{ generateImportMap }, { generateTypes }, { default: config }] = await Promise.all([
  import('payload'),
  import('payload/node'),
  import('../payload.config'),
])
const sanitized = await config
await generateTypes(sanitized)
await generateImportMap(sanitized)
process.exit(0)
