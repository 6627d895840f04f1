import fc from 'fast-check'
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import { gunzipSync, inflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, cmsUrl, loginAs, randomAddress } from './helpers'

/**
 * A cached answer is the answer (issue 19): whatever headers a request carries, the read
 * cache's answer to it (a hit, which the production server gives from its fast lane) is
 * byte for byte what Payload's route gives it (a miss), even when someone else's request,
 * with other headers, filled the cache. Headers are drawn at random over everything that
 * could change an answer: Host and the forwarding headers, Origin, Accept-Encoding, and
 * who asks; paths and parameters from the API's own description (/api/openapi.json).
 */
const RUNS = Number(process.env.CACHE_DIFFERENTIAL_RUNS ?? 100)
const SEED = 19

// Not compared: the clock, the request's own id, the cache's verdict, and how this one
// connection frames the body (Next streams a route's answer chunked, the fast lane sends its
// length); the body is compared instead, decoded (Content-Encoding is compared).
const UNCOMPARED = new Set([
  'date',
  'x-request-id',
  'x-cache',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
])

type Raw = { status: number; headers: Record<string, string>; body: Buffer }
type HeaderSet = Record<string, string | null>

/** A GET as sent on the wire, Host included, and the answer as received: nothing decoded. */
function get(path: string, headers: HeaderSet): Promise<Raw> {
  const { hostname, port } = new URL(cmsUrl())
  const sent = Object.fromEntries(
    Object.entries({ 'x-forwarded-for': randomAddress(), ...headers }).filter(
      (pair): pair is [string, string] => pair[1] !== null,
    ),
  )
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port, path, headers: sent, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(res.headers).map(([k, v]) => [k, [v ?? ''].flat().join('\n')]),
            ),
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    request.on('error', reject)
    request.end()
  })
}

const decoded = ({ headers, body }: Raw) =>
  headers['content-encoding'] === 'gzip'
    ? gunzipSync(body)
    : headers['content-encoding'] === 'deflate'
      ? inflateSync(body)
      : body

// The rate limit's live count is the client's own, cached or not (rateLimitHeaders.int.spec.ts):
// compared without it, by the policy it names.
const withoutCount = (name: string, value: string) =>
  name === 'ratelimit' ? value.replace(/;r=\d+;t=\d+$/, '') : value

/** What two answers must share: status, every compared header, the body. */
const comparable = (answer: Raw) => ({
  status: answer.status,
  headers: Object.fromEntries(
    Object.entries(answer.headers)
      .filter(([k]) => !UNCOMPARED.has(k))
      .map(([k, v]) => [k, withoutCount(k, v)]),
  ),
  body: decoded(answer).toString(),
})

const allowedOrigin = () => {
  const env = inject('cmsEnv')
  return (env.CORS_ORIGINS?.split(',')[0] ?? env.WEB_PUBLIC_URL)!.trim()
}

