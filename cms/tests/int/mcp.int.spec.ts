import { randomUUID } from 'node:crypto'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { guideSections } from '@mlops-guide/content/guide-sections'

import { adminLogin, api, cmsUrl, randomAddress } from './helpers'
import { seededId } from './samples'

/**
 * Issue 23, point 8: the guide's MCP server at /api/mcp, driven by the official SDK's own
 * client over Streamable HTTP, compared with what the REST API answers for the same content.
 */
const SITE = inject('cmsEnv').WEB_PUBLIC_URL!.replace(/\/+$/, '')
const ANONYMOUS = Number(inject('cmsEnv').RATE_LIMIT_ANONYMOUS)
const mcpUrl = () => `${cmsUrl()}/api/mcp`

/** Where the site shows each kind's documents: the citations must point there. */
const PAGES = {
  stage: { collection: 'career-stages', path: (s: string) => `/career-path/${s}` },
  band: { collection: 'salary-bands', path: (s: string) => `/salaries#band-${s}` },
  role: { collection: 'roles', path: (s: string) => `/salaries#role-${s}` },
  skill: { collection: 'tools', path: (s: string) => `/skills/${s}` },
  faq: { collection: 'faqs', path: (s: string) => `/#${s}` },
} as const

type Citation = { url: string; asOf: string }
type ToolAnswer = {
  isError?: boolean
  content: { type: string; text?: string; uri?: string }[]
  structuredContent?: any
}

/**
 * The headers of every HTTP answer the SDK's transport received. Not clones of the answers:
 * the transport cancels a 202's body, and cancelling one branch of a cloned (teed) body
 * waits for the other.
 */
const seen: Headers[] = []

async function connect(headers: Record<string, string> = {}) {
  const client = new Client({ name: 'guide-int-test', version: '1.0.0' })
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl()), {
    requestInit: { headers: { 'x-forwarded-for': randomAddress(), ...headers } },
    fetch: async (url, init) => {
      const response = await fetch(url, init)
      seen.push(response.headers)
      return response
    },
  })
  await client.connect(transport)
  return client
}

const call = async (client: Client, name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as ToolAnswer

/** A raw POST of one JSON-RPC message, as a client that is not the SDK might send it. */
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(mcpUrl(), {
    method: 'POST',
    headers: {
      'x-forwarded-for': randomAddress(),
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body,
  })

const initialize = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'raw', version: '1' },
  },
})

let client: Client
let admin: string
const keys: number[] = []

/** A new API key with its own quota. */
async function apiKey(requestsPerWindow: number) {
  const key = randomUUID()
  const made = await api('POST', '/api-clients', {
    token: admin,
    body: { name: `MCP ${key.slice(0, 8)}`, enableAPIKey: true, apiKey: key, requestsPerWindow },
  })
  expect(made.status).toBe(201)
  keys.push(made.body.doc.id)
  return key
}

beforeAll(async () => {
  admin = await adminLogin()
  client = await connect()
})

afterAll(async () => {
  await client?.close()
  for (const id of keys) await api('DELETE', `/api-clients/${id}`, { token: admin })
})

