/**
 * `pnpm --filter @mlops-guide/cms seed [--reset] [--if-empty]`, run through `payload run`
 * so the config, its env and the database adapter load exactly as in the server.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '../env'
import { seed } from './index'

const args = new Set(process.argv.slice(2))
const started = Date.now()
const log = (line: string) =>
  console.log(`[seed ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`)

const payload = await getPayload({ config })
try {
  log(args.has('--reset') ? 'resetting the guide to the original document' : 'seeding the guide')
  await seed(payload, {
    reset: args.has('--reset'),
    ifEmpty: args.has('--if-empty'),
    adminEmail: env.SEED_ADMIN_EMAIL,
    adminPassword: env.SEED_ADMIN_PASSWORD,
    log,
  })
  log('done')
} finally {
  await payload.destroy()
}
process.exit(0)