let openapi: { paths: Record<string, unknown> }
let apiKey: string
let editor: string
beforeAll(async () => {
  openapi = (await api('GET', '/openapi.json')).body
  editor = await loginAs('editor')
  const admin = await loginAs('admin')
  apiKey = randomUUID()
  const made = await api('POST', '/api-clients', {
    token: admin,
    // Enough for every keyed request of the run: the limit is not what is tested here.
    body: { name: 'Cache differential', enableAPIKey: true, apiKey, requestsPerWindow: 100_000 },
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
})

describe('the read cache answers every request as Payload would', () => {
  const counts = {
    cases: 0,
    pairs: 0,
    hitVsMiss: 0,
    uncached: 0,
    statuses: {} as Record<number, number>,
  }
  afterAll(() => {
    console.log(
      `cache differential: ${counts.cases} cases, ${counts.pairs} pairs compared (${counts.hitVsMiss} a hit against a miss, ${counts.uncached} never cached), statuses ${JSON.stringify(counts.statuses)}`,
    )
  })

  it(`${RUNS} random requests, each as a miss and as a hit filled by other headers: the same status, headers and bytes`, async () => {
    // Each path with a real id (the first document of its list), so most answers are 200s.
    const paths: string[] = []
    for (const path of Object.keys(openapi.paths)) {
      if (!path.endsWith('/{id}')) {
        paths.push(path)
        continue
      }
      const list = await api('GET', `${path.slice('/api'.length, -'/{id}'.length)}?limit=1&depth=0`)
      paths.push(path.replace('{id}', String(list.body.docs?.[0]?.id ?? 1)))
    }
    // Public GETs the description leaves out: itself and its reference page.
    paths.push('/api/openapi.json', '/api/docs')
    const key = `api-clients API-Key ${apiKey}`
    const headerSet = fc.record({
      host: fc.constantFrom(null, 'evil.example', 'evil.example:8443', 'localhost'),
      'x-forwarded-host': fc.constantFrom(null, 'evil.example'),
      'x-forwarded-proto': fc.constantFrom(null, 'https', 'http'),
      forwarded: fc.constantFrom(null, 'host=evil.example;proto=https'),
      origin: fc.constantFrom(null, allowedOrigin(), 'https://evil.example', 'null'),
      'accept-encoding': fc.constantFrom(
        null,
        'gzip',
        'br',
        'identity',
        'deflate',
        'gzip, deflate, br, zstd',
        'gzip;q=0, deflate',
        '*',
      ),
      // Mostly callers whose answers are cached, so most pairs compare a hit with a miss.
      authorization: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 3, arbitrary: fc.constant(key) },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            `api-clients API-Key ${randomUUID()}`,
            'Bearer not-a-token',
            'JWT not-a-token',
          ),
        },
      ),
      cookie: fc.constantFrom(null, null, 'theme=dark', 'payload-token=not-a-token'),
    })
    // Which entry a request is answered from, as readCache.ts's keyOf decides it (null: none).
    const entryOf = (h: HeaderSet) => {
      if (h.cookie?.includes('payload-token=')) return null
      const authorization = h.authorization ?? null
      if (authorization === null) return 'anonymous'
      // Keys in either scheme (a Bearer JWT would be a person's: never cached).
      return /^(api-clients API-Key|Bearer) [^.]+$/.test(authorization) ? 'api-key' : null
    }
    const request = fc
      .record({
        path: fc.constantFrom(...paths),
        depth: fc.constantFrom(null, 0, 1),
        a: headerSet,
        b: headerSet,
        sameCaller: fc.boolean(),
      })
      .map(({ sameCaller, ...r }) =>
        sameCaller
          ? { ...r, b: { ...r.b, authorization: r.a.authorization, cookie: r.a.cookie } }
          : r,
      )
    const run = randomUUID().slice(0, 8)
    let fresh = 0
    const url = (path: string, depth: number | null) =>
      `${path}?differential=${run}-${++fresh}${depth === null ? '' : `&depth=${depth}`}`

    /** `second` sent after `first` filled a fresh URL: the same as `second` on a fresh one. */
    async function compare(
      path: string,
      depth: number | null,
      first: HeaderSet,
      second: HeaderSet,
    ) {
      const shared = url(path, depth)
      const [alone, filler] = await Promise.all([get(url(path, depth), second), get(shared, first)])
      const after = await get(shared, second)
      counts.pairs++
      counts.statuses[alone.status] = (counts.statuses[alone.status] ?? 0) + 1
      // A hit exactly when both share an entry the first filled, and the second may read it:
      // any key fills the keys' entry (with what Payload gave it), only a valid one reads it.
      const entry = entryOf(first)
      const hit =
        filler.status === 200 &&
        entry !== null &&
        entry === entryOf(second) &&
        (entry === 'anonymous' || second.authorization === key)
      if (hit) counts.hitVsMiss++
      if (alone.headers['x-cache'] === undefined) counts.uncached++
      const context = JSON.stringify({ path, depth, first, second })
      expect(after.headers['x-cache'], context).toBe(hit ? 'hit' : alone.headers['x-cache'])
      expect(comparable(after), context).toEqual(comparable(alone))
    }

    await fc.assert(
      fc.asyncProperty(request, async ({ path, depth, a, b }) => {
        counts.cases++
        await Promise.all([compare(path, depth, a, b), compare(path, depth, b, a)])
      }),
      { numRuns: RUNS, seed: SEED },
    )
    // The property is about hits: a good share of the pairs must have been one.
    expect(counts.hitVsMiss).toBeGreaterThan(RUNS / 2)
  }, 120_000)
})

