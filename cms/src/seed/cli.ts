/**
 * `pnpm --filter @mlops-guide/cms seed [--reset] [--if-empty]` (tsx, see scripts/run.ts).
 */
import { runTask } from '../scripts/run'

const args = new Set(process.argv.slice(2))
const started = Date.now()
const log = (line: string) =>
  console.log(`[seed ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`)

await runTask('seed', async (payload) => {
  // Loaded inside the task, after run.ts's timer exists (see run.ts).
  const [{ env }, { seed }] = await Promise.all([import('../env'), import('./index')])
  log(args.has('--reset') ? 'resetting the guide to the original document' : 'seeding the guide')
  await seed(payload, {
    reset: args.has('--reset'),
    ifEmpty: args.has('--if-empty'),
    adminEmail: env.SEED_ADMIN_EMAIL,
    adminPassword: env.SEED_ADMIN_PASSWORD,
    log,
  })
})
