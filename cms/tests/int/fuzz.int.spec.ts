import fc from 'fast-check'
import { stringify } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, cmsUrl, loginAs, randomAddress } from './helpers'
import { errorMessage, rawRequest } from './rawHttp'

/**
 * Property-based fuzzing of the API, driven by its own description (/api/openapi.json):
 * every documented GET with parameters drawn from their schemas mixed with hostile values,
 * editors' writes with bodies built from the documents' schemas, and GraphQL documents
 * malformed, cyclic and deep. The property: never a 5xx, and always a JSON body.
 * Then, as anonymous, contributor, editor and admin: every method on every path (each
 * collection's and global's endpoints, Payload's internal ones, unknown ones), and GraphQL
 * with hostile arguments. The property: never a 5xx, and every refusal is a JSON
 * `{ errors: [{ message }] }` that names no internal host.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2500)

type Schema = {
  type?: string | string[]
  enum?: unknown[]
  minimum?: number
  maximum?: number
  properties?: Record<string, Schema>
  $ref?: string
}
type Operation = { parameters?: { name: string; in: string; schema?: Schema }[] }

const HOSTILE = [
  '',
  ' ',
  '-1',
  '0',
  '1.5',
  '1e309',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '2147483648',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '%00',
  '%FF',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '💥',
  "' OR 1=1 --",
  '"; DROP TABLE faqs; --',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '$where',
  '__proto__',
  'constructor',
  'a'.repeat(5000),
  '1,2,3',
  ',',
  '2026-13-45',
  'javascript:alert(1)',
]
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
)

const fromSchema = (schema: Schema | undefined): fc.Arbitrary<unknown> => {
  if (!schema) return hostile
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  if (type === 'integer' || type === 'number') {
    return fc.integer({ min: (schema.minimum ?? 0) - 3, max: (schema.maximum ?? 1000) + 3 })
  }
  if (type === 'boolean') return fc.boolean()
  return fc.string({ maxLength: 20 })
}
const valueFor = (schema?: Schema) =>
  fc.oneof({ weight: 2, arbitrary: fromSchema(schema) }, { weight: 1, arbitrary: hostile })

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'like',
  'contains',
  'near',
  'within',
  'intersects',
  'bogus',
]

/** A where clause: documented fields and operators, then unknown ones, nested and/or. */
const whereFor = (ops: Schema | undefined): fc.Arbitrary<unknown> => {
  const fields = Object.keys(ops?.properties ?? {})
  const condition = fc
    .record({
      field: fc.oneof(
        fc.constantFrom(...(fields.length ? fields : ['id'])),
        // _status: a select, which PostgreSQL keeps as an enum of its options.
        fc.constantFrom('nope', 'a.b.c', 'salaryBand.slug', 'id', '', '_status'),
        hostile,
      ),
      operator: fc.oneof(fc.constantFrom(...OPERATORS), hostile),
      value: fc.oneof(
        hostile,
        fc.array(hostile, { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 3 }), hostile, { maxKeys: 2 }),
      ),
    })
    .map(({ field, operator, value }) => ({ [field]: { [operator]: value } }))
  const { clause } = fc.letrec((tie) => ({
    clause: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      condition,
      fc.record({ or: fc.array(tie('clause'), { maxLength: 3 }) }),
      fc.record({ and: fc.array(tie('clause'), { maxLength: 3 }) }),
    ),
  }))
  return fc.oneof({ weight: 4, arbitrary: clause }, { weight: 1, arbitrary: hostile })
}

// A lone surrogate cannot be percent-encoded as UTF-8; send its bytes as WTF-8 would.
const encode = (value: string) => {
  try {
    return encodeURIComponent(value)
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '')) + '%ED%A0%80'
  }
}
const queryString = (query: object) =>
  stringify(query, { addQueryPrefix: true, encoder: (v: unknown) => encode(String(v)) })

/** The first of a list of failures, for the assertion's message (a test report keeps one line). */
const firstOf = (list: string[]) => `${list.length} failed; the first: ${list[0] ?? 'none'}`

let openapi: {
  paths: Record<string, { get?: Operation }>
  components: { schemas: Record<string, Schema> }
}
let editor: string
let scratchFaq: number
let cases = 0
const failures: string[] = []

