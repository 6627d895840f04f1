import { getPayload, type Payload } from 'payload'

import config from '../payload.config'

/**
 * Runs a developer task (seed, migrate:create) with a ready Payload and exits with its
 * outcome. Opening Payload prepares the database first (pending migrations, the seed of an
 * empty one: database/prepareDatabase.ts), as the server does at start, unless `prepare` is
 * false. These scripts are development tools run through tsx; the server itself runs no
 * TypeScript loader.
 */
export async function runTask(
  name: string,
  task: (payload: Payload) => Promise<void>,
  { prepare = true } = {},
) {
  const started = Date.now()
  try {
    const payload = await getPayload({ config, disableOnInit: !prepare })
    await task(payload)
    console.log(`[${name}] done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    process.exit(0)
  } catch (error) {
    console.error(`[${name}] failed:`, error)
    process.exit(1)
  }
}
