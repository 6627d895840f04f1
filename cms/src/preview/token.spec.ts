import { beforeAll, describe, expect, it, vi } from 'vitest'

type TokenModule = typeof import('./token')
let token: TokenModule

beforeAll(async () => {
  // env.ts validates the environment when first imported.
  vi.stubEnv('DATABASE_URL', 'postgres://unit@localhost/unit')
  vi.stubEnv('PAYLOAD_SECRET', 'unit-test-secret-'.padEnd(40, 'x'))
  token = await import('./token')
})

const target = { collection: 'faqs', id: 7 } as const
const now = Date.UTC(2026, 10, 29, 12, 0, 0)

describe('preview tokens', () => {
  it('carry the target and user until they expire', () => {
    const t = token.createPreviewToken(target, 3, now)
    expect(token.readPreviewToken(t, now)).toMatchObject({ target, user: 3 })
    const justBefore = now + token.PREVIEW_TOKEN_SECONDS * 1000 - 1000
    expect(token.readPreviewToken(t, justBefore)).not.toBeNull()
    expect(token.readPreviewToken(t, now + token.PREVIEW_TOKEN_SECONDS * 1000)).toBeNull()
  })

  it('refuse a changed target, a changed signature and junk', () => {
    const t = token.createPreviewToken(target, 3, now)
    const [, signature] = t.split('.')
    const otherBody = Buffer.from(
      JSON.stringify({ target: { collection: 'faqs', id: 8 }, user: 3, expires: now / 1000 + 60 }),
    ).toString('base64url')
    expect(token.readPreviewToken(`${otherBody}.${signature}`, now)).toBeNull()
    expect(token.readPreviewToken(`${t}x`, now)).toBeNull()
    expect(token.readPreviewToken(`${t}.extra`, now)).toBeNull()
    expect(token.readPreviewToken('', now)).toBeNull()
    expect(token.readPreviewToken('not-a-token', now)).toBeNull()
  })

  it('are refused when signed with another secret', async () => {
    const t = token.createPreviewToken(target, 3, now)
    vi.stubEnv('PAYLOAD_SECRET', 'another-secret-'.padEnd(40, 'y'))
    vi.resetModules()
    const other: TokenModule = await import('./token')
    expect(other.readPreviewToken(t, now)).toBeNull()
    expect(other.readPreviewToken(other.createPreviewToken(target, 3, now), now)).not.toBeNull()
  })
})