/** One request; records it if the answer is a 5xx or not JSON. */
async function probe(method: string, url: string, init: RequestInit = {}) {
  cases++
  const res = await fetch(url, {
    method,
    ...init,
    headers: { 'x-forwarded-for': randomAddress(), ...(init.headers as Record<string, string>) },
  })
  const text = await res.text()
  let json = true
  try {
    JSON.parse(text)
  } catch {
    json = false
  }
  if (res.status >= 500 || !json) {
    failures.push(
      `${method} ${url.slice(0, 300)} ${String(init.body ?? '').slice(0, 200)} → ${res.status} ${text.slice(0, 200)}`,
    )
  }
  return res.status < 500 && json
}

beforeAll(async () => {
  openapi = (await api('GET', '/openapi.json')).body
  editor = await loginAs('editor')
  const model = (await api('GET', '/faqs?limit=1&depth=0')).body.docs[0]
  const made = await api('POST', '/faqs', {
    token: editor,
    body: { question: `Fuzz scratch ${Date.now()}?`, answer: model.answer, _status: 'draft' },
  })
  if (made.status !== 201) throw new Error(`scratch FAQ: ${JSON.stringify(made.body)}`)
  scratchFaq = made.body.doc.id
})

afterAll(async () => {
  await api('DELETE', `/faqs/${scratchFaq}`, { token: editor })
  console.log(`fuzz: ${cases} requests, ${failures.length} with a 5xx or no JSON body`)
  for (const failure of failures.slice(0, 20)) console.log(failure)
})

