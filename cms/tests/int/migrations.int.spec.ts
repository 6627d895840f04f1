import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  cmsDir,
  freePort,
  startCms,
  startEmbeddedDatabase,
  type Database,
  type Service,
} from '@mlops-guide/stack'

const migrationNames = () =>
  fs
    .readdirSync(path.join(cmsDir, 'src/migrations'))
    .filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()

async function query<T = any>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

/** The built CMS (production server, as the image runs it) against `databaseUrl`. */
async function startServer(databaseUrl: string): Promise<Service> {
  const port = await freePort()
  return startCms({ ...inject('cmsEnv'), DATABASE_URL: databaseUrl }, port, { quiet: true })
}

describe('the CMS prepares its own database as it starts', () => {
  let db: Database
  let dir: string
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-migrate-'))
    db = await startEmbeddedDatabase({
      dataDir: dir,
      port: await freePort(),
      database: 'empty',
      quiet: true,
    })
  })
  afterAll(async () => {
    await db?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('on an empty database: builds the whole schema from the committed migrations and seeds the guide', async () => {
    const cms = await startServer(db.url)
    await cms.stop()
    const tables = (
      await query(
        db.url,
        "select table_name from information_schema.tables where table_schema = 'public'",
      )
    ).map((r) => r.table_name)
    for (const t of [
      'career_stages',
      'salary_bands',
      'roles',
      'tools',
      'tool_categories',
      'companies',
      'company_groups',
      'faqs',
      'users',
      'guide_page',
      '_faqs_v',
    ]) {
      expect(tables).toContain(t)
    }
    const applied = (await query(db.url, 'select name from payload_migrations order by name')).map(
      (r) => r.name,
    )
    expect(applied).toEqual(migrationNames())
    const [faqs] = await query(db.url, 'select count(*)::int as n from faqs')
    expect(faqs.n).toBe(5)
  })

  it('a second start applies nothing new and seeds nothing again', async () => {
    const before = await query(db.url, 'select count(*)::int as n from payload_migrations')
    const cms = await startServer(db.url)
    await cms.stop()
    expect(await query(db.url, 'select count(*)::int as n from payload_migrations')).toEqual(before)
    const [faqs] = await query(db.url, 'select count(*)::int as n from faqs')
    expect(faqs.n).toBe(5)
  })

  it('a database migrated by code the CMS does not know: refuses to start, saying why, and changes nothing', async () => {
    await query(
      db.url,
      "insert into payload_migrations (name, batch) values ('20990101_000000_elsewhere', 9)",
    )
    try {
      const before = await query(db.url, 'select count(*)::int as n from faqs')
      const port = await freePort()
      const child = spawn(process.execPath, ['server.js', '--port', String(port)], {
        cwd: cmsDir,
        env: { ...process.env, ...inject('cmsEnv'), DATABASE_URL: db.url, NODE_ENV: 'production' },
      })
      let output = ''
      child.stdout.on('data', (c) => (output += c))
      child.stderr.on('data', (c) => (output += c))
      const code = await new Promise((resolve) => child.on('exit', resolve))
      expect(code).toBe(1)
      expect(output).toMatch(/migrations this CMS does not have \(20990101_000000_elsewhere\)/)
      expect(output).toMatch(/refusing to start/)
      expect(await query(db.url, 'select count(*)::int as n from faqs')).toEqual(before)
    } finally {
      await query(db.url, "delete from payload_migrations where name = '20990101_000000_elsewhere'")
    }
  })

  it('two replicas starting together on an empty database take turns: both serve, the guide is seeded once', async () => {
    const name = 'replicas'
    await query(db.url, `create database ${name}`)
    const url = db.url.replace(/\/empty$/, `/${name}`)
    const both = await Promise.all([startServer(url), startServer(url)])
    try {
      for (const cms of both) expect(cms.child.exitCode).toBeNull()
      const [faqs] = await query(url, 'select count(*)::int as n from faqs')
      expect(faqs.n).toBe(5)
      const [batches] = await query(
        url,
        'select count(distinct batch)::int as n from payload_migrations',
      )
      expect(batches.n).toBe(1)
    } finally {
      await Promise.all(both.map((cms) => cms.stop()))
    }
  })
})
