import { beforeAll, describe, expect, it } from 'vitest'

import { api, loginAs } from './helpers'
import { errorMessage, rawRequest } from './rawHttp'

/**
 * The findings of a black-box attack on the API (issue 19, point 2), one test each, with
 * the request as it was sent: every answer that is not a success is a 4xx with a JSON
 * `{ errors: [{ message }] }`, never a 5xx, and never names an internal host.
 */
let admin: string
let editor: string
let scratchFaq: number

beforeAll(async () => {
  admin = await loginAs('admin')
  editor = await loginAs('editor')
  const model = (await api('GET', '/faqs?limit=1&depth=0')).body.docs[0]
  const made = await api('POST', '/faqs', {
    token: editor,
    body: { question: `Methods scratch ${Date.now()}?`, answer: model.answer, _status: 'draft' },
  })
  if (made.status !== 201) throw new Error(`scratch FAQ: ${JSON.stringify(made.body)}`)
  scratchFaq = made.body.doc.id
  return async () => {
    await api('DELETE', `/faqs/${scratchFaq}`, { token: editor })
  }
})

/** Expects a refusal with `status` whose JSON message contains `about`. */
function expectRefusal(res: { status: number; text: string }, status: number, about: RegExp) {
  expect(res.status, res.text).toBe(status)
  expect(errorMessage(res.text), res.text).toMatch(about)
  expect(res.text).not.toMatch(/localhost|127\.0\.0\.1/)
}

describe('media types are matched whatever their case and parameters', () => {
  it.each([
    'APPLICATION/JSON',
    'APPLICATION/JSON; Charset=UTF-8',
    ' application/json ; charset=utf-8',
  ])('a signed-in write with Content-Type %j is read as JSON and saved', async (type) => {
    const question = `Typed ${type.trim()} ${Date.now()}?`
    const res = await rawRequest('PATCH', `/api/faqs/${scratchFaq}?draft=true`, {
      token: editor,
      headers: { 'content-type': type },
      body: JSON.stringify({ question }),
    })
    expect(res.status, res.text).toBe(200)
    const saved = await api('GET', `/faqs/${scratchFaq}?draft=true&depth=0`, { token: editor })
    expect(saved.body.question).toBe(question)
  })

  it('GraphQL reads APPLICATION/JSON as JSON too', async () => {
    const res = await rawRequest('POST', '/api/graphql', {
      headers: { 'content-type': 'APPLICATION/JSON; Charset=UTF-8' },
      body: JSON.stringify({ query: '{ Faqs(limit: 1) { totalDocs } }' }),
    })
    expect(res.status, res.text).toBe(200)
    expect(JSON.parse(res.text).data.Faqs.totalDocs).toBeGreaterThan(0)
  })
})

describe('versions endpoints of collections without versions are 404s', () => {
  it('GET /api/users/versions as an admin', async () => {
    expectRefusal(
      await rawRequest('GET', '/api/users/versions', { token: admin }),
      404,
      /users keeps no versions/,
    )
  })

  it('GET /api/media/versions/1 as an admin', async () => {
    expectRefusal(
      await rawRequest('GET', '/api/media/versions/1', { token: admin }),
      404,
      /media keeps no versions/,
    )
  })

  it.each([
    'users',
    'media',
    'api-clients',
    'webhook-subscribers',
    'webhook-deliveries',
    'payload-preferences',
    'payload-locked-documents',
    'payload-jobs',
  ])('POST /api/%s/versions/1 (anonymous and admin)', async (slug) => {
    expectRefusal(await rawRequest('POST', `/api/${slug}/versions/1`), 404, /keeps no versions/)
    expectRefusal(
      await rawRequest('POST', `/api/${slug}/versions/1`, { token: admin }),
      404,
      /keeps no versions/,
    )
  })

  it('a collection with versions still serves them', async () => {
    const res = await rawRequest('GET', '/api/faqs/versions?limit=1', { token: editor })
    expect(res.status, res.text).toBe(200)
  })
})

