import type { Migration, Payload } from 'payload'

import { env } from '../env'
import { linkFiguresOnUpgrade } from '../figures/linkOnUpgrade'
import { migrations } from '../migrations'
import { seed } from '../seed'
import { fillOnUpgrade } from '../seed/fillOnUpgrade'
import { backupBeforeMigrating } from './preMigrationBackup'
import { registerSiteClient } from './siteClient'

const LOCK = 'mlops-guide:prepare-database'
/** The migration that brought live figures into rich text (the figure element). */
const LIVE_FIGURES_MIGRATION = '20261129_185026_live_figures'

type Client = { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** The migrations the database has applied; null for an empty database (no table yet). */
async function appliedMigrations(client: Client): Promise<string[] | null> {
  const table = await client.query("select to_regclass('payload_migrations') as name")
  if (table.rows[0]?.name === null) return null
  const { rows } = await client.query('select name from payload_migrations')
  return rows.map((r) => String(r.name))
}

/**
 * A database migrated by code this one does not know (another branch, or the history before
 * the migrations were squashed into one on 2026-11-29) would make Payload's migrate fail on
 * tables that already exist, with an error that says nothing useful. Say what it is instead.
 */
function refuseUnknownMigrations(applied: string[]) {
  const known = new Set<unknown>(migrations.map((m) => m.name))
  const unknown = applied.filter((name) => !known.has(name))
  if (unknown.length) {
    throw new Error(
      `The database holds migrations this CMS does not have (${unknown.join(', ')}): another version of the CMS made it. ` +
        'For the local embedded database, back it up (npm run backup) and move .data/postgres away to start afresh.',
    )
  }
}

/**
 * Makes the database ready before the CMS answers anything: backs up a database that holds
 * data when migrations are pending (preMigrationBackup.ts), applies the committed migrations
 * not yet applied, then, when the database holds no guide content, seeds the guide, and on an
 * upgrade from a release before live figures links the figures in existing prose. It runs
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
    const applied = await appliedMigrations(lock)
    refuseUnknownMigrations(applied ?? [])
    // An upgrade of a database that holds data: its backup first (an empty one has nothing
    // to lose). Replicas waiting on the lock find nothing pending and take none.
    const pending = applied?.length
      ? migrations.map((m) => m.name).filter((n) => !applied.includes(n))
      : []
    const backup = pending.length
      ? backupBeforeMigrating(payload, env.DATABASE_URL, pending, env.PRE_MIGRATION_BACKUP)
      : null
    // The generated index types up/down loosely; Payload accepts exactly these objects.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    const report = await seed(payload, {
      ifEmpty: true,
      adminEmail: env.SEED_ADMIN_EMAIL,
      adminPassword: env.SEED_ADMIN_PASSWORD,
      log: (line) => payload.logger.info(`seed: ${line}`),
    })
    // Content from a release before live figures: its prose gets them now, once (the
    // migration that introduced them is applied only once). Later text typed as a figure
    // was the editors' choice and stays text (the dashboard lists any that disagree).
    const upgradeLog = (line: string) => payload.logger.info(line)
    await upgradeContent(backup, async () => {
      if (pending.includes(LIVE_FIGURES_MIGRATION)) await linkFiguresOnUpgrade(payload, upgradeLog)
      // Content later releases added to the model (learning path, ...), from the guide.
      await fillOnUpgrade(payload, pending, upgradeLog)
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

/**
 * Runs the steps that bring existing content up to this release. Their migrations are applied
 * by now, so a next start would not run them again: on failure, say how to get back.
 */
async function upgradeContent(backup: string | null, steps: () => Promise<void>) {
  await steps().catch((error) => {
    throw new Error(
      `Bringing existing content up to this version failed (${(error as Error).message}). ` +
        (backup
          ? `Restore ${backup} (npm run restore -- <file>) and start this version again.`
          : 'Restore a backup from before this upgrade and start this version again.'),
      { cause: error },
    )
  })
}
