import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { freePort, startCms } from '@mlops-guide/stack'

import { databaseUrlFromParts } from './databaseUrl'

// A real login on the test database: a role whose password breaks a hand-written URL.
const server = new URL(inject('cmsEnv').DATABASE_URL)
const role = `url_parts_${process.pid}`
const password = "p/a@s:s%w?o#r d'"

async function asAdmin(sql: string) {
  const client = new pg.Client({ connectionString: server.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function whoAmI(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query('select current_user, current_database() as db')).rows[0]
  } finally {
    await client.end()
  }
}

const parts = (pass: string) => ({
  POSTGRES_HOST: server.hostname,
  POSTGRES_PORT: server.port,
  POSTGRES_USER: role,
  POSTGRES_PASSWORD: pass,
  POSTGRES_DB: server.pathname.slice(1),
})

// A superuser, so the CMS below can work on the test database's tables as this role.
beforeAll(() =>
  asAdmin(`create role "${role}" login superuser password '${password.replace(/'/g, "''")}'`),
)
afterAll(() =>
  asAdmin(
    `reassign owned by "${role}" to current_user; drop owned by "${role}"; drop role "${role}"`,
  ),
)

describe('DATABASE_URL from POSTGRES_* parts (docker-compose)', () => {
  it('logs in with a password holding / @ : % ? # space and a quote', async () => {
    expect(await whoAmI(databaseUrlFromParts(parts(password))!)).toEqual({
      current_user: role,
      db: server.pathname.slice(1),
    })
  })

  it('is refused with another password (the server checks it)', async () => {
    await expect(whoAmI(databaseUrlFromParts(parts(`${password}x`))!)).rejects.toThrow(
      /password authentication failed/,
    )
  })

  it('leaves an explicit DATABASE_URL as it is, and builds nothing without POSTGRES_HOST', () => {
    const url = 'postgres://someone:secret@db.internal:5432/guide'
    expect(databaseUrlFromParts({ DATABASE_URL: url, ...parts(password) })).toBe(url)
    expect(databaseUrlFromParts({ POSTGRES_PASSWORD: password })).toBeUndefined()
  })

  it('is what the CMS connects with when only the parts are set, as docker-compose sets them', async () => {
    const port = await freePort()
    // An empty DATABASE_URL counts as unset (env.ts), so the CMS builds it from the parts.
    const cms = await startCms(
      { ...inject('cmsEnv'), DATABASE_URL: '', ...parts(password) },
      port,
      { quiet: true },
    )
    try {
      const health = await fetch(`http://127.0.0.1:${port}/api/health`)
      expect(health.status).toBe(200)
      // ...signed in as the role the parts name.
      const client = new pg.Client({ connectionString: server.toString() })
      await client.connect()
      const sessions = await client.query(
        'select count(*)::int as n from pg_stat_activity where usename = $1',
        [role],
      )
      await client.end()
      expect(sessions.rows[0].n).toBeGreaterThan(0)
    } finally {
      await cms.stop()
    }
  }, 120_000)
})