describe('MCP server: tools', () => {
  it('lists its read-only tools', async () => {
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name).sort()).toEqual(
      [
        'get_band',
        'get_company',
        'get_faq',
        'get_guide_section',
        'get_role',
        'get_skill',
        'get_stage',
        'list_changes',
        'search_guide',
      ].sort(),
    )
    for (const tool of tools) expect(tool.annotations?.readOnlyHint, tool.name).toBe(true)
  })

  for (const [kind, { collection, path }] of Object.entries(PAGES)) {
    it(`get_${kind} answers the published ${kind} REST serves, citing its page and updatedAt`, async () => {
      const rest = await api('GET', `/${collection}?limit=1&depth=0&sort=id`)
      expect(rest.status).toBe(200)
      const doc = rest.body.docs[0]
      for (const args of [{ slug: doc.slug }, { id: doc.id }]) {
        const got = await call(client, `get_${kind}`, args)
        expect(got.isError, JSON.stringify(got.content)).toBeFalsy()
        const { document, citation } = got.structuredContent as {
          document: Record<string, unknown>
          citation: Citation
        }
        expect(document.id).toBe(doc.id)
        expect(document.slug).toBe(doc.slug)
        expect(document.updatedAt).toBe(doc.updatedAt)
        expect(citation).toEqual({ url: `${SITE}${path(doc.slug)}`, asOf: doc.updatedAt })
        expect(got.content.find((c) => c.type === 'resource_link')?.uri).toBe(citation.url)
        expect(JSON.parse(got.content[0]!.text!)).toEqual(got.structuredContent)
        // Payload's internals and the editor's Lexical JSON stay out of the answer.
        expect(Object.keys(document).filter((k) => k.startsWith('_'))).toEqual([])
        expect(JSON.stringify(document)).not.toContain('"root"')
      }
    })
  }

  it('get_faq gives the answer as HTML', async () => {
    const rest = await api('GET', '/faqs?limit=1&depth=0&sort=id')
    const doc = rest.body.docs[0]
    const got = await call(client, 'get_faq', { slug: doc.slug })
    expect(got.structuredContent.document.answerHtml).toBe(doc.answerHtml)
    expect(doc.answerHtml).toMatch(/<p>/)
  })

  it('a slug nobody has, both or neither of slug and id: a tool error that says so', async () => {
    const missing = await call(client, 'get_stage', { slug: 'no-such-stage' })
    expect(missing.isError).toBe(true)
    expect(missing.content[0]!.text).toMatch(/No published stage has slug "no-such-stage"/)
    for (const args of [{}, { slug: 'a', id: 1 }]) {
      const refused = await call(client, 'get_role', args)
      expect(refused.isError).toBe(true)
      expect(refused.content[0]!.text).toMatch(/either slug or id/)
    }
  })

  it('bad arguments and unknown tools are errors naming the problem', async () => {
    const wrongType = await call(client, 'get_skill', { slug: 5 })
    expect(wrongType.isError).toBe(true)
    expect(wrongType.content[0]!.text).toMatch(/Input validation error.*slug/s)
    const notASlug = await call(client, 'get_skill', { slug: '../../etc/passwd' })
    expect(notASlug.isError).toBe(true)
    const hugeLimit = await call(client, 'search_guide', { query: 'ml', limit: 10_000 })
    expect(hugeLimit.isError).toBe(true)
    expect(hugeLimit.content[0]!.text).toMatch(/limit/)
    const unknown = await call(client, 'delete_everything', {})
    expect(unknown.isError).toBe(true)
    expect(unknown.content[0]!.text).toMatch(/Tool delete_everything not found/)
  })

  it('search_guide finds a stage by a word of its title, citing its page', async () => {
    const rest = await api('GET', '/career-stages?limit=1&depth=0&sort=id')
    const stage = rest.body.docs[0]
    const word = (stage.title as string).split(/\s+/).find((w) => w.length >= 4)!
    const got = await call(client, 'search_guide', { query: word.toUpperCase() })
    expect(got.isError, JSON.stringify(got.content)).toBeFalsy()
    const hit = got.structuredContent.results.find(
      (r: { kind: string; id: number }) => r.kind === 'stage' && r.id === stage.id,
    )
    expect(hit).toMatchObject({
      slug: stage.slug,
      title: stage.title,
      citation: { url: `${SITE}/career-path/${stage.slug}`, asOf: stage.updatedAt },
    })
    for (const r of got.structuredContent.results) {
      expect(r.citation.url.startsWith(SITE)).toBe(true)
      expect(Number.isNaN(Date.parse(r.citation.asOf))).toBe(false)
    }
  })

  it('search_guide finds an FAQ by a word only its answer holds', async () => {
    const faq = (
      await api(
        'GET',
        '/faqs?limit=1&depth=0&sort=id&select[question]=true&select[answerHtml]=true',
      )
    ).body.docs[0]
    const question = (faq.question as string).toLowerCase()
    const word = (faq.answerHtml as string)
      .replace(/<[^>]+>/g, ' ')
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((w) => w.length >= 8 && !question.includes(w))!
    expect(word, 'a long word of the answer').toBeTruthy()
    const got = await call(client, 'search_guide', { query: word, kinds: ['faq'], limit: 25 })
    const ids = (got.structuredContent.results as { id: number }[]).map((r) => r.id)
    expect(ids).toContain(faq.id)
  })

  it('search_guide narrowed to kinds answers only those, best match first', async () => {
    const rest = await api('GET', '/tools?limit=1&depth=0&sort=id')
    const tool = rest.body.docs[0]
    const got = await call(client, 'search_guide', { query: tool.name, kinds: ['skill'] })
    const results = got.structuredContent.results as { kind: string; id: number }[]
    expect(results.length).toBeGreaterThan(0)
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(['skill']))
    expect(results.map((r) => r.id)).toContain(tool.id)
    const nothing = await call(client, 'search_guide', { query: 'zqxjkvw' })
    expect(nothing.structuredContent.results).toEqual([])
  })

  it('list_changes answers the record of changes REST serves, each change citing its page', async () => {
    // The seed's publishes are not in the record: an editor's change to a question is.
    const faq = (await api('GET', '/faqs?limit=1&depth=0&sort=-id')).body.docs[0]
    const edit = (question: string) =>
      api('PATCH', `/faqs/${faq.id}`, { token: admin, body: { question, _status: 'published' } })
    expect((await edit(`${faq.question} (asked by an agent)`)).status).toBe(200)
    try {
      const rest = await api('GET', '/content-changes?limit=5')
      expect(rest.status).toBe(200)
      const got = await call(client, 'list_changes', { limit: 5 })
      expect(got.isError, JSON.stringify(got.content)).toBeFalsy()
      const { changes, totalDocs, citation } = got.structuredContent
      expect(totalDocs).toBe(rest.body.totalDocs)
      expect(changes.map((c: { sequence: number }) => c.sequence)).toEqual(
        rest.body.docs.map((c: { sequence: number }) => c.sequence),
      )
      expect(citation).toEqual({ url: `${SITE}/changes`, asOf: rest.body.docs[0].time })
      expect(changes[0]).toMatchObject({
        change: 'updated',
        document: { kind: 'collection', slug: 'faqs', id: faq.id },
        url: `${SITE}/#${faq.slug}`,
      })
      for (const change of changes) {
        const shown = ['published', 'updated'].includes(change.change) && change.slug
        const kind = Object.values(PAGES).find((p) => p.collection === change.document.slug)
        if (shown && kind) expect(change.url).toBe(`${SITE}${kind.path(change.slug)}`)
        if (!shown) expect(change.url).toBeNull()
      }
      const link = got.content.find((c) => c.type === 'resource_link')
      expect(link?.uri).toBe(`${SITE}/changes`)
    } finally {
      expect((await edit(faq.question)).status).toBe(200)
    }
  })
})

