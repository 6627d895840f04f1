import type { Payload } from 'payload'

/**
 * Runs a CMS task with a ready Payload and exits with its outcome.
 *
 * Why not the `payload` bin: on Node 20 it exits with status 0 before doing anything in
 * about one run in eight (measured here: `payload migrate:status` printed nothing in 2 of
 * 16 runs), so a migration or seed could silently not happen. The cause is Node's, not
 * Payload's: while ES modules load through a loader thread (tsx on Node 20), the main
 * thread can hold no active handle, and Node then exits with the work unfinished (status
 * 13, "unsettled top-level await"). So this module imports nothing at run time: the timer
 * below exists before Payload, the config and the task's own modules load (dynamically,
 * inside runTask), and keeps the process alive until the task settles. Adding the S3
 * storage plugin (a large module graph) made a static import fail this way every time.
 */
setInterval(() => {}, 60_000)

export async function runTask(name: string, task: (payload: Payload) => Promise<void>) {
  const started = Date.now()
  try {
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('../payload.config'),
    ])
    const payload = await getPayload({ config })
    await task(payload)
    console.log(`[${name}] done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    process.exit(0)
  } catch (error) {
    console.error(`[${name}] failed:`, error)
    process.exit(1)
  }
}
