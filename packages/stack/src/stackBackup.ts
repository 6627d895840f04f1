import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { backupDatabase, restoreDatabase } from './backup.ts'
import { embeddedUrl, runningServer, startEmbeddedDatabase, type Database } from './database.ts'
import { runningApps } from './leftovers.ts'
import { step } from './log.ts'
import { freePort } from './processes.ts'
import { queryDatabase } from './sql.ts'

type Env = Record<string, string | undefined>

const query = async <T>(url: string, sql: string): Promise<T> =>
  (await queryDatabase<T>(url, sql))[0] as T

/**
 * The stack's own database: DATABASE_URL when set; else the embedded server on
 * `<dataDir>/postgres`, at the port its postmaster.pid names (not EMBEDDED_POSTGRES_PORT,
 * which may have changed since, or point at another server with the same default login),
 * checked by asking the server for its data directory; else that server started for the
 * occasion on a free port.
 */
export async function stackDatabase(dataDir: string, env: Env): Promise<Database> {
  if (env.DATABASE_URL) {
    step('using the PostgreSQL server in DATABASE_URL')
    return { url: env.DATABASE_URL, stop: async () => {} }
  }
  const dir = path.join(dataDir, 'postgres')
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new Error(`no database in ${dir} and DATABASE_URL is unset: start the stack once first`)
  }
  const server = runningServer(dir)
  if (!server) {
    return startEmbeddedDatabase({ dataDir: dir, port: await freePort(), database: 'mlops_guide' })
  }
  const url = embeddedUrl(server.port, 'mlops_guide')
  const { data_directory } = await query<{ data_directory: string }>(
    url,
    `select current_setting('data_directory') as data_directory`,
  )
  if (fs.realpathSync(data_directory) !== fs.realpathSync(dir)) {
    throw new Error(
      `port ${server.port} (from ${dir}/postmaster.pid) is served from ${data_directory}, ` +
        `not ${dir}: not touching it`,
    )
  }
  step(`using the running PostgreSQL of ${dir} (pid ${server.pid}, port ${server.port})`)
  return { url, stop: async () => {} }
}

/**
 * A restore replaces every table: the CMS would keep serving (and writing) through open
 * connections and caches, and the site keeps what it loaded. So it needs the apps stopped:
 * those this stack recorded (`npm start`), and any other client of the database (compose,
 * a CMS started by hand), seen in pg_stat_activity.
 */
export async function assertNothingRuns(dataDir: string, url: string) {
  const { apps, stack } = runningApps(dataDir)
  if (apps.length > 0) {
    const list = apps.map((a) => `the ${a.name} (pid ${a.pid})`).join(' and ')
    const how = stack
      ? `stop \`npm start\` first (Ctrl-C in its terminal, or kill -INT ${stack})`
      : `stop them first (kill ${apps.map((a) => a.pid).join(' ')})`
    const verb = apps.length === 1 ? 'runs' : 'run'
    throw new Error(`refusing to restore while ${list} of this stack ${verb}: ${how}`)
  }
  const { sessions, clients } = await query<{ sessions: number; clients: string | null }>(
    url,
    `select count(*)::int as sessions,
       string_agg(distinct coalesce(nullif(application_name, ''), host(client_addr), 'local socket'), ', ') as clients
     from pg_stat_activity
     where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`,
  )
  if (sessions > 0) {
    throw new Error(
      `refusing to restore while ${sessions} other connection(s) use the database ` +
        `(${clients}): stop the CMS and anything else connected to it first ` +
        `(compose: docker-compose stop cms web)`,
    )
  }
}

/** `npm run backup`: the stack's database to `file`. */
export async function backupStack(dataDir: string, env: Env, file: string) {
  const database = await stackDatabase(dataDir, env)
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    backupDatabase(database.url, file)
  } finally {
    await database.stop()
  }
}

/**
 * Records a reset content event (the CMS's SQL function, migration
 * 20261206_210000_content_events): whatever a consumer kept from before the restore may be
 * stale. The CMS delivers it to the site and to webhooks, and its read cache's generation
 * moves past every number used before, so no cached answer from before is served. A backup
 * older than content events has no such function: nothing to record.
 */
export async function announceRestore(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ present: boolean }>(
      `select to_regprocedure('record_content_event(jsonb)') is not null as present`,
    )
    if (!rows[0]?.present) return
    await client.query(
      `select record_content_event('{"change":"reset","reason":"restored"}'::jsonb)`,
    )
    step('recorded a reset event: the CMS, the site and webhooks start afresh')
  } finally {
    await client.end()
  }
}

/**
 * `npm run restore`: `file` over the stack's database, only while nothing uses it, unless
 * `whileRunning` (the reset event then refreshes what the running apps hold).
 */
export async function restoreStack(
  dataDir: string,
  env: Env,
  file: string,
  { whileRunning = false } = {},
) {
  const database = await stackDatabase(dataDir, env)
  try {
    if (!whileRunning) await assertNothingRuns(dataDir, database.url)
    restoreDatabase(database.url, file)
    await announceRestore(database.url)
  } finally {
    await database.stop()
  }
}