/** The words of HTML or text, lower case. */
const wordsOf = (text: string) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w)

type Result = { kind: string; id?: number; slug: string; title: string; citation: Citation }
const results = (got: ToolAnswer) => got.structuredContent.results as Result[]

describe('MCP server: the guide page’s sections and the companies', () => {
  // A client of its own (another address): the anonymous quota of the tools' tests is spent.
  let client: Client
  beforeAll(async () => {
    client = await connect()
  })
  afterAll(async () => {
    await client?.close()
  })

  it('a word only “Why MLOps?” holds finds that section at its anchor, as of the published global', async () => {
    const page = (await api('GET', '/globals/guide-page?depth=0')).body
    // The other sections' words, from the published global as REST serves it.
    const elsewhere = new Set(
      guideSections(page, ({ html }) => html ?? '')
        .filter((s) => s.slug !== 'why')
        .flatMap((s) => wordsOf(`${s.title} ${s.text}`)),
    )
    const word = wordsOf(page.why.bodyHtml).find((w) => w.length >= 6 && !elsewhere.has(w))!
    expect(word, 'a word of “Why MLOps?” alone').toBeTruthy()
    const why = {
      kind: 'guide-section',
      slug: 'why',
      title: page.why.heading,
      citation: { url: `${SITE}/#why`, asOf: page.updatedAt },
    }
    const got = await call(client, 'search_guide', { query: word, limit: 25 })
    expect(got.isError, JSON.stringify(got.content)).toBeFalsy()
    const sections = results(got).filter((r) => r.kind === 'guide-section')
    expect(sections).toEqual([why])
    expect(got.content.some((c) => c.uri === why.citation.url)).toBe(true)

    const read = await call(client, 'get_guide_section', { slug: 'why' })
    expect(read.isError, JSON.stringify(read.content)).toBeFalsy()
    expect(read.structuredContent).toMatchObject({
      kind: 'guide-section',
      section: { slug: 'why', title: page.why.heading },
      citation: why.citation,
    })
    // Lexical's plain text: the words without the HTML.
    expect(read.structuredContent.section.text.toLowerCase()).toContain(word)
    expect(read.structuredContent.section.text).not.toMatch(/<p>|"root"/)
  })

  it('a company is found by its name and by its group’s title, citing its group on the home page', async () => {
    const company = (await api('GET', '/companies?limit=1&depth=1&sort=id')).body.docs[0]
    const citation = {
      url: `${SITE}/#companies-${company.group.slug}`,
      asOf: company.updatedAt,
    }
    const byName = await call(client, 'search_guide', { query: company.name })
    expect(results(byName)[0]).toEqual({
      kind: 'company',
      id: company.id,
      slug: company.slug,
      title: company.name,
      citation,
    })
    const byGroup = await call(client, 'search_guide', {
      query: company.group.title,
      kinds: ['company'],
      limit: 25,
    })
    expect(results(byGroup).map((r) => r.id)).toContain(company.id)

    const read = await call(client, 'get_company', { slug: company.slug })
    expect(read.isError, JSON.stringify(read.content)).toBeFalsy()
    expect(read.structuredContent.document).toMatchObject({
      id: company.id,
      name: company.name,
      group: { slug: company.group.slug, title: company.group.title },
    })
    expect(read.structuredContent.citation).toEqual(citation)
  })

  it('kinds narrows the search to sections, or to companies', async () => {
    const page = (await api('GET', '/globals/guide-page?depth=0')).body
    const company = (await api('GET', '/companies?limit=1&depth=0&sort=id')).body.docs[0]
    // A company's name and a section's heading: both kinds are found.
    const query = `${company.name} ${page.companies.heading}`
    const all = results(await call(client, 'search_guide', { query, limit: 25 }))
    expect(new Set(all.map((r) => r.kind)).size).toBeGreaterThan(1)
    for (const kind of ['guide-section', 'company']) {
      const narrowed = results(await call(client, 'search_guide', { query, kinds: [kind] }))
      expect(narrowed.length, kind).toBeGreaterThan(0)
      expect(new Set(narrowed.map((r) => r.kind))).toEqual(new Set([kind]))
    }
    const unknown = await call(client, 'search_guide', { query, kinds: ['guide-page'] })
    expect(unknown.isError).toBe(true)
    expect(unknown.content[0]!.text).toMatch(/kinds/)
  })

  it('a draft of the guide page, saved but not published, is never searched or read', async () => {
    const original = (await api('GET', '/globals/guide-page?depth=0')).body
    const hero = (subtitle: string) => ({ hero: { title: original.hero.title, subtitle } })
    const unseen = 'zorblaxian'
    const draft = await api('POST', '/globals/guide-page?draft=true', {
      token: admin,
      body: hero(`${original.hero.subtitle} ${unseen}`),
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    try {
      const got = await call(client, 'search_guide', { query: unseen })
      expect(got.isError, JSON.stringify(got.content)).toBeFalsy()
      expect(results(got)).toEqual([])
      const read = await call(client, 'get_guide_section', { slug: 'hero' })
      expect(read.structuredContent.section.text).toBe(original.hero.subtitle)
      expect(read.structuredContent.citation.asOf).toBe(original.updatedAt)
    } finally {
      // The published text again, with no draft pending (other saves need none).
      const restore = await api('POST', '/globals/guide-page', {
        token: admin,
        body: { ...hero(original.hero.subtitle), _status: 'published' },
      })
      expect(restore.status, JSON.stringify(restore.body)).toBe(200)
    }
  })
})

describe('MCP server: keys and rate limits, as the REST API', () => {
  const rateLimit = (r: Response) => [r.headers.get('ratelimit-policy'), r.headers.get('ratelimit')]

  it('every answer of the SDK’s session carries RateLimit-Policy and RateLimit, counting down', async () => {
    seen.length = 0
    const own = await connect()
    await call(own, 'get_stage', { id: 1 })
    await own.close()
    const counted = seen.filter((h) => h.has('ratelimit'))
    // initialize, notifications/initialized, tools/call (the transport's GET is a 405).
    expect(counted.length).toBe(3)
    const remaining = counted.map((h) => Number(/;r=(\d+)/.exec(h.get('ratelimit')!)![1]))
    expect(remaining).toEqual([ANONYMOUS - 1, ANONYMOUS - 2, ANONYMOUS - 3])
    const window = inject('cmsEnv').RATE_LIMIT_WINDOW_SECONDS ?? 60
    for (const h of counted) {
      expect(h.get('ratelimit-policy')).toBe(`"anonymous";q=${ANONYMOUS};w=${window}`)
    }
  })

  it('an API key works as Bearer and is counted against its own quota, up to a 429 with Retry-After', async () => {
    const key = await apiKey(3)
    const keyed = await connect({ authorization: `Bearer ${key}` })
    // By its id now: seed.int's --reset gives every document a new one.
    const got = await call(keyed, 'get_band', { id: await seededId('salary-bands', 'junior') })
    expect(got.isError).toBeFalsy()
    const refused = await post(initialize, { authorization: `Bearer ${key}` })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(rateLimit(refused)[0]).toMatch(/^"api-key";q=3;/)
    const body = await refused.json()
    expect(body.errors[0].message).toMatch(/Too many requests: 3 per/)
    expect(body.error.message).toBe(body.errors[0].message)
    await keyed.close()
  })

  it('an unknown key or a scheme nobody answers to is a 401 naming the scheme to use, never the anonymous answer', async () => {
    for (const authorization of [`Bearer ${randomUUID()}`, `Basic dXNlcjpwYXNz`]) {
      const res = await post(initialize, { authorization })
      expect(res.status, authorization).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
      const body = await res.json()
      expect(body.errors[0].message).toMatch(/Authorization: Bearer <key>/)
      expect(body).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000 } })
      expect(body.error.message).toBe(body.errors[0].message)
    }
    await expect(connect({ authorization: `Bearer ${randomUUID()}` })).rejects.toThrow()
  })
})

