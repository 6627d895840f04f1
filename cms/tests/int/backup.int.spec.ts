import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  backupDatabase,
  freePort,
  restoreDatabase,
  startCms,
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
  })

  it('refuses to restore over a database from a file that is not a backup, changing nothing', async () => {
    const junk = path.join(tmp, 'junk.dump')
    fs.writeFileSync(junk, 'not a backup')
    const before = await raw(restoredCms, '/faqs?limit=100&depth=0')
    expect(() => restoreDatabase(restoredUrl, junk)).toThrow(/pg_restore failed/)
    expect(await raw(restoredCms, '/faqs?limit=100&depth=0')).toEqual(before)
  })
})
