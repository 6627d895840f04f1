import fc from 'fast-check'
import { stringify } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, cmsUrl, loginAs, randomAddress } from './helpers'

/**
 * Property-based fuzzing of the API, driven by its own description (/api/openapi.json):
 * every documented GET with parameters drawn from their schemas mixed with hostile values,
 * editors' writes with bodies built from the documents' schemas, and GraphQL documents
 * malformed, cyclic and deep. The property: never a 5xx, and always a JSON body.
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
    expect(failures.slice(before)).toEqual([])
  }, 600_000)

  it(`PATCH: editors' bodies from the document schemas and hostile ones, ${Math.round(RUNS / 2)} cases: no 5xx`, async () => {
    const faq = openapi.components.schemas.FAQ!
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
    expect(failures.slice(before)).toEqual([])
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
    expect(failures.slice(before)).toEqual([])
  }, 600_000)
})