describe('GraphQL arguments are checked like REST parameters', () => {
  const graphql = (query: string, variables?: object) =>
    rawRequest('POST', '/api/graphql', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })

  it('a subscription is a 400 naming the operation type', async () => {
    expectRefusal(
      await graphql('subscription { Faqs { docs { id } } }'),
      400,
      /subscription operations are not served/,
    )
  })

  it('page: -1 is a 400 naming page (it reached PostgreSQL as OFFSET -20)', async () => {
    expectRefusal(await graphql('{ Faqs(page: -1) { docs { id } } }'), 400, /^Faqs\(page\): /)
  })

  it('page -1 through a variable, and through a fragment, is refused too', async () => {
    expectRefusal(
      await graphql('query Q($p: Int) { Faqs(page: $p) { totalDocs } }', { p: -1 }),
      400,
      /^Faqs\(page\): /,
    )
    expectRefusal(
      await graphql(
        'query Q($p: Int = -1) { ...F } fragment F on Query { Faqs(page: $p) { totalDocs } }',
      ),
      400,
      /^Faqs\(page\): /,
    )
  })

  it('sort: "nope;drop" is a 400 naming sort', async () => {
    expectRefusal(
      await graphql('{ Faqs(sort: "nope;drop") { docs { id } } }'),
      400,
      /^Faqs\(sort\): cannot sort by "nope;drop"/,
    )
  })

  it('where, limit and the versions of a global are checked the same way', async () => {
    expectRefusal(
      await graphql('{ Faqs(where: { nope: { equals: 1 } }) { totalDocs } }'),
      400,
      /^Faqs\(where\[nope\]\): /,
    )
    expectRefusal(
      await graphql('{ countFaqs(where: { id: { like: "x" } }) { totalDocs } }'),
      400,
      /^countFaqs\(where\[id\]\[like\]\): /,
    )
    expectRefusal(await graphql('{ Faqs(limit: -5) { totalDocs } }'), 400, /^Faqs\(limit\): /)
    expectRefusal(
      await graphql('{ versionsGuidePage(page: -1) { totalDocs } }'),
      400,
      /^versionsGuidePage\(page\): /,
    )
  })

  it('valid arguments still answer', async () => {
    const res = await graphql(
      '{ Faqs(page: 1, limit: 2, sort: "-updatedAt", where: { OR: [{ question: { like: "MLOps" } }, { id: { exists: true } }] }) { totalDocs docs { id } } }',
    )
    expect(res.status, res.text).toBe(200)
    expect(JSON.parse(res.text).data.Faqs.docs.length).toBeGreaterThan(0)
  })

  it('GET /api/graphql is a JSON 405 that allows POST', async () => {
    const res = await rawRequest('GET', '/api/graphql')
    expectRefusal(res, 405, /is not answered here/)
    expect(res.headers.allow).toContain('POST')
  })
})

describe('every method gets an answer in the API’s shape', () => {
  it('TRACE /api/tools is a JSON 405 with Allow', async () => {
    const res = await rawRequest('TRACE', '/api/tools')
    expectRefusal(res, 405, /TRACE is not answered here/)
    expect(res.headers.allow).toMatch(/GET/)
  })

  it.each(['PROPFIND', 'PURGE', 'MOVE'])('%s /api/tools is a JSON 405', async (method) => {
    expectRefusal(await rawRequest(method, '/api/tools'), 405, /is not answered here/)
  })

  it('a method Node cannot parse (FOO) gets a JSON refusal', async () => {
    const res = await rawRequest('FOO', '/api/tools')
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(errorMessage(res.text)).toBeTruthy()
  })

  it('HEAD /api/tools answers like GET, without a body', async () => {
    const get = await rawRequest('GET', '/api/tools?limit=1')
    const head = await rawRequest('HEAD', '/api/tools?limit=1')
    expect(head.status).toBe(get.status)
    expect(get.status).toBe(200)
    expect(head.text).toBe('')
    expect(head.headers['content-type']).toMatch(/json/)
  })

  it('PUT on a path that only reads is a 405 listing what it answers', async () => {
    const res = await rawRequest('PUT', '/api/health')
    expectRefusal(res, 405, /PUT is not answered here/)
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS')
    const count = await rawRequest('PUT', '/api/faqs/count')
    expectRefusal(count, 405, /PUT is not answered here/)
    expect(count.headers.allow).toMatch(/^GET, /)
  })

  it('/api/payload-migrations is a 404 that names no host (it was a 501 naming localhost:3000)', async () => {
    for (const token of [undefined, admin]) {
      expectRefusal(
        await rawRequest('GET', '/api/payload-migrations', { token }),
        404,
        /payload-migrations is not served/,
      )
    }
  })

  it('/api/nothing is a 404 in the errors envelope', async () => {
    expectRefusal(await rawRequest('GET', '/api/nothing'), 404, /^path: no endpoint at "\/nothing"/)
    expectRefusal(await rawRequest('POST', '/api/globals/nothing'), 404, /no endpoint/)
  })

  it('a signed-in DELETE of a preference key the user does not have is a 404 (it was a 500)', async () => {
    const res = await rawRequest('DELETE', '/api/payload-preferences/no-such-key', {
      token: editor,
    })
    expectRefusal(res, 404, /^key: no preference "no-such-key"/)
  })

  it("Payload's own refusals come in the errors envelope (the jobs runner's 401 did not)", async () => {
    expectRefusal(
      await rawRequest('GET', '/api/payload-jobs/run', { token: editor }),
      401,
      /Unauthorized/,
    )
  })
})
