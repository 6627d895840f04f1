/**
 * Runs once when the CMS server starts (Next's instrumentation hook). Starting Payload here
 * with its crons makes the server work the jobs queue on its own, so a publish scheduled for
 * 09:00 happens at 09:00 even if nobody opens the admin or calls the API.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config, cron: true })
}