describe('fuzzing the API from its OpenAPI description', () => {
  it(`GET: every documented path and parameter, ${RUNS} cases: no 5xx`, async () => {
    const gets = Object.entries(openapi.paths).filter(([, item]) => item.get?.parameters?.length)
    const request = fc.constantFrom(...gets).chain(([path, item]) => {
      const params = item.get!.parameters!.filter((p) => p.in === 'query')
      const listName = (item.get as { responses?: Record<string, { $ref?: string }> }).responses?.[
        '200'
      ]?.$ref
        ?.split('/')
        .pop()
        ?.replace(/ListResponse$/, '')
      const ops = listName ? openapi.components.schemas[`${listName}QueryOperations`] : undefined
      const query = fc.record(
        Object.fromEntries(
          params.map((p) => [p.name, p.name === 'where' ? whereFor(ops) : valueFor(p.schema)]),
        ),
        { requiredKeys: [] },
      )
      const id = fc.oneof(fc.integer({ min: -5, max: 100 }).map(String), hostile)
      return fc.record({
        path: fc.constant(path),
        id,
        query,
        extra: fc.dictionary(
          fc.constantFrom('draft', 'locale', 'populate', 'trash', 'pagination'),
          hostile,
          { maxKeys: 2 },
        ),
      })
    })
    const before = failures.length
    await fc.assert(
      fc.asyncProperty(request, async ({ path, id, query, extra }) => {
        const where = path.replace('{id}', encode(id))
        const search = queryString({ ...query, ...extra })
        return probe('GET', `${cmsUrl()}${where}${search}`)
      }),
      { numRuns: RUNS },
    )
    expect(failures.slice(before), firstOf(failures.slice(before))).toEqual([])
  }, 600_000)

  it(`PATCH: editors' bodies from the document schemas and hostile ones, ${Math.round(RUNS / 2)} cases: no 5xx`, async () => {
    const faq = openapi.components.schemas.Faq!
    const stage = openapi.components.schemas.CareerStage!
    const bodyFor = (schema: Schema) =>
      fc.oneof(
        fc
          .record(
            Object.fromEntries(
              Object.entries(schema.properties ?? {}).map(([k, s]) => [
                k,
                fc.oneof(valueFor(s), fc.anything({ maxDepth: 2 })),
              ]),
            ),
            { requiredKeys: [] },
          )
          .map((b) => JSON.stringify(b)),
        fc.json({ maxDepth: 3 }),
        hostile,
      )
    const request = fc
      .record({
        target: fc.constantFrom(['faqs', faq] as const, ['career-stages', stage] as const),
        type: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          '',
        ),
      })
      .chain(({ target, type }) =>
        fc.record({
          collection: fc.constant(target[0]),
          type: fc.constant(type),
          body: bodyFor(target[1]),
          query: fc.dictionary(fc.constantFrom('draft', 'depth', 'locale', 'autosave'), hostile, {
            maxKeys: 2,
          }),
        }),
      )
    // Writes go to the scratch FAQ, and for stages to a stage id that does not exist.
    const before = failures.length
    await fc.assert(
      fc.asyncProperty(request, async ({ collection, type, body, query }) => {
        const id = collection === 'faqs' ? scratchFaq : 2_000_000_000
        return probe('PATCH', `${cmsUrl()}/api/${collection}/${id}${queryString(query)}`, {
          body,
          headers: { authorization: `JWT ${editor}`, ...(type ? { 'content-type': type } : {}) },
        })
      }),
      { numRuns: Math.round(RUNS / 2) },
    )
    expect(failures.slice(before), firstOf(failures.slice(before))).toEqual([])
  }, 600_000)

  it(`GraphQL: malformed, cyclic and deep documents, ${Math.round(RUNS / 2)} cases: no 5xx`, async () => {
    const valid = [
      '{ Faqs { docs { question } } }',
      '{ SalaryBands(limit: 2) { docs { level minSalary } } }',
      'query Q($id: Int!) { Faq(id: $id) { question } }',
    ]
    const document = fc.oneof(
      fc.constantFrom(...valid),
      // A valid document with a piece cut out or something inserted.
      fc
        .record({ q: fc.constantFrom(...valid), at: fc.nat(40), cut: fc.nat(5), add: hostile })
        .map(({ q, at, cut, add }) => q.slice(0, at) + add + q.slice(at + cut)),
      fc
        .integer({ min: 1, max: 200 })
        .map((n) => `{ ${'Faqs { docs { '.repeat(n)} id ${'} } '.repeat(n)} }`),
      fc
        .integer({ min: 1, max: 5 })
        .map(
          (n) =>
            `{ Faqs { ...F0 } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Faqs { ...F${(i + 1) % n} }`).join(' ')}`,
        ),
      fc
        .integer({ min: 1, max: 500 })
        .map(
          (n) =>
            `{ ${Array.from({ length: n }, (_, i) => `a${i}: Faqs { totalDocs }`).join(' ')} }`,
        ),
      hostile,
    )
    const body = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .record(
            {
              query: document,
              variables: fc.oneof(fc.constant(undefined), fc.anything({ maxDepth: 2 })),
              operationName: fc.oneof(fc.constant(undefined), hostile),
            },
            { requiredKeys: ['query'] },
          )
          .map((b) => JSON.stringify(b)),
      },
      { weight: 1, arbitrary: fc.oneof(hostile, fc.json({ maxDepth: 3 })) },
    )
    const before = failures.length
    await fc.assert(
      fc.asyncProperty(body, async (b) =>
        probe('POST', `${cmsUrl()}/api/graphql`, {
          body: b,
          headers: { 'content-type': 'application/json' },
        }),
      ),
      { numRuns: Math.round(RUNS / 2) },
    )
    expect(failures.slice(before), firstOf(failures.slice(before))).toEqual([])
  }, 600_000)
})

const ROLES = ['anonymous', 'contributor', 'editor', 'admin'] as const
type Role = (typeof ROLES)[number]
// TRACE and CONNECT fetch will not send; PROPFIND, PURGE and MOVE Node parses but Next does
// not route; FOO Node's parser refuses.
const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PATCH',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'PROPFIND',
  'PURGE',
  'MOVE',
  'FOO',
]
const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
/** A document id no table reaches: writes in this test must change nothing. */
const NO_SUCH_ID = '2000000000'
/** Bodies no endpoint accepts (not a JSON object), so no write succeeds. */
const BAD_BODIES = ['', '[]', 'null', '"x"', '{"a":', '1']
const TYPES = [
  'application/json',
  'APPLICATION/JSON; Charset=UTF-8',
  'text/plain',
  'multipart/form-data; boundary=x',
]

const tokens: Partial<Record<Role, string>> = {}
/** Requests per role and method, printed for the issue note. */
const counts = Object.fromEntries(ROLES.map((r) => [r, {} as Record<string, number>]))
const refusals: string[] = []

/** One request as `role`; records a 5xx, a refusal outside the errors shape, or a HEAD body. */
async function check(
  role: Role,
  method: string,
  path: string,
  opts: { body?: string; type?: string } = {},
) {
  counts[role]![method] = (counts[role]![method] ?? 0) + 1
  const res = await rawRequest(method, path, {
    token: tokens[role],
    body: opts.body,
    headers: opts.type ? { 'content-type': opts.type } : {},
  })
  // HEAD has no body by definition: its status is the GET's (methods.int.spec.ts). The
  // readiness probe's 503 naming a dependency that did not answer in time (S3 on a loaded
  // machine) is its documented answer, not a failure of the request.
  const notReady =
    res.status === 503 && /^\/api\/health\b/.test(path) && /"unavailable"/.test(res.text)
  const wrong =
    res.status >= 500 && !notReady
      ? '5xx'
      : method === 'HEAD'
        ? res.text === ''
          ? null
          : 'HEAD with a body'
        : res.status >= 400 && !errorMessage(res.text)
          ? 'no errors body'
          : res.status >= 400 && /localhost|127\.0\.0\.1/.test(res.text)
            ? 'names a host'
            : null
  if (wrong) {
    refusals.push(
      `${role} ${method} ${path.slice(0, 200)} ${String(opts.body ?? '').slice(0, 80)} → ${res.status} (${wrong}) ${res.text.slice(0, 200)}`,
    )
  }
}

/** Runs `jobs` with a few in flight at once: the CMS answers while the next request waits. */
async function pool(jobs: (() => Promise<void>)[], width = 8) {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) await jobs[next++]!()
    }),
  )
}

/**
 * Every path the API has, with {id} and {name} left to fill: each collection's and global's
 * endpoints (from /api/access, which lists all of them, Payload's internal ones included),
 * the documented ones, the API's own, and some that do not exist.
 */
async function everyPath(): Promise<string[]> {
  const access = await api('GET', '/access', { token: tokens.admin })
  const collections = Object.keys(access.body.collections)
  const globals = Object.keys(access.body.globals)
  if (!collections.includes('payload-preferences')) {
    throw new Error(`/api/access lists no internal collections: ${collections.join(', ')}`)
  }
  const paths = new Set<string>([
    '/api',
    '/api/nothing',
    '/api/globals',
    '/api/globals/nothing',
    '/api/health',
    '/api/access',
    '/api/openapi.json',
    '/api/docs',
    '/api/exports/faqs.csv',
    '/api/exports/nothing.csv',
    '/api/content-changes',
    '/api/figure-check',
    '/api/preview-draft',
    '/api/graphql',
    '/api/graphql-playground',
    '/api/graphql/nothing',
    '/api/payload-migrations',
    '/api/payload-jobs/run',
    '/api/media/file/{name}',
    ...Object.keys(openapi.paths).map((p) => `/api${p.replace(/^\/api/, '')}`),
  ])
  for (const c of collections) {
    for (const tail of [
      '',
      '/{id}',
      '/count',
      '/versions',
      '/versions/{id}',
      '/access',
      '/{id}/duplicate',
      '/nothing/{id}/x',
    ])
      paths.add(`/api/${c}${tail}`)
  }
  for (const tail of [
    '/login',
    '/me',
    '/refresh-token',
    '/forgot-password',
    '/reset-password',
    '/unlock',
    '/verify/{id}',
    '/init',
    '/first-register',
    '/{id}/api-key/reveal',
  ])
    paths.add(`/api/users${tail}`)
  for (const g of globals) {
    for (const tail of ['', '/versions', '/versions/{id}', '/access'])
      paths.add(`/api/globals/${g}${tail}`)
  }
  return [...paths]
}

describe('every role, every method, every path', () => {
  beforeAll(async () => {
    for (const role of ['contributor', 'editor', 'admin'] as const)
      tokens[role] = await loginAs(role)
  })

  afterAll(() => {
    console.log('requests per role and method:')
    console.table(counts)
    console.log(`${refusals.length} answers outside the API's shape`)
    for (const refusal of refusals.slice(0, 60)) console.log(refusal)
  })

  it('each method on each path as each role: no 5xx, every refusal a JSON errors body', async () => {
    const paths = await everyPath()
    // The sign-out ends the session the rest of this test signs in with: anonymous only.
    const signOut = '/api/users/logout'
    const ids = fc.oneof(
      fc.constant(NO_SUCH_ID),
      fc.constantFrom(...HOSTILE),
      fc.nat(50).map(String),
    )
    const writeIds = fc.oneof(
      fc.constant(NO_SUCH_ID),
      fc.constantFrom(...HOSTILE.filter((h) => !/^\d{1,9}$/.test(h) || h === '0')),
    )
    const query = fc.dictionary(
      fc.constantFrom(
        'page',
        'limit',
        'sort',
        'depth',
        'draft',
        'where[id][equals]',
        'select[id]',
        'trash',
      ),
      hostile,
      { maxKeys: 2 },
    )
    const jobs: (() => Promise<void>)[] = []
    // Each run draws other values; FUZZ_SEED repeats a run.
    let seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000)
    console.log(`every-path fuzz seed: ${seed} (FUZZ_SEED)`)
    for (const role of ROLES) {
      for (const method of METHODS) {
        for (const path of [...paths, ...(role === 'anonymous' ? [signOut] : [])]) {
          const write = WRITES.has(method)
          const [id, q, body, type] = fc.sample(
            fc.tuple(
              write ? writeIds : ids,
              query,
              fc.constantFrom(...BAD_BODIES),
              fc.constantFrom(...TYPES),
            ),
            { numRuns: 1, seed: seed++ },
          )[0]!
          // A bulk write must find nothing to change, whatever else the query says.
          const search = queryString(write ? { ...q, where: { id: { equals: NO_SUCH_ID } } } : q)
          const target = path.replace('{id}', encode(id)).replace('{name}', encode(id)) + search
          jobs.push(() =>
            check(role, method, target, write || method === 'PROPFIND' ? { body, type } : {}),
          )
        }
      }
    }
    await pool(jobs)
    expect(refusals, firstOf(refusals)).toEqual([])
  }, 600_000)

  it(`GraphQL with hostile arguments, as each role, ${Math.round(RUNS / 4)} cases: no 5xx`, async () => {
    const lists = [
      'Faqs',
      'SalaryBands',
      'Tools',
      'Companies',
      'CareerStages',
      'Users',
      'countFaqs',
      'versionsFaqs',
      'versionsTools',
      'versionsGuidePage',
    ]
    const single = ['Faq', 'versionFaq', 'User', 'deleteFaq', 'restoreVersionFaq']
    const literal = (value: unknown): string =>
      Array.isArray(value)
        ? `[${value.map(literal).join(', ')}]`
        : value !== null && typeof value === 'object'
          ? `{ ${Object.entries(value)
              .map(([k, v]) => `${k}: ${literal(v)}`)
              .join(', ')} }`
          : (JSON.stringify(value) ?? 'null')
    const intish = fc.oneof(
      fc.integer({ min: -5, max: 105 }),
      fc.constantFrom(2147483648, 1.5, -2147483649),
      hostile,
    )
    const listCall = fc.record({
      field: fc.constantFrom(...lists),
      page: fc.option(intish),
      limit: fc.option(intish),
      sort: fc.option(
        fc.oneof(
          fc.constantFrom('-updatedAt', 'question', 'nope;drop', 'version.question', '-'),
          hostile,
        ),
      ),
      where: fc.option(
        whereFor(undefined).map((w) =>
          JSON.parse(
            JSON.stringify(w ?? null)
              .replace(/"or"/g, '"OR"')
              .replace(/"and"/g, '"AND"'),
          ),
        ),
      ),
      asVariables: fc.boolean(),
    })
    const idCall = fc.record({ field: fc.constantFrom(...single), id: intish })
    const request = fc.record({
      role: fc.constantFrom(...ROLES),
      call: fc.oneof({ weight: 4, arbitrary: listCall }, { weight: 1, arbitrary: idCall }),
    })
    const before = refusals.length
    await fc.assert(
      fc.asyncProperty(request, async ({ role, call }) => {
        let query: string
        let variables: Record<string, unknown> | undefined
        if ('id' in call) {
          const op = /^(delete|restore)/.test(call.field) ? 'mutation' : 'query'
          // Mutations only ever name an id no document has, or one GraphQL refuses.
          const id =
            op === 'mutation' && typeof call.id === 'number' && call.id > 0 && call.id < 2147483648
              ? NO_SUCH_ID
              : call.id
          query = `${op} { ${call.field}(id: ${literal(id)}) { id } }`
        } else if (call.asVariables) {
          variables = { page: call.page, limit: call.limit, sort: call.sort }
          query = `query Q($page: Int, $limit: Int, $sort: String) { ${call.field}(page: $page, limit: $limit, sort: $sort${call.where !== null ? `, where: ${literal(call.where)}` : ''}) { totalDocs } }`
        } else {
          const args = (['page', 'limit', 'sort', 'where'] as const)
            .filter((name) => call[name] !== null)
            .map((name) => `${name}: ${literal(call[name])}`)
          query = `{ ${call.field}${args.length ? `(${args.join(', ')})` : ''} { totalDocs } }`
        }
        await check(role, 'POST', '/api/graphql', {
          body: JSON.stringify({ query, variables }),
          type: 'application/json',
        })
        return true
      }),
      { numRuns: Math.round(RUNS / 4) },
    )
    expect(refusals.slice(before), firstOf(refusals.slice(before))).toEqual([])
  }, 600_000)
})
