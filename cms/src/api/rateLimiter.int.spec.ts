import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { createRateLimiter } from './rateLimiter'

// The test stack's PostgreSQL, where the CMS's own limiters keep their counters.
const pool = new pg.Pool({ connectionString: inject('cmsEnv').DATABASE_URL, max: 8 })
afterAll(() => pool.end())

// A fresh name per test: no counter is shared with another test or with the running CMS.
const limiter = (windowSeconds: number) => createRateLimiter(randomUUID(), windowSeconds)

describe('createRateLimiter', () => {
  it('allows `limit` requests per window, then says when to retry', async () => {
    const limit = limiter(60)
    for (let i = 0; i < 3; i++) expect((await limit.hit(pool, 'ip', 3)).allowed).toBe(true)
    const refused = await limit.hit(pool, 'ip', 3)
    expect(refused.allowed).toBe(false)
    expect(refused.allowed || refused.retryAfterSeconds).toBeGreaterThan(55)
    expect(refused.allowed || refused.retryAfterSeconds).toBeLessThanOrEqual(60)
  })

  it('counts each client on its own', async () => {
    const limit = limiter(60)
    expect((await limit.hit(pool, 'a', 1)).allowed).toBe(true)
    expect((await limit.hit(pool, 'b', 1)).allowed).toBe(true)
    expect((await limit.hit(pool, 'a', 1)).allowed).toBe(false)
  })

  it('starts a new window when the old one ends', async () => {
    const limit = limiter(1)
    await limit.hit(pool, 'ip', 1)
    expect((await limit.hit(pool, 'ip', 1)).allowed).toBe(false)
    await new Promise((r) => setTimeout(r, 1100))
    expect((await limit.hit(pool, 'ip', 1)).allowed).toBe(true)
  })

  it('forgets a client on reset', async () => {
    const limit = limiter(60)
    await limit.hit(pool, 'ip', 1)
    await limit.reset(pool, 'ip')
    expect((await limit.hit(pool, 'ip', 1)).allowed).toBe(true)
  })

  it('gives exactly `limit` of many concurrent requests from two processes', async () => {
    // Two pools stand for two CMS processes: one shared budget, never a slot given twice.
    const other = new pg.Pool({ connectionString: inject('cmsEnv').DATABASE_URL, max: 8 })
    const name = randomUUID()
    const [here, there] = [createRateLimiter(name, 60), createRateLimiter(name, 60)]
    try {
      const verdicts = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          i % 2 ? here.hit(pool, 'ip', 50) : there.hit(other, 'ip', 50),
        ),
      )
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(50)
    } finally {
      await other.end()
    }
  })
})
