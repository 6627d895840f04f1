import { getPayload, type Payload } from 'payload'

import config from '../payload.config'

/**
 * Runs a CMS task with a ready Payload and exits with its outcome.
 *
 * Why not the `payload` bin: on Node 20 it exits with status 0 before doing anything in
 * about one run in eight (measured here: `payload migrate:status` printed nothing in 2 of
 * 16 runs), so a migration or seed could silently not happen. Plain `tsx` scripts calling
 * Payload's own API do not.
 */
export async function runTask(name: string, task: (payload: Payload) => Promise<void>) {
  const started = Date.now()
  try {
    const payload = await getPayload({ config })
    await task(payload)
    console.log(`[${name}] done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    process.exit(0)
  } catch (error) {
    console.error(`[${name}] failed:`, error)
    process.exit(1)
  }
}
