import fs from 'node:fs'
import path from 'node:path'

import { dumpDatabase } from '@mlops-guide/server-runtime/database-backup'
import type { Payload } from 'payload'

/**
 * The way back from an upgrade: before this CMS applies migrations to a database that holds
 * data, it writes the whole database with pg_dump (the archive `npm run restore` reads) to
 * `setting`, a folder (PRE_MIGRATION_BACKUP). A failed backup throws, so no migration runs:
 * an upgrade never starts without its way back unless the operator said so with `off`.
 * Returns the file written, or null when the setting is `off`.
 */
export function backupBeforeMigrating(
  payload: Payload,
  url: string,
  pending: string[],
  setting: string,
): string | null {
  const what = `${pending.length} pending migration${pending.length === 1 ? '' : 's'} (${pending.join(', ')})`
  if (setting === 'off') {
    payload.logger.warn(`applying ${what} without a backup (PRE_MIGRATION_BACKUP=off)`)
    return null
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  // Named after the last migration it predates, so the file says which upgrade it undoes.
  const file = path.resolve(setting, `mlops-guide-${stamp}-before-${pending.at(-1)}.dump`)
  const started = Date.now()
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    dumpDatabase(url, file)
  } catch (error) {
    fs.rmSync(file, { force: true })
    throw new Error(
      `The backup before migrating failed, so no migration was applied: ${(error as Error).message}\n` +
        `Fix it and start again (PRE_MIGRATION_BACKUP names the folder, now ${path.resolve(setting)}; ` +
        'PG_DUMP a pg_dump at least as new as the server), or set PRE_MIGRATION_BACKUP=off to ' +
        `apply ${what} without one.`,
      { cause: error },
    )
  }
  payload.logger.info(
    `backup before migrating written to ${file} (${fs.statSync(file).size} bytes in ` +
      `${Date.now() - started} ms); restore it with the previous release to undo this upgrade. ` +
      `Applying ${what}`,
  )
  return file
}
