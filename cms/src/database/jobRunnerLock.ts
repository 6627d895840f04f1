import pg from 'pg'
import type { Payload } from 'payload'

import { env } from '../env'

const LOCK = 'mlops-guide:job-runner'

let holder: pg.Client | null = null
let lastCheck = Promise.resolve(false)

/**
 * Whether this process is the one that works the jobs queue now (jobs.ts, shouldAutoRun).
 *
 * Every CMS process runs the job cron, but Payload claims due jobs by reading them and then
 * marking them (db-postgres updateJobs: a find, then one update per job), so two processes
 * ticking in the same second can both claim, and run, the same scheduled publish. Here one
 * process at a time holds a PostgreSQL session advisory lock on its own connection and works
 * the queue; the others skip their ticks. When that process stops or its connection drops,
 * PostgreSQL releases the lock and another process takes it over on its next tick.
 */
export function isJobRunner(payload: Payload): Promise<boolean> {
  // A slow check (the database restarting) is never run twice at once.
  lastCheck = lastCheck.then(() => check(payload)).catch(() => false)
  return lastCheck
}

async function check(payload: Payload): Promise<boolean> {
  if (holder) {
    // A live session still holds its session lock; a dead one has lost it.
    const alive = await holder.query('select 1').then(
      () => true,
      () => false,
    )
    if (alive) return true
    drop()
  }
  // Its own connection, not one of Payload's pool: the lock lives as long as the session.
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  client.on('error', (err) => {
    payload.logger.warn(`job runner lock connection lost (${err.message})`)
    if (holder === client) drop()
  })
  try {
    await client.connect()
    const { rows } = await client.query<{ got: boolean }>(
      'select pg_try_advisory_lock(hashtext($1)) as got',
      [LOCK],
    )
    if (rows[0]?.got) {
      holder = client
      payload.logger.info('this process now runs the jobs queue')
      return true
    }
  } catch {
    // The database is unreachable: nobody runs jobs until it is back.
  }
  await client.end().catch(() => {})
  return false
}

function drop() {
  const client = holder
  holder = null
  client?.end().catch(() => {})
}
