import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { api, cmsUrl, loginAs, randomAddress } from './helpers'
import { sampleDoc } from './samples'

let editor: string
let tool: { id: number; name: string; slug: string }
beforeAll(async () => {
  editor = await loginAs('editor')
  tool = (await api('GET', '/tools?limit=1&depth=0&sort=name')).body.docs[0]
})

const listPath = () => `/tools?where[slug][equals]=${tool.slug}&depth=1`

describe('the read cache', () => {
  it('answers a repeated anonymous GET from memory, the same bytes as Payload gave', async () => {
    const first = await api('GET', listPath())
    const second = await api('GET', listPath())
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.body).toEqual(first.body)
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
  })

  it('answers from memory with the same security headers as any answer, compressed when asked', async () => {
    const path = `${listPath()}&headers=${Date.now()}`
    const first = await api('GET', path)
    const res = await fetch(`${cmsUrl()}/api${path}`, {
      headers: { 'accept-encoding': 'gzip', 'x-forwarded-for': randomAddress() },
    })
    expect(res.headers.get('x-cache')).toBe('hit')
    for (const name of ['x-content-type-options', 'x-frame-options', 'referrer-policy'])
      expect(res.headers.get(name), name).toBe(first.headers.get(name))
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(await res.json()).toEqual(first.body)
  })

  it('never caches a signed-in read or a draft read', async () => {
    for (let i = 0; i < 2; i++) {
      const signedIn = await api('GET', listPath(), { token: editor })
      expect(signedIn.headers.get('x-cache')).toBeNull()
      const draft = await api('GET', `${listPath()}&draft=true`)
      expect(draft.headers.get('x-cache')).toBeNull()
    }
  })

  it('a publish is never followed by a stale answer, even with readers filling the cache meanwhile', async () => {
    let reading = true
    // Readers keep asking while each write is in flight, so the cache is refilled at every
    // moment of the write, before and after its commit.
    const readers = Array.from({ length: 4 }, async () => {
      while (reading) await api('GET', listPath())
    })
    try {
      for (let i = 0; i < 15; i++) {
        const name = `${tool.name} (cache ${i} ${Date.now()})`
        const saved = await api('PATCH', `/tools/${tool.id}`, { token: editor, body: { name } })
        expect(saved.status).toBe(200)
        const after = await api('GET', listPath())
        expect(after.body.docs[0].name).toBe(name)
        const byId = await api('GET', `/tools/${tool.id}?depth=0`)
        expect(byId.body.name).toBe(name)
      }
    } finally {
      reading = false
      await Promise.all(readers)
      await api('PATCH', `/tools/${tool.id}`, { token: editor, body: { name: tool.name } })
    }
    expect((await api('GET', listPath())).body.docs[0].name).toBe(tool.name)
  })

  it('a delete is never followed by a stale answer, even with readers filling the cache meanwhile', async () => {
    for (let i = 0; i < 5; i++) {
      const { data } = await sampleDoc('faqs')
      const made = await api('POST', '/faqs', { token: editor, body: data })
      const path = `/faqs/${made.body.doc.id}?depth=1`
      expect((await api('GET', path)).status).toBe(200)
      let reading = true
      const readers = Array.from({ length: 4 }, async () => {
        while (reading) await api('GET', path)
      })
      try {
        expect((await api('DELETE', `/faqs/${made.body.doc.id}`, { token: editor })).status).toBe(
          200,
        )
        expect((await api('GET', path)).status).toBe(404)
      } finally {
        reading = false
        await Promise.all(readers)
      }
      expect((await api('GET', path)).status).toBe(404)
    }
  })

  it('still counts every answer against the anonymous rate limit', async () => {
    const from = { 'x-forwarded-for': randomAddress() }
    const limit = Number(inject('cmsEnv').RATE_LIMIT_ANONYMOUS)
    await api('GET', listPath())
    const statuses: number[] = []
    for (let i = 0; i <= limit; i++)
      statuses.push((await api('GET', listPath(), { headers: from })).status)
    expect(statuses.slice(0, limit).every((s) => s === 200)).toBe(true)
    expect(statuses[limit]).toBe(429)
  })

  it('counts a request that finds its cached answer stale once, not twice', async () => {
    const limit = Number(inject('cmsEnv').RATE_LIMIT_ANONYMOUS)
    const path = `/tools/${tool.id}?depth=0&stale=${Date.now()}`
    await api('GET', path) // cached...
    const name = `${tool.name} (stale ${Date.now()})`
    await api('PATCH', `/tools/${tool.id}`, { token: editor, body: { name } }) // ...now stale
    try {
      const from = { 'x-forwarded-for': randomAddress() }
      const statuses: number[] = []
      for (let i = 0; i <= limit; i++)
        statuses.push((await api('GET', path, { headers: from })).status)
      expect(statuses.slice(0, limit)).toEqual(Array(limit).fill(200))
      expect(statuses[limit]).toBe(429)
    } finally {
      await api('PATCH', `/tools/${tool.id}`, { token: editor, body: { name: tool.name } })
    }
  })

  describe('for API keys', () => {
    let admin: string
    beforeAll(async () => {
      admin = await loginAs('admin')
    })
    async function createKey(requestsPerWindow?: number) {
      const apiKey = randomUUID()
      const made = await api('POST', '/api-clients', {
        token: admin,
        body: {
          name: `Cache ${apiKey.slice(0, 6)}`,
          enableAPIKey: true,
          apiKey,
          requestsPerWindow,
        },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      return { id: made.body.doc.id, headers: { authorization: `api-clients API-Key ${apiKey}` } }
    }

    it('answers a repeated GET with a key from memory, kept apart from anonymous answers', async () => {
      const key = await createKey()
      const anonymous = await api('GET', listPath())
      const first = await api('GET', listPath(), { headers: key.headers })
      const second = await api('GET', listPath(), { headers: key.headers })
      expect(second.headers.get('x-cache')).toBe('hit')
      expect(second.body).toEqual(first.body)
      expect(second.body).toEqual(anonymous.body)
      // A key's answer is private (Vary: Authorization); an anonymous one is public.
      expect(second.headers.get('cache-control')).toMatch(/private/)
      expect(anonymous.headers.get('cache-control')).toMatch(/public/)
    })

    it('refuses a revoked or unknown key even where a cached answer exists', async () => {
      const key = await createKey()
      expect((await api('GET', listPath(), { headers: key.headers })).status).toBe(200)
      expect((await api('GET', listPath(), { headers: key.headers })).headers.get('x-cache')).toBe(
        'hit',
      )
      await api('PATCH', `/api-clients/${key.id}`, { token: admin, body: { enableAPIKey: false } })
      expect((await api('GET', listPath(), { headers: key.headers })).status).toBe(401)
      const unknown = { authorization: `api-clients API-Key ${randomUUID()}` }
      expect((await api('GET', listPath(), { headers: unknown })).status).toBe(401)
    })

    it("counts every cached answer against the key's own limit", async () => {
      const key = await createKey(3)
      const statuses: number[] = []
      // Different addresses: the key's budget, not an address's, is what runs out.
      for (let i = 0; i < 5; i++)
        statuses.push((await api('GET', listPath(), { headers: key.headers })).status)
      expect(statuses).toEqual([200, 200, 200, 429, 429])
    })
  })
})
