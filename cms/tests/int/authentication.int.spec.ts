import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { adminLogin, api, cmsUrl, loginAs, randomAddress } from './helpers'

/**
 * Issue 23, point 2: an Authorization header either authenticates or is a 401 that names
 * the scheme to use; never the anonymous answer. Every scheme a developer tries first, with a
 * valid, an unknown, a revoked and a malformed or huge key, over REST (an answer Payload makes
 * and one the read cache gives), GraphQL, and the API's own document.
 */
let admin: string
let valid: string
let revoked: string

async function makeKey(name: string) {
  const key = randomUUID()
  const made = await api('POST', '/api-clients', {
    token: admin,
    body: { name, enableAPIKey: true, apiKey: key },
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return { key, id: made.body.doc.id as number }
}

beforeAll(async () => {
  admin = await adminLogin()
  const a = await makeKey('Auth schemes, valid')
  const b = await makeKey('Auth schemes, revoked')
  valid = a.key
  revoked = b.key
  // Used once first, so a cached answer exists for a key that then stops working.
  expect(
    (await api('GET', '/faqs?limit=1', { headers: { authorization: `Bearer ${revoked}` } })).status,
  ).toBe(200)
  const off = await api('PATCH', `/api-clients/${b.id}`, {
    token: admin,
    body: { enableAPIKey: false },
  })
  expect(off.status).toBe(200)
  return async () => {
    for (const { id } of [a, b]) await api('DELETE', `/api-clients/${id}`, { token: admin })
  }
})

type Answer = { status: number; body: any; headers: Headers }

/** The same read, three ways: a Payload answer, a read-cache answer, GraphQL, the OpenAPI document. */
const reads: Record<string, (authorization: string) => Promise<Answer>> = {
  'REST (Payload)': (authorization) =>
    api('GET', `/tools?limit=1&auth=${randomUUID()}`, { headers: { authorization } }),
  'REST (read cache)': async (authorization) => {
    await api('GET', '/faqs?limit=1&auth=cached')
    await api('GET', '/faqs?limit=1&auth=cached', { headers: { authorization: `Bearer ${valid}` } })
    return api('GET', '/faqs?limit=1&auth=cached', { headers: { authorization } })
  },
  GraphQL: async (authorization) => {
    const res = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: {
        authorization,
        'content-type': 'application/json',
        'x-forwarded-for': randomAddress(),
      },
      body: JSON.stringify({
        query: '{ Faqs(limit: 1) { docs { id } } Tools(limit: 1) { docs { id } } }',
      }),
    })
    return { status: res.status, body: await res.json(), headers: res.headers }
  },
  'OpenAPI document': (authorization) =>
    api('GET', '/openapi.json', { headers: { authorization } }),
}

const huge = 'k'.repeat(8000)
const schemes = {
  Bearer: (key: string) => `Bearer ${key}`,
  'bearer (lower case)': (key: string) => `bearer ${key}`,
  'api-clients API-Key': (key: string) => `api-clients API-Key ${key}`,
  'users API-Key': (key: string) => `users API-Key ${key}`,
}
const keys = {
  valid: () => valid,
  unknown: () => randomUUID(),
  revoked: () => revoked,
  huge: () => huge,
}
const malformed = [
  'Bearer',
  'api-clients API-Key',
  'Basic dXNlcjpwYXNz',
  'Token abc',
  randomUUID(),
  `Bearer ${huge}`,
]
// A CMS user's session token that is no longer valid. Checked by Payload's JWT strategy when
// an operation runs: the OpenAPI document runs none, and answers it as it answers anyone.
const badTokens = ['JWT not-a-token', 'Bearer a.b.c']

const expectRefusal = (res: Answer, context: string) => {
  expect(res.status, context).toBe(401)
  expect(res.headers.get('www-authenticate'), context).toMatch(/^Bearer /)
  const message = res.body.errors?.[0]?.message as string
  expect(message, context).toMatch(/Authorization: Bearer <key>/)
  // Never the anonymous answer, not even part of it.
  expect(JSON.stringify(res.body.data ?? {}), context).not.toMatch(/"id":/)
  expect(res.body.docs, context).toBeUndefined()
}

describe('every scheme × every kind of key', () => {
  for (const [read, send] of Object.entries(reads)) {
    for (const [schemeName, scheme] of Object.entries(schemes)) {
      for (const [keyName, key] of Object.entries(keys)) {
        const accepted = keyName === 'valid' && schemeName !== 'users API-Key'
        it(`${read}: ${schemeName} with a ${keyName} key ${accepted ? 'reads as the key' : 'is a 401 naming the scheme'}`, async () => {
          const res = await send(scheme(key()))
          if (!accepted) return expectRefusal(res, `${read} ${schemeName} ${keyName}`)
          expect(res.status).toBe(200)
          expect(res.headers.get('ratelimit-policy')).toMatch(/^"api-key"/)
        })
      }
    }
    it(`${read}: malformed headers are 401s naming the scheme`, async () => {
      const headers = read === 'OpenAPI document' ? malformed : [...malformed, ...badTokens]
      for (const header of headers)
        expectRefusal(await send(header), `${read} ${header.slice(0, 40)}`)
    })
  }
})

describe('what keeps working', () => {
  it('no Authorization header is the anonymous answer', async () => {
    const res = await api('GET', '/faqs?limit=1')
    expect(res.status).toBe(200)
    expect(res.headers.get('ratelimit-policy')).toMatch(/^"anonymous"/)
  })

  it('a CMS user’s session token works as JWT and as Bearer', async () => {
    const editor = await loginAs('editor')
    for (const authorization of [`JWT ${editor}`, `Bearer ${editor}`]) {
      const me = await api('GET', '/users/me', { headers: { authorization } })
      expect(me.status).toBe(200)
      expect(me.body.user?.email).toBe('editor@guide.test')
    }
  })
})
