import { describe, expect, it } from 'vitest'

import { createRateLimiter } from './rateLimiter'

describe('createRateLimiter', () => {
  it('allows `limit` requests per window, then says when to retry', () => {
    const limiter = createRateLimiter(60)
    const t0 = 1_000_000
    for (let i = 0; i < 3; i++) expect(limiter.hit('ip', 3, t0).allowed).toBe(true)
    expect(limiter.hit('ip', 3, t0 + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 })
  })

  it('counts each client on its own', () => {
    const limiter = createRateLimiter(60)
    expect(limiter.hit('a', 1).allowed).toBe(true)
    expect(limiter.hit('b', 1).allowed).toBe(true)
    expect(limiter.hit('a', 1).allowed).toBe(false)
  })

  it('starts a new window when the old one ends', () => {
    const limiter = createRateLimiter(10)
    limiter.hit('ip', 1, 0)
    expect(limiter.hit('ip', 1, 5_000).allowed).toBe(false)
    expect(limiter.hit('ip', 1, 10_000).allowed).toBe(true)
  })
})
