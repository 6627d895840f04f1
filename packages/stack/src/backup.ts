import { spawnSync } from 'node:child_process'

import { step } from './log.ts'

/**
 * Database backups with PostgreSQL's own tools: pg_dump's custom format (compressed,
 * restorable table by table) and pg_restore. They must be at least the server's version:
 * Debian's postgresql-client (15) matches the embedded server; for another server point
 * PG_DUMP / PG_RESTORE at matching binaries.
 */
function run(tool: 'pg_dump' | 'pg_restore', args: string[]) {
  const bin = (tool === 'pg_dump' ? process.env.PG_DUMP : process.env.PG_RESTORE) || tool
  const result = spawnSync(bin, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' })
  if (result.error) {
    throw new Error(
      `${bin} could not run (${result.error.message}): install PostgreSQL's client tools ` +
        `(Debian: apt-get install postgresql-client) or set ${tool === 'pg_dump' ? 'PG_DUMP' : 'PG_RESTORE'}`,
    )
  }
  if (result.status !== 0) throw new Error(`${bin} failed:\n${result.stderr.trim()}`)
}

/** Writes the whole database (schema and data, no owners) to `file`. */
export function backupDatabase(url: string, file: string) {
  step(`backing up the database to ${file}`)
  run('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${file}`,
    `--dbname=${url}`,
  ])
}

/**
 * Restores `file` into the database at `url`, replacing what is there (objects in the
 * backup are dropped first), in one transaction: a failed restore changes nothing.
 */
export function restoreDatabase(url: string, file: string) {
  step(`restoring ${file} into the database`)
  run('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ])
}
