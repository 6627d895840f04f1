import type { Migration, Payload } from 'payload'

import { env } from '../env'
import { migrations } from '../migrations'
import { seed } from '../seed'

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
const LOCK = 'mlops-guide:prepare-database'

export async function prepareDatabase(payload: Payload) {
  const started = Date.now()
  const lock = await payload.db.pool.connect()
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [LOCK])
    // The generated index types up/down loosely; Payload accepts exactly these objects.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    const report = await seed(payload, {
      ifEmpty: true,
      adminEmail: env.SEED_ADMIN_EMAIL,
      adminPassword: env.SEED_ADMIN_PASSWORD,
      log: (line) => payload.logger.info(`seed: ${line}`),
    })
    payload.logger.info(
      `database ready in ${Date.now() - started} ms (migrations applied; ${report.skipped ? 'content present' : 'guide seeded'})`,
    )
  } finally {
    await lock.query('select pg_advisory_unlock(hashtext($1))', [LOCK]).catch(() => {})
    lock.release()
  }
}
