import type { Migration, Payload } from 'payload'

import { env } from '../env'
import { migrations } from '../migrations'
import { seed } from '../seed'
import { registerSiteClient } from './siteClient'

const LOCK = 'mlops-guide:prepare-database'

type Client = { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * A database migrated by code this one does not know (another branch, or the history before
 * the migrations were squashed into one on 2026-11-29) would make Payload's migrate fail on
 * tables that already exist, with an error that says nothing useful. Say what it is instead.
 */
async function refuseUnknownMigrations(client: Client) {
  const table = await client.query("select to_regclass('payload_migrations') as name")
  if (table.rows[0]?.name === null) return // an empty database
  const { rows } = await client.query('select name from payload_migrations')
  const known = new Set<unknown>(migrations.map((m) => m.name))
  const unknown = rows.map((r) => r.name).filter((name) => !known.has(name))
  if (unknown.length) {
    throw new Error(
      `The database holds migrations this CMS does not have (${unknown.join(', ')}): another version of the CMS made it. ` +
        'For the local embedded database, back it up (npm run backup) and move .data/postgres away to start afresh.',
    )
  }
}

/**
 * Makes the database ready before the CMS answers anything: applies the committed migrations
 * not yet applied, then, when the database holds no guide content, seeds the guide. It runs
 * inside the CMS as Payload starts (payload.config.ts, onInit), so the server needs no
 * separate migrate or seed step and no TypeScript loader: the migrations and the seed are
 * part of the built app.
 *
 * Why not db-postgres's `prodMigrations`: it runs only when NODE_ENV is production (the dev
 * server would need a second path) and takes no lock, so two replicas starting on an empty
 * database would both create the same tables and one would exit. Here Payload's own migrate
 * runs under a PostgreSQL advisory lock: replicas take turns, and the second finds nothing
 * left to do. Payload's migrate ends the process on a failed migration, so a server never
 * serves a half-migrated schema.
 */
export async function prepareDatabase(payload: Payload) {
  const started = Date.now()
  const lock = await payload.db.pool.connect()
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [LOCK])
    await refuseUnknownMigrations(lock)
    // The generated index types up/down loosely; Payload accepts exactly these objects.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    const report = await seed(payload, {
      ifEmpty: true,
      adminEmail: env.SEED_ADMIN_EMAIL,
      adminPassword: env.SEED_ADMIN_PASSWORD,
      log: (line) => payload.logger.info(`seed: ${line}`),
    })
    await registerSiteClient(payload)
    payload.logger.info(
      `database ready in ${Date.now() - started} ms (migrations applied; ${report.skipped ? 'content present' : 'guide seeded'})`,
    )
  } finally {
    await lock.query('select pg_advisory_unlock(hashtext($1))', [LOCK]).catch(() => {})
    lock.release()
  }
}