describe('the findings of issue 19, one by one', () => {
  const cmsPublicUrl = () => inject('cmsEnv').CMS_PUBLIC_URL!

  it('a forged Host right after a publish does not become the OpenAPI server anyone else gets', async () => {
    const faq = (await api('GET', '/faqs?limit=1&depth=0')).body.docs[0]
    const published = await api('PATCH', `/faqs/${faq.id}`, {
      token: editor,
      body: { question: faq.question },
    })
    expect(published.status).toBe(200)
    const forged = {
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      forwarded: 'host=evil.example;proto=https',
    }
    const first = await get('/api/openapi.json', forged)
    const later = await get('/api/openapi.json', {})
    expect(first.headers['x-cache']).toBe('miss')
    expect(later.headers['x-cache']).toBe('hit')
    for (const answer of [first, later]) {
      const spec = JSON.parse(answer.body.toString())
      expect(spec.servers).toEqual([{ url: cmsPublicUrl() }])
      expect(answer.body.toString()).not.toContain('evil.example')
    }
  })

  it('an answer cached without an Origin carries CORS for an allowed origin, and none for another', async () => {
    const path = `/api/faqs?limit=1&cors=${randomUUID()}`
    const plain = await get(path, {})
    const allowed = await get(path, { origin: allowedOrigin() })
    const other = await get(path, { origin: 'https://evil.example' })
    expect(plain.headers['x-cache']).toBe('miss')
    expect(plain.headers['access-control-allow-origin']).toBeUndefined()
    expect(allowed.headers['x-cache']).toBe('hit')
    expect(allowed.headers['access-control-allow-origin']).toBe(allowedOrigin())
    expect(allowed.headers['access-control-allow-credentials']).toBe('true')
    expect(other.headers['x-cache']).toBe('hit')
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
    // And the other way round: an allowed origin's fill gives nobody else its CORS.
    const path2 = `/api/faqs?limit=1&cors=${randomUUID()}`
    expect((await get(path2, { origin: allowedOrigin() })).headers['x-cache']).toBe('miss')
    const after = await get(path2, {})
    expect(after.headers['x-cache']).toBe('hit')
    expect(after.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('Vary is the same complete list on a miss and a hit, gzip, deflate and identity, an error and a bypass', async () => {
    const path = `/api/tools?limit=3&vary=${randomUUID()}`
    const answers = [
      await get(path, { 'accept-encoding': 'gzip' }),
      await get(path, {}),
      await get(path, { 'accept-encoding': 'gzip' }),
      await get(path, { 'accept-encoding': 'deflate' }),
      await get(path, { 'accept-encoding': 'identity', origin: allowedOrigin() }),
      await get(`/api/tools/999999999?vary=${randomUUID()}`, { 'accept-encoding': 'gzip' }),
      await get(path, { authorization: `JWT ${editor}`, 'accept-encoding': 'gzip' }),
    ]
    expect(answers.map((a) => a.headers['x-cache'])).toEqual([
      'miss',
      'hit',
      'hit',
      'hit',
      'hit',
      undefined,
      undefined,
    ])
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 404, 200])
    // Next's own names first (the app router's, withPayload's), then the API's.
    const vary = answers[0]!.headers.vary!
    for (const name of ['Accept-Encoding', 'Authorization', 'Cookie', 'Origin'])
      expect(vary.split(', ')).toContain(name)
    for (const answer of answers) expect(answer.headers.vary).toBe(vary)
    expect(answers.map((a) => a.headers['content-encoding'])).toEqual([
      'gzip',
      undefined,
      'gzip',
      'deflate',
      undefined,
      // Next compresses what its routes stream, however small (the fast lane does the same).
      'gzip',
      'gzip',
    ])
    expect(gunzipSync(answers[0]!.body)).toEqual(answers[1]!.body)
    expect(gunzipSync(answers[2]!.body)).toEqual(answers[1]!.body)
    expect(inflateSync(answers[3]!.body)).toEqual(answers[1]!.body)
  })
})
