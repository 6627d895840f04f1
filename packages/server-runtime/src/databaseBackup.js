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
 * Restores `file` into the database at `url` so that it holds exactly what the backup holds,
 * in one transaction (a failed restore changes nothing). `pg_restore --clean` alone drops
 * only the objects in the archive: tables a newer release's migrations added would stay
 * behind, and upgrading again after a rollback would fail on them ("relation already
 * exists"). So the public schema is dropped and made afresh (as PostgreSQL makes it) first,
 * and psql replays pg_restore's script after it; COMMIT is sent only when pg_restore
 * succeeded, and psql stops at the first error, which rolls the whole restore back.
 * @param {string} url
 * @param {string} file
 */
export function restoreDump(url, file) {
  const restore = process.env.PG_RESTORE || 'pg_restore'
  const psql = process.env.PSQL || 'psql'
  const fresh =
    'BEGIN; DROP SCHEMA IF EXISTS public CASCADE; ' +
    'CREATE SCHEMA public AUTHORIZATION pg_database_owner; GRANT USAGE ON SCHEMA public TO PUBLIC;'
  const script =
    `{ echo "$FRESH"; "$RESTORE" --clean --if-exists --no-owner --no-privileges --file=- "$DUMP" && echo 'COMMIT;'; }` +
    ` | "$PSQL" --quiet --no-psqlrc -v ON_ERROR_STOP=1 --dbname="$URL"`
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', script], {
    env: {
      ...process.env,
      // The drop's NOTICE lists every object; only warnings and errors are worth reading.
      PGOPTIONS: '-c client_min_messages=warning',
      FRESH: fresh,
      RESTORE: restore,
      DUMP: file,
      PSQL: psql,
      URL: url,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  if (result.error) throw new Error(`bash could not run (${result.error.message})`)
  if (result.status === 127) {
    throw new Error(
      `${restore} or ${psql} could not run: install PostgreSQL's client tools ` +
        '(Debian: apt-get install postgresql-client) or set PG_RESTORE and PSQL',
    )
  }
  // pipefail: psql's own status when it stopped at an error (3), else pg_restore's.
  const failed = result.status === 3 ? psql : restore
  if (result.status !== 0) throw new Error(`${failed} failed:\n${result.stderr.trim()}`)
}
