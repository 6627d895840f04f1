import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  backupDatabase,
  backupStack,
  freePort,
  recordApps,
  restoreDatabase,
  restoreStack,
  startCms,
  startEmbeddedDatabase,
  type Database,
  type Service,
} from '@mlops-guide/stack'

import { randomAddress } from './helpers'
import { CONTENT_COLLECTIONS } from './samples'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-backup-'))
const env = inject('cmsEnv')
const restoredUrl = (() => {
  const url = new URL(env.DATABASE_URL)
  url.pathname = `/restored_${process.pid}`
  return url.toString()
})()
let restored: Service
let restoredCms: string

/** Every public content answer another app could ask for, as raw bytes. */
const PATHS = [
  '/globals/guide-page?depth=1',
  ...CONTENT_COLLECTIONS.flatMap((c) => [`/${c}?limit=100&depth=0`, `/${c}?limit=100&depth=1`]),
  '/exports/salary-bands.csv',
  '/exports/companies.json',
]

async function raw(base: string, apiPath: string) {
  const res = await fetch(`${base}/api${apiPath}`, {
    headers: { 'x-forwarded-for': randomAddress() },
  })
  return { status: res.status, etag: res.headers.get('etag'), body: await res.text() }
}

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: env.DATABASE_URL })
  await admin.connect()
  await admin.query(`create database "restored_${process.pid}"`)
  await admin.end()
})

afterAll(async () => {
  await restored?.stop()
  const admin = new pg.Client({ connectionString: env.DATABASE_URL })
  await admin.connect()
  await admin.query(`drop database if exists "restored_${process.pid}" with (force)`)
  await admin.end()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('restores into a fresh database that serves byte-identical content API answers', async () => {
    const file = path.join(tmp, 'guide.dump')
    backupDatabase(env.DATABASE_URL, file)
    expect(fs.statSync(file).size).toBeGreaterThan(10_000)
    restoreDatabase(restoredUrl, file)

    const port = await freePort()
    restored = await startCms({ ...env, DATABASE_URL: restoredUrl }, port, { quiet: true })
    restoredCms = `http://127.0.0.1:${port}`

    for (const apiPath of PATHS) {
      const [original, copy] = await Promise.all([
        raw(inject('cmsUrl'), apiPath),
        raw(restoredCms, apiPath),
      ])
      expect(original.status, apiPath).toBe(200)
      expect(copy, apiPath).toEqual(original)
    }
  }, 90_000) // starts a second CMS: 11 s alone, 27-30 s on a loaded machine

  it('refuses to restore over a database from a file that is not a backup, changing nothing', async () => {
    const junk = path.join(tmp, 'junk.dump')
    fs.writeFileSync(junk, 'not a backup')
    const before = await raw(restoredCms, '/faqs?limit=100&depth=0')
    expect(() => restoreDatabase(restoredUrl, junk)).toThrow(/pg_restore failed/)
    expect(await raw(restoredCms, '/faqs?limit=100&depth=0')).toEqual(before)
  })
})

describe('npm run backup / restore', () => {
  // A stack's data folder as `npm start` leaves it: .data/postgres, its server running on a
  // port of its own, while another server with the same default login (postgres/postgres)
  // and database name listens on the port EMBEDDED_POSTGRES_PORT names.
  const stackDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-stack-data-'))
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-other-db-'))
  fs.chmodSync(stackDir, 0o755) // PostgreSQL runs as another user and must enter it
  const file = path.join(tmp, 'stack.dump')
  let stackDb: Database
  let otherDb: Database
  let otherPort: number

  const sql = async (url: string, text: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(text)).rows
    } finally {
      await client.end()
    }
  }
  const tablesIn = (dump: string) =>
    spawnSync(process.env.PG_RESTORE || 'pg_restore', ['--list', dump], { encoding: 'utf8' }).stdout

  beforeAll(async () => {
    const db = { database: 'mlops_guide', quiet: true }
    stackDb = await startEmbeddedDatabase({
      ...db,
      dataDir: path.join(stackDir, 'postgres'),
      port: await freePort(),
    })
    otherPort = await freePort()
    otherDb = await startEmbeddedDatabase({ ...db, dataDir: otherDir, port: otherPort })
    await sql(stackDb.url, 'create table stack_marker (note text)')
    await sql(otherDb.url, `create table other_marker (note text)`)
    await sql(otherDb.url, `insert into other_marker values ('the other server')`)
  })

  afterAll(async () => {
    await stackDb?.stop()
    await otherDb?.stop()
    fs.rmSync(stackDir, { recursive: true, force: true })
    fs.rmSync(otherDir, { recursive: true, force: true })
  })

  it("backs up the stack's running server at the port in its postmaster.pid, not the server on EMBEDDED_POSTGRES_PORT", async () => {
    expect(new URL(stackDb.url).port).not.toBe(String(otherPort))
    await backupStack(stackDir, { EMBEDDED_POSTGRES_PORT: String(otherPort) }, file)
    const tables = tablesIn(file)
    expect(tables).toContain('stack_marker')
    expect(tables).not.toContain('other_marker')
  })

  it("refuses to restore while the stack's apps run, naming them and how to stop them, changing nothing", async () => {
    await sql(stackDb.url, `insert into stack_marker values ('written after the backup')`)
    // A real CMS process, recorded the way `npm start` records its apps.
    recordApps({ stack: process.pid, cms: restored.child.pid }, stackDir)
    await expect(restoreStack(stackDir, {}, file)).rejects.toThrow(
      `refusing to restore while the cms (pid ${restored.child.pid}) of this stack runs: stop them first (kill ${restored.child.pid})`,
    )
    expect(await sql(stackDb.url, 'select note from stack_marker')).toEqual([
      { note: 'written after the backup' },
    ])
  })

  it('refuses to restore over a DATABASE_URL that a running CMS is connected to, changing nothing', async () => {
    const before = await raw(restoredCms, '/faqs?limit=100&depth=0')
    await expect(restoreStack(otherDir, { DATABASE_URL: restoredUrl }, file)).rejects.toThrow(
      /refusing to restore while \d+ other connection\(s\) use the database/,
    )
    expect(await raw(restoredCms, '/faqs?limit=100&depth=0')).toEqual(before)
  })

  it('restores over the running server once the apps are stopped', async () => {
    recordApps({}, stackDir)
    await restoreStack(stackDir, { EMBEDDED_POSTGRES_PORT: String(otherPort) }, file)
    expect(await sql(stackDb.url, 'select note from stack_marker')).toEqual([])
    expect(await sql(otherDb.url, 'select note from other_marker')).toEqual([
      { note: 'the other server' },
    ])
  })
})
