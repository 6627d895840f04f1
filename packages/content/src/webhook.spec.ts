import { describe, expect, it } from 'vitest'

import { createReplayGuard, signBody, verifySignature } from './webhook.ts'

const secret = 'a-shared-secret-of-some-length'
const body = JSON.stringify({ kind: 'collection', slug: 'faqs', id: 1, updatedAt: null })

describe('change notice signatures', () => {
  it('accept a body signed with the shared secret', () => {
    expect(verifySignature(secret, body, signBody(secret, body))).toBe(true)
  })

  it('refuse another secret, a changed body, or no header', () => {
    const header = signBody(secret, body)
    expect(verifySignature('another-secret', body, header)).toBe(false)
    expect(verifySignature(secret, body.replace('faqs', 'tools'), header)).toBe(false)
    expect(verifySignature(secret, body, null)).toBe(false)
    expect(verifySignature(secret, body, 't=abc,v1=00')).toBe(false)
  })

  it('refuse a signature older than five minutes (replay)', () => {
    const then = Date.now() - 6 * 60 * 1000
    expect(verifySignature(secret, body, signBody(secret, body, then))).toBe(false)
    expect(verifySignature(secret, body, signBody(secret, body, Date.now() - 60 * 1000))).toBe(true)
  })
})

describe('replay guard', () => {
  it('accepts a signature once, refuses it again while valid, and forgets it once expired', () => {
    const guard = createReplayGuard()
    const now = Date.now()
    const header = signBody(secret, body, now)
    expect(guard.firstUse(header, now)).toBe(true)
    expect(guard.firstUse(header, now + 1000)).toBe(false)
    expect(guard.firstUse(signBody(secret, `${body} `, now), now)).toBe(true)
    // Past its window the signature fails verification anyway; the guard no longer holds it.
    expect(guard.firstUse(header, now + 6 * 60 * 1000)).toBe(true)
  })

  it('carries what it saw across a restart: given what the last one recorded, refuses it again', () => {
    const kept: (readonly [string, number])[] = []
    const first = createReplayGuard({ onRecord: (...seen) => kept.push(seen) })
    const now = Date.now()
    const header = signBody(secret, body, now)
    const old = signBody(secret, `${body}  `, now - 6 * 60 * 1000)
    expect(first.firstUse(header, now)).toBe(true)
    expect(first.firstUse(old, now)).toBe(true)
    expect(kept).toHaveLength(2)
    expect(first.live(now)).toHaveLength(1) // the old one is past its window

    const restarted = createReplayGuard({ seen: kept })
    expect(restarted.firstUse(header, now + 1000)).toBe(false)
    expect(restarted.live()).toEqual(first.live())
  })
})