describe('MCP server: hostile requests get a 4xx, never a 5xx', () => {
  const jsonRpcError = async (res: Response, status: number, message: RegExp) => {
    expect(res.status).toBe(status)
    const body = await res.json()
    expect(body.jsonrpc).toBe('2.0')
    expect(body.id).toBeNull()
    expect(body.error.message).toMatch(message)
    // The API's own envelope too: one shape for every refusal of the API.
    expect(body.errors[0].message).toBe(body.error.message)
  }

  it('without the Accept it needs: 406', async () => {
    await jsonRpcError(await post(initialize, { accept: 'application/json' }), 406, /Accept/)
  })

  it('another Content-Type: 415', async () => {
    await jsonRpcError(
      await post(initialize, { 'content-type': 'text/plain' }),
      415,
      /Content-Type/,
    )
  })

  it('a body that is not JSON, or not JSON-RPC: 400 parse error', async () => {
    for (const body of ['{"jsonrpc":', '{"hello":"world"}', '']) {
      const res = await post(body)
      expect(res.status, body).toBe(400)
      const answer = await res.json()
      expect(answer.error.code).toBe(-32700)
      expect(answer.errors[0].message).toMatch(/^Parse error/)
    }
  })

  it('a batch: 400, one message per request', async () => {
    await jsonRpcError(await post(`[${initialize},${initialize}]`), 400, /not a batch/)
  })

  it('a body over the JSON limit: 413', async () => {
    const huge = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'x',
      params: { p: 'x'.repeat(1_100_000) },
    })
    await jsonRpcError(await post(huge), 413, /larger than/)
  })

  it('GET (with or without Accept), DELETE, PUT: 405 naming POST', async () => {
    for (const [method, accept] of [
      ['GET', undefined],
      ['GET', 'text/event-stream'],
      ['DELETE', undefined],
      ['PUT', undefined],
    ] as const) {
      const res = await fetch(mcpUrl(), { method, headers: accept ? { accept } : {} })
      expect(res.headers.get('allow'), method).toBe('POST, OPTIONS')
      await jsonRpcError(res, 405, /POST only/)
    }
  })

  it('a method override (which Payload would turn into a GET): 400', async () => {
    for (const header of ['x-payload-http-method-override', 'x-http-method-override']) {
      await jsonRpcError(await post('{not json', { [header]: 'GET' }), 400, /not answered here/)
    }
  })

  it('a page of a foreign origin: 403 (DNS rebinding)', async () => {
    await jsonRpcError(await post(initialize, { origin: 'https://evil.example' }), 403, /Origin/)
  })

  it('a call before initialize, in a stateless server, still answers', async () => {
    const res = await post(
      JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/list', params: {} }),
    )
    expect(res.status).toBe(200)
    expect((await res.json()).result.tools.length).toBe(9)
  })

  it('list_changes cites a changed company at its group’s list and the guide page at the home page', async () => {
    const company = (await api('GET', '/companies?limit=1&depth=1&sort=id')).body.docs[0]
    const rename = (name: string) =>
      api('PATCH', `/companies/${company.id}`, {
        token: admin,
        body: { name, _status: 'published' },
      })
    const page = (await api('GET', '/globals/guide-page?depth=0')).body
    const subtitle = (text: string) =>
      api('POST', '/globals/guide-page', {
        token: admin,
        body: { hero: { ...page.hero, subtitle: text }, _status: 'published' },
      })
    expect((await rename(`${company.name} (renamed by an agent)`)).status).toBe(200)
    expect((await subtitle(`${page.hero.subtitle} (again)`)).status).toBe(200)
    try {
      const got = await call(client, 'list_changes', { limit: 2 })
      expect(got.isError, JSON.stringify(got.content)).toBeFalsy()
      const [pageChange, companyChange] = got.structuredContent.changes
      expect(pageChange).toMatchObject({
        document: { kind: 'global', slug: 'guide-page' },
        url: `${SITE}/`,
      })
      expect(companyChange).toMatchObject({
        document: { kind: 'collection', slug: 'companies', id: company.id },
        url: `${SITE}/#companies-${company.group.slug}`,
      })
    } finally {
      expect((await subtitle(page.hero.subtitle)).status).toBe(200)
      expect((await rename(company.name)).status).toBe(200)
    }
  })
})
