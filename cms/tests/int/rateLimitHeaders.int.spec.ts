import { randomUUID } from 'node:crypto'
import { type Item, parseList } from 'structured-headers'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, api, cmsUrl, randomAddress } from './helpers'

/**
 * Issue 23, point 1: every counted API answer tells the client its limit and what is left
 * of it, in the IETF httpapi draft's fields (RateLimit-Policy, RateLimit), parsed here by a
 * Structured Fields parser, so a syntax slip fails the test.
 */
const WINDOW = Number(inject('cmsEnv').RATE_LIMIT_WINDOW_SECONDS ?? 60)
const ANONYMOUS = Number(inject('cmsEnv').RATE_LIMIT_ANONYMOUS)

/** The one policy item of a response's RateLimit-Policy and RateLimit fields. */
function limits(headers: Headers) {
  const one = (name: string): Item => {
    const value = headers.get(name)
    expect(value, `${name} header`).not.toBeNull()
    const list = parseList(value!)
    expect(list).toHaveLength(1)
    return list[0] as Item
  }
  const [policyName, policy] = one('ratelimit-policy')
  const [name, state] = one('ratelimit')
  expect(name).toBe(policyName)
  return {
    policy: String(policyName),
    quota: policy.get('q'),
    window: policy.get('w'),
    remaining: state.get('r') as number,
    reset: state.get('t') as number,
  }
}

const sameCaller = () => ({ 'x-forwarded-for': randomAddress() })
let admin: string
let keyId: number
let key: string
const KEY_QUOTA = 6

beforeAll(async () => {
  admin = await adminLogin()
  key = randomUUID()
  const made = await api('POST', '/api-clients', {
    token: admin,
    body: {
      name: 'Rate-limit headers',
      enableAPIKey: true,
      apiKey: key,
      requestsPerWindow: KEY_QUOTA,
    },
  })
  expect(made.status).toBe(201)
  keyId = made.body.doc.id
  return () => api('DELETE', `/api-clients/${keyId}`, { token: admin })
})

