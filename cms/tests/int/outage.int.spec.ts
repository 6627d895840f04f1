import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  freePort,
  startCms,
  startEmbeddedDatabase,
  type Database,
  type Service,
} from '@mlops-guide/stack'

import { randomAddress } from './helpers'

/**
 * A CMS on a PostgreSQL of its own, which the tests stop and start under it (the shared
 * test stack's database is never touched).
 */
let dbDir: string
let dbPort: number
let db: Database
let cms: Service
let base: string

const startDatabase = () =>
  startEmbeddedDatabase({ dataDir: dbDir, port: dbPort, database: 'guide', quiet: true })

beforeAll(async () => {
  dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-outage-db-'))
  dbPort = await freePort()
  db = await startDatabase()
  const port = await freePort()
  cms = await startCms({ ...inject('cmsEnv'), DATABASE_URL: db.url }, port, { quiet: true })
  base = `http://127.0.0.1:${port}`
})
afterAll(async () => {
  await cms?.stop()
  await db?.stop()
  fs.rmSync(dbDir, { recursive: true, force: true })
})

/** A GET from one made-up address (the test CMS trusts one proxy hop), timed. */
async function get(pathname: string, address = randomAddress()) {
  const started = performance.now()
  const res = await fetch(`${base}${pathname}`, { headers: { 'x-forwarded-for': address } })
  const text = await res.text()
  const ms = performance.now() - started
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: the assertions show the text
  }
  return { status: res.status, headers: res.headers, body, ms }
}

/** A GraphQL query, as the site or any client sends it. */
async function graphql(query: string) {
  const res = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': randomAddress() },
    body: JSON.stringify({ query }),
  })
  return { status: res.status, headers: res.headers, body: await res.json() }
}

describe('health probes', () => {
  it('are never cached nor rate-limited: every probe asks the database', async () => {
    const { RATE_LIMIT_ANONYMOUS } = inject('cmsEnv')
    const address = randomAddress()
    const probes = []
    // Past the anonymous limit, from one address.
    for (let i = 0; i < Number(RATE_LIMIT_ANONYMOUS) + 5; i++) {
      probes.push(await get(i % 2 ? '/api/health' : '/api/health/live', address))
    }
    expect(probes.map((p) => p.status)).toEqual(probes.map(() => 200))
    for (const probe of probes) {
      expect(probe.headers.get('cache-control')).toBe('no-store')
      expect(probe.headers.get('x-cache')).toBeNull()
      expect(probe.headers.get('etag')).toBeNull()
    }
    const ready = probes[1]!.body
    expect(ready).toMatchObject({ status: 'ok', database: { status: 'ok' } })
    expect(ready.database.ms).toBeTypeOf('number')
    expect(probes[0]!.body).toMatchObject({ status: 'ok' })
  })
})

describe('a database outage under a running CMS', () => {
  it('answers 503 naming the database within a second, API calls 503 with Retry-After, and recovers without a restart', async () => {
    // A cached read (the read cache and the server's fast lane hold it) and one that is not.
    expect((await get('/api/faqs?limit=1&depth=0')).status).toBe(200)
    expect((await get('/api/faqs?limit=1&depth=0')).headers.get('x-cache')).toBe('hit')

    await db.stop()

    for (let i = 0; i < 3; i++) {
      const probe = await get('/api/health')
      expect(probe.status).toBe(503)
      expect(probe.ms).toBeLessThan(1000)
      expect(probe.headers.get('cache-control')).toBe('no-store')
      expect(probe.body).toMatchObject({
        status: 'unavailable',
        database: { status: 'unreachable' },
      })
      expect(probe.body.errors[0].message).toMatch(/^database: unreachable/)
    }
    // Liveness asks nothing of the database: the process is fine, a restart would not help.
    const live = await get('/api/health/live')
    expect(live.status).toBe(200)

    for (const pathname of [
      '/api/faqs?limit=1&depth=0', // cached
      '/api/faqs?limit=3&depth=0', // not cached: Payload's own query fails
      '/api/faqs/1',
      '/api/globals/guide-page',
    ]) {
      const read = await get(pathname)
      expect(read.status, `${pathname}: ${JSON.stringify(read.body)}`).toBe(503)
      expect(read.headers.get('retry-after')).toBe('5')
      expect(read.body.errors[0].message).toMatch(/database is unavailable/)
    }
    const query = await graphql('{ Faqs(limit: 1) { docs { id } } }')
    expect(query.status, JSON.stringify(query.body)).toBe(503)
    expect(query.headers.get('retry-after')).toBe('5')

    db = await startDatabase()
    const back = performance.now()
    let probe = await get('/api/health')
    while (probe.status !== 200 && performance.now() - back < 30_000) {
      await new Promise((r) => setTimeout(r, 50))
      probe = await get('/api/health')
    }
    const seconds = (performance.now() - back) / 1000
    console.log(`database back -> /api/health 200 after ${seconds.toFixed(2)} s (no CMS restart)`)
    expect(probe.status).toBe(200)
    expect(seconds).toBeLessThan(10)
    expect((await get('/api/faqs?limit=3&depth=0')).status).toBe(200)
    expect((await get('/api/faqs?limit=1&depth=0')).status).toBe(200)
    expect((await graphql('{ Faqs(limit: 1) { docs { id } } }')).status).toBe(200)
  })
})

describe('with uploads on S3', () => {
  it('readiness names the storage while it cannot be reached, and recovers with it', async () => {
    // A stand-in for the S3 endpoint that the test can take away and bring back.
    const storage = http.createServer((_, res) => res.end())
    const storagePort = await freePort()
    const listen = () => new Promise<void>((r) => storage.listen(storagePort, '127.0.0.1', r))
    await listen()
    const port = await freePort()
    const other = await startCms(
      { ...inject('cmsEnv'), S3_ENDPOINT: `http://127.0.0.1:${storagePort}` },
      port,
      { quiet: true },
    )
    try {
      const probe = () => fetch(`http://127.0.0.1:${port}/api/health`)
      const ok = await probe()
      expect(ok.status).toBe(200)
      expect(await ok.json()).toMatchObject({ status: 'ok', storage: { status: 'ok' } })

      storage.closeAllConnections()
      await new Promise((r) => storage.close(r))
      const down = await probe()
      expect(down.status).toBe(503)
      const body = await down.json()
      expect(body).toMatchObject({
        status: 'unavailable',
        database: { status: 'ok' },
        storage: { status: 'unreachable', error: 'ECONNREFUSED' },
      })
      expect(body.errors).toEqual([{ message: 'storage: unreachable (ECONNREFUSED)' }])

      await listen()
      expect((await probe()).status).toBe(200)
    } finally {
      await other.stop()
      storage.closeAllConnections()
      storage.close()
    }
  }, 120_000)
})
