/**
 * `pnpm --filter @mlops-guide/cms seed [--reset] [--if-empty]` (a development tool run
 * through tsx; an empty database is seeded by the server itself, database/prepareDatabase.ts).
 */
import { env } from '../env'
import { runTask } from '../scripts/run'
import { seed } from './index'

const args = new Set(process.argv.slice(2))
const started = Date.now()
const log = (line: string) =>
  console.log(`[seed ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`)

await runTask('seed', async (payload) => {
  log(args.has('--reset') ? 'resetting the guide to the original document' : 'seeding the guide')
  await seed(payload, {
    reset: args.has('--reset'),
    ifEmpty: args.has('--if-empty'),
    adminEmail: env.SEED_ADMIN_EMAIL,
    adminPassword: env.SEED_ADMIN_PASSWORD,
    log,
  })
})