describe('RateLimit-Policy and RateLimit', () => {
  it('an anonymous client sees its quota and its count go down, on a miss and a hit alike', async () => {
    const from = sameCaller()
    const path = `/faqs?limit=1&ratelimit=${randomUUID()}`
    const first = await api('GET', path, { headers: from })
    const second = await api('GET', path, { headers: from })
    expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['miss', 'hit'])
    const [a, b] = [limits(first.headers), limits(second.headers)]
    expect(a).toMatchObject({ policy: 'anonymous', quota: ANONYMOUS, window: WINDOW })
    expect(a.remaining).toBe(ANONYMOUS - 1)
    expect(b.remaining).toBe(ANONYMOUS - 2)
    expect(b.policy).toBe(a.policy)
    for (const { reset } of [a, b]) {
      expect(reset).toBeGreaterThan(0)
      expect(reset).toBeLessThanOrEqual(WINDOW)
    }
  })

  it('a cached answer carries its own client’s count, not the count of whoever filled the cache', async () => {
    const path = `/tools?limit=2&ratelimit=${randomUUID()}`
    const filler = sameCaller()
    for (let i = 0; i < 4; i++) await api('GET', path, { headers: filler })
    const other = await api('GET', path, { headers: sameCaller() })
    expect(other.headers.get('x-cache')).toBe('hit')
    expect(limits(other.headers).remaining).toBe(ANONYMOUS - 1)
  })

  it('apart from the live count, a hit has the headers of the miss', async () => {
    const path = `/salary-bands?limit=3&ratelimit=${randomUUID()}`
    const miss = await api('GET', path, { headers: sameCaller() })
    const hit = await api('GET', path, { headers: sameCaller() })
    const comparable = (h: Headers) =>
      [...h].filter(([n]) => !['date', 'x-cache', 'x-request-id', 'ratelimit'].includes(n))
    expect(comparable(hit.headers)).toEqual(comparable(miss.headers))
    expect(hit.headers.get('ratelimit-policy')).toBe(miss.headers.get('ratelimit-policy'))
  })

  it('an API key sees its own quota, counted across schemes, up to the 429 whose reset is Retry-After', async () => {
    const path = `/faqs?limit=1&ratelimit=${randomUUID()}`
    const schemes = [`Bearer ${key}`, `api-clients API-Key ${key}`]
    const remaining: number[] = []
    for (let i = 0; i < KEY_QUOTA; i++) {
      const res = await api('GET', path, { headers: { authorization: schemes[i % 2]! } })
      expect(res.status).toBe(200)
      const seen = limits(res.headers)
      expect(seen).toMatchObject({ policy: 'api-key', quota: KEY_QUOTA, window: WINDOW })
      remaining.push(seen.remaining)
    }
    expect(remaining).toEqual([5, 4, 3, 2, 1, 0])
    const refused = await api('GET', path, { headers: { authorization: schemes[0]! } })
    expect(refused.status).toBe(429)
    const over = limits(refused.headers)
    expect(over.remaining).toBe(0)
    expect(over.reset).toBe(Number(refused.headers.get('retry-after')))
  })

  it('GraphQL answers carry them too', async () => {
    const res = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sameCaller() },
      body: JSON.stringify({ query: '{ Faqs(limit: 1) { docs { id } } }' }),
    })
    expect(res.status).toBe(200)
    expect(limits(res.headers)).toMatchObject({ policy: 'anonymous', remaining: ANONYMOUS - 1 })
  })

  it('a 304 and the API’s own documents carry them, and CORS lets a page read them', async () => {
    const from = sameCaller()
    const path = `/faqs?limit=1&ratelimit=${randomUUID()}`
    const first = await api('GET', path, { headers: from })
    const etag = first.headers.get('etag')!
    const notModified = await api('GET', path, { headers: { ...from, 'if-none-match': etag } })
    expect(notModified.status).toBe(304)
    expect(limits(notModified.headers).remaining).toBe(ANONYMOUS - 2)

    const origin = (inject('cmsEnv').CORS_ORIGINS?.split(',')[0] ??
      inject('cmsEnv').WEB_PUBLIC_URL)!.trim()
    const answers = [
      await api('GET', `/openapi.json?ratelimit=${randomUUID()}`, { headers: { origin } }),
      await api('GET', path, { headers: { origin } }),
      await api('GET', `/tools?ratelimit=${randomUUID()}&limit=1`, { headers: { origin } }),
      await fetch(`${cmsUrl()}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, ...sameCaller() },
        body: JSON.stringify({ query: '{ Tools(limit: 1) { docs { id } } }' }),
      }),
    ]
    for (const res of answers) {
      expect(res.status).toBe(200)
      limits(res.headers)
      expect(res.headers.get('access-control-allow-origin')).toBe(origin)
      const exposed = res.headers.get('access-control-expose-headers')?.split(/,\s*/) ?? []
      expect(exposed).toEqual(
        expect.arrayContaining(['RateLimit-Policy', 'RateLimit', 'Retry-After']),
      )
    }
  })

  it('every refusal is counted and carries them, up to the 429, which keeps CORS', async () => {
    const from = sameCaller()
    const origin = (inject('cmsEnv').CORS_ORIGINS?.split(',')[0] ??
      inject('cmsEnv').WEB_PUBLIC_URL)!.trim()
    const headers = { ...from, origin }
    const json = { ...headers, 'content-type': 'application/json' }
    // A refusal of each kind: made by the request checks, by asOf, by Payload's operation,
    // by a path with no endpoint; malformed query, id, body and method alike.
    const refusals: [string, RequestInit][] = [
      ['/faqs?limit=nope', { headers }],
      ['/faqs?where[nope][equals]=1', { headers }],
      ['/faqs/abc', { headers }],
      ['/faqs/2000000000', { headers }],
      ['/nothing-here', { headers }],
      ['/faqs?asOf=yesterday', { headers }],
      ['/faqs/1?asOf=2001-01-01T00:00:00Z', { headers }],
      ['/faqs?depth=99', { headers }],
      ['/faqs', { method: 'POST', headers: json, body: '{not json' }],
      ['/faqs', { method: 'PUT', headers: json, body: '{}' }],
      ['/content-changes?page=-1', { headers }],
    ]
    let expected = ANONYMOUS
    for (const [path, init] of refusals) {
      const res = await fetch(`${cmsUrl()}/api${path}`, init)
      expect(res.status, path).toBeGreaterThanOrEqual(400)
      expect(res.status, path).toBeLessThan(500)
      expect(limits(res.headers), path).toMatchObject({
        policy: 'anonymous',
        remaining: --expected,
      })
      expect(res.headers.get('access-control-allow-origin'), path).toBe(origin)
    }
    // Malformed requests are no way around the limit.
    let last: Response | null = null
    for (let i = 0; i <= expected; i++) {
      last = await fetch(`${cmsUrl()}/api/faqs?limit=nope`, { headers })
    }
    expect(last!.status).toBe(429)
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limits(last!.headers).remaining).toBe(0)
    expect(last!.headers.get('access-control-allow-origin')).toBe(origin)
    expect((await last!.json()).errors[0].message).toMatch(/^Too many requests/)
  })
})
