import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { adminLogin, api, cmsUrl, fieldErrors, randomAddress } from './helpers'

let admin: string
beforeAll(async () => {
  admin = await adminLogin()
})

describe('HTTP caching of public GETs', () => {
  it('carries an ETag and a public Cache-Control, and answers 304 to If-None-Match', async () => {
    const first = await api('GET', '/salary-bands?limit=10')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public, .*stale-while-revalidate=\d+/)
    const again = await api('GET', '/salary-bands?limit=10', {
      headers: { 'if-none-match': etag! },
    })
    expect(again.status).toBe(304)
    const other = await api('GET', '/salary-bands?limit=9', { headers: { 'if-none-match': etag! } })
    expect(other.status).toBe(200)
  })

  it('marks answers for a signed-in person private', async () => {
    const res = await api('GET', '/salary-bands', { token: admin })
    expect(res.headers.get('cache-control')).toBe('private, no-cache')
  })
})

describe('caps on limit and depth', () => {
  it.each([
    ['limit=0', 'limit', /limit must be between 1 and 100 \(got 0\)/],
    ['limit=101', 'limit', /limit must be between 1 and 100 \(got 101\)/],
    ['depth=3', 'depth', /depth must be between 0 and 2 \(got 3\)/],
  ])('?%s is refused with a 400 naming %s', async (query, field, message) => {
    const res = await api('GET', `/tools?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(message)
    expect(fieldErrors(res.body)[0]).toMatchObject({ path: field })
  })

  it("does not cap the admin: a list's relationship cells ask for 250, a bulk delete for all (limit=0)", async () => {
    const cells = await api('GET', '/salary-bands?depth=0&draft=true&limit=250&where[id][in]=1,2', {
      token: admin,
    })
    expect(cells.status, JSON.stringify(cells.body)).toBe(200)
    const made = await Promise.all(
      [1, 2].map((n) =>
        api('POST', '/faqs?draft=true', {
          token: admin,
          body: { question: `Bulk delete ${n} ${Date.now()}?`, _status: 'draft' },
        }),
      ),
    )
    // As the admin's bulk delete sends it (qs, arrays indexed).
    const ids = made.map((m, i) => `where[id][in][${i}]=${m.body.doc.id}`).join('&')
    const removed = await api('DELETE', `/faqs?limit=0&${ids}`, {
      token: admin,
    })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect(removed.body.docs).toHaveLength(2)
    // Anyone else is still capped.
    expect((await api('GET', '/salary-bands?limit=250')).status).toBe(400)
  })

  it('allows the largest limit and depth', async () => {
    const res = await api('GET', '/tools?limit=100&depth=2')
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(10)
  })
})

describe('rate limits', () => {
  const limit = () => Number(inject('cmsEnv').RATE_LIMIT_ANONYMOUS)

  it('answers 429 with Retry-After once an address has used its share', async () => {
    const from = { 'x-forwarded-for': randomAddress() }
    const statuses: number[] = []
    for (let i = 0; i < limit(); i++)
      statuses.push((await api('GET', '/faqs?limit=1', { headers: from })).status)
    expect(statuses.every((s) => s === 200)).toBe(true)
    const over = await api('GET', '/faqs?limit=1', { headers: from })
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(over.body.errors[0].message).toMatch(/Too many requests/)
    // Another client is not affected.
    expect((await api('GET', '/faqs?limit=1')).status).toBe(200)
  })

  it('does not limit people signed in to the CMS', async () => {
    const from = { 'x-forwarded-for': randomAddress() }
    for (let i = 0; i <= limit(); i++) {
      expect((await api('GET', '/faqs?limit=1', { headers: from, token: admin })).status).toBe(200)
    }
  })
})

describe('API keys', () => {
  async function createKey() {
    const apiKey = randomUUID()
    const res = await api('POST', '/api-clients', {
      token: admin,
      body: { name: `Job board ${apiKey.slice(0, 6)}`, enableAPIKey: true, apiKey },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return {
      id: res.body.doc.id as number,
      header: { authorization: `api-clients API-Key ${apiKey}` },
    }
  }

  it('are managed by admins only', async () => {
    expect((await api('GET', '/api-clients')).status).toBe(403)
    expect((await api('POST', '/api-clients', { body: { name: 'x' } })).status).toBe(403)
  })

  it('read published content with a higher limit than anonymous clients', async () => {
    const key = await createKey()
    const from = { ...key.header, 'x-forwarded-for': randomAddress() }
    const anonymousLimit = Number(inject('cmsEnv').RATE_LIMIT_ANONYMOUS)
    for (let i = 0; i <= anonymousLimit; i++) {
      const res = await api('GET', '/salary-bands?limit=1', { headers: from })
      expect(res.status).toBe(200)
    }
    const res = await api(
      'GET',
      '/salary-bands?where[minSalary][greater_than]=200000&sort=minSalary',
      { headers: from },
    )
    expect(res.body.docs.map((b: any) => b.level)).toEqual(['Senior', 'Staff/Principal'])
  })

  it('grant read access only', async () => {
    const key = await createKey()
    const res = await api('POST', '/faqs', {
      headers: key.header,
      body: { question: 'Key write?' },
    })
    expect(res.status).toBe(403)
    expect((await api('GET', '/users', { headers: key.header })).status).toBe(403)
  })

  it('never show drafts', async () => {
    const key = await createKey()
    const draft = await api('POST', '/tool-categories', {
      token: admin,
      body: { title: `Draft ${randomUUID()}` },
    })
    const id = draft.body.doc.id
    const res = await api('GET', `/tool-categories/${id}?draft=true`, { headers: key.header })
    expect(res.status).toBe(404)
    await api('DELETE', `/tool-categories/${id}`, { token: admin })
  })

  it('stop working at once when revoked, with a 401', async () => {
    const key = await createKey()
    expect((await api('GET', '/faqs?limit=1', { headers: key.header })).status).toBe(200)
    const revoked = await api('PATCH', `/api-clients/${key.id}`, {
      token: admin,
      body: { enableAPIKey: false },
    })
    expect(revoked.status).toBe(200)
    const res = await api('GET', '/faqs?limit=1', { headers: key.header })
    expect(res.status).toBe(401)
    expect(res.body.errors[0].message).toMatch(
      /^Invalid or revoked API key; send `Authorization: Bearer <key>`/,
    )
  })
})

describe('API keys, their own limit', () => {
  it('accepts a whole number of requests per window and refuses anything else, naming the field', async () => {
    const made = await api('POST', '/api-clients', {
      token: admin,
      body: { name: 'Limited', requestsPerWindow: 10 },
    })
    expect(made.status).toBe(201)
    for (const bad of [0, -5, 1.5, 20_000_000, 'many']) {
      const res = await api('PATCH', `/api-clients/${made.body.doc.id}`, {
        token: admin,
        body: { requestsPerWindow: bad },
      })
      expect(res.status, String(bad)).toBe(400)
      expect(JSON.stringify(res.body)).toContain('requestsPerWindow')
    }
    const kept = await api('GET', `/api-clients/${made.body.doc.id}`, { token: admin })
    expect(kept.body.requestsPerWindow).toBe(10)
    await api('DELETE', `/api-clients/${made.body.doc.id}`, { token: admin })
  })

  it("registers the site's own key at start, with a limit of its own", async () => {
    const site = await api('GET', '/api-clients?where[name][equals]=Public site', { token: admin })
    expect(site.body.totalDocs).toBe(1)
    expect(site.body.docs[0].requestsPerWindow).toBe(60_000)
    const header = { authorization: `api-clients API-Key ${inject('cmsEnv').SITE_API_KEY}` }
    expect((await api('GET', '/faqs?limit=1', { headers: header })).status).toBe(200)
  })
})

describe('API keys, deleted', () => {
  it('answer 401 once their entry is deleted', async () => {
    const apiKey = randomUUID()
    const made = await api('POST', '/api-clients', {
      token: admin,
      body: { name: 'Short-lived', enableAPIKey: true, apiKey },
    })
    const header = { authorization: `api-clients API-Key ${apiKey}` }
    expect((await api('GET', '/tools?limit=1', { headers: header })).status).toBe(200)
    await api('DELETE', `/api-clients/${made.body.doc.id}`, { token: admin })
    expect((await api('GET', '/tools?limit=1', { headers: header })).status).toBe(401)
  })
})

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${cmsUrl()}/api/faqs`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    })

  it('allows the configured origin', async () => {
    const origin = inject('cmsEnv').WEB_PUBLIC_URL!
    const res = await preflight(origin)
    expect(res.headers.get('access-control-allow-origin')).toBe(origin)
  })

  it('refuses any other origin', async () => {
    const res = await preflight('https://evil.example')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})
