import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  cmsDir,
  freePort,
  migrateCms,
  startEmbeddedDatabase,
  type Database,
} from '@mlops-guide/stack'

const migrationNames = () =>
  fs
    .readdirSync(path.join(cmsDir, 'src/migrations'))
    .filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()

describe('migrations', () => {
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

  it('build the whole schema on an empty database', async () => {
    await migrateCms({ ...inject('cmsEnv'), DATABASE_URL: db.url }, { quiet: true })
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    try {
      const tables = (
        await client.query(
          "select table_name from information_schema.tables where table_schema = 'public'",
        )
      ).rows.map((r) => r.table_name)
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
      const applied = (
        await client.query('select name from payload_migrations order by name')
      ).rows.map((r) => r.name)
      expect(applied).toEqual(migrationNames())
    } finally {
      await client.end()
    }
  })

  it('a second run applies nothing new', async () => {
    await migrateCms({ ...inject('cmsEnv'), DATABASE_URL: db.url }, { quiet: true })
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    const count = (await client.query('select count(*)::int as n from payload_migrations')).rows[0]
      .n
    await client.end()
    expect(count).toBe(migrationNames().length)
  })
})
