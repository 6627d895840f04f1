import { spawnSync } from 'node:child_process'

/**
 * Database backups with PostgreSQL's own tools: pg_dump's custom format (compressed,
 * restorable table by table) and pg_restore. One implementation for `npm run backup` /
 * `restore` (@mlops-guide/stack) and the CMS's backup before it migrates
 * (cms/src/database/preMigrationBackup.ts), so both write the same archives. The tools must
 * be at least the server's version: Debian's postgresql-client (15) matches the embedded
 * server and the compose one; for another server point PG_DUMP / PG_RESTORE at matching
 * binaries.
 */

/**
 * @param {'pg_dump' | 'pg_restore'} tool
 * @param {string[]} args
 */
function run(tool, args) {
  const variable = tool === 'pg_dump' ? 'PG_DUMP' : 'PG_RESTORE'
  const bin = process.env[variable] || tool
  const result = spawnSync(bin, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' })
  if (result.error) {
    throw new Error(
      `${bin} could not run (${result.error.message}): install PostgreSQL's client tools ` +
        `(Debian: apt-get install postgresql-client) or set ${variable}`,
    )
  }
  if (result.status !== 0) throw new Error(`${bin} failed:\n${result.stderr.trim()}`)
}

/**
 * Writes the whole database (schema and data, no owners) to `file`.
 * @param {string} url
 * @param {string} file
 */
export function dumpDatabase(url, file) {
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
 * @param {string} url
 * @param {string} file
 */
export function restoreDump(url, file) {
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
