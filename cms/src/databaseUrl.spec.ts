import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

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

beforeAll(() => asAdmin(`create role "${role}" login password '${password.replace(/'/g, "''")}'`))
afterAll(() => asAdmin(`drop role if exists "${role}"`))

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
})
