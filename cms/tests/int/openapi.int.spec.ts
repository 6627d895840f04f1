import fs from 'node:fs'
import path from 'node:path'

import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { stringify } from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'

import { repoRoot } from '@mlops-guide/stack'

import { api, cmsUrl, loginAs } from './helpers'
import { CONTENT_COLLECTIONS } from './samples'

const COLLECTIONS = CONTENT_COLLECTIONS

let spec: any
beforeAll(async () => {
  const res = await api('GET', '/openapi.json')
  expect(res.status).toBe(200)
  spec = res.body
})

describe('the OpenAPI document at /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(spec.openapi).toMatch(/^3\.1\./)
    const result = await new Validator().validate(spec)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('covers the read endpoints of every collection and global, and nothing else', () => {
    const expected = [
      // Uploaded images are public too (media.int.spec.ts covers their answers).
      ...[...COLLECTIONS, 'media'].flatMap((c) => [`/api/${c}`, `/api/${c}/{id}`]),
      '/api/globals/guide-page',
      '/api/globals/site-settings',
      // The record of changes (src/events/changesEndpoint.ts).
      '/api/content-changes',
      '/api/content-changes/{sequence}',
      // Old addresses of stage and skill pages (src/redirects).
      '/api/redirects',
      '/api/redirects/{id}',
    ]
    expect(Object.keys(spec.paths).sort()).toEqual(expected.sort())
    for (const item of Object.values<any>(spec.paths)) expect(Object.keys(item)).toEqual(['get'])
  })

  it('documents the query parameters with their caps, and the API-key header', () => {
    const list = spec.paths['/api/salary-bands'].get
    const names = list.parameters.map((p: any) => p.name)
    for (const n of ['where', 'sort', 'limit', 'page', 'depth', 'select'])
      expect(names).toContain(n)
    const limit = list.parameters.find((p: any) => p.name === 'limit')
    expect(limit.schema).toMatchObject({ minimum: 1, maximum: 100 })
    expect(spec.components.securitySchemes.ApiKey).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
    })
    expect(Object.keys(list.responses)).toEqual(
      expect.arrayContaining(['200', '304', '400', '401', '429']),
    )
  })
})

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
addFormats(ajv)

/** How `body` fails the document's ApiErrors schema (the `errors` envelope). */
const ajvErrors = (body: unknown) => {
  if (!ajv.getSchema('openapi.json')) ajv.addSchema({ ...spec, $id: 'openapi.json' })
  const validate = ajv.getSchema('openapi.json#/components/schemas/ApiErrors')!
  return validate(body) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)
}

/** What a reader puts for each <placeholder> of an example: it then runs like the others. */
const PLACEHOLDERS: Record<string, string> = { '<old>': 'an-old-slug' }

/** A change the record holds: an FAQ published with a new question, then as it was. */
async function recordedChange(): Promise<number> {
  const editor = await loginAs('editor')
  const faq = (await api('GET', '/faqs?limit=1&depth=0')).body.docs[0]
  const publish = (question: string) =>
    api('PATCH', `/faqs/${faq.id}`, { token: editor, body: { question, _status: 'published' } })
  expect((await publish(`${faq.question} (asked again)`)).status).toBe(200)
  expect((await publish(faq.question)).status).toBe(200)
  return (await api('GET', '/content-changes?limit=1')).body.docs[0].sequence
}

/**
 * Every request written as `GET /api/…` in the README's API section, the client's README
 * and the document's own text, its placeholders filled in (an unknown one fails the test,
 * so a new pattern gets a value here). One ending in … names a family, not a request.
 */
const examplesIn = (text: string) =>
  [...text.matchAll(/`GET (\/api\/[^`\s]+)`/g)]
    .map((m) => m[1]!)
    .filter((e) => !e.includes('…'))
    .map((e) =>
      e.replace(/<[a-z-]+>/g, (name) => {
        expect(PLACEHOLDERS, `a value for ${name} in ${e}`).toHaveProperty([name])
        return PLACEHOLDERS[name]!
      }),
    )

describe('every public GET answer validates against the document', () => {
  /** Validates `body` against the 200 answer of GET `path` in the document. */
  const check = (path: string, body: unknown) => {
    if (!ajv.getSchema('openapi.json')) ajv.addSchema({ ...spec, $id: 'openapi.json' })
    const ok200 = spec.paths[path].get.responses['200']
    const pointer = ok200.$ref
      ? `${ok200.$ref.replace(/^#/, '')}`
      : `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/get/responses/200`
    const validate = ajv.getSchema(`openapi.json#${pointer}/content/application~1json/schema`)!
    const ok = validate(body)
    return ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)
  }

  it.each(COLLECTIONS)('%s: list and single document, depth 0 and 1', async (collection) => {
    for (const depth of [0, 1]) {
      const list = await api('GET', `/${collection}?depth=${depth}&limit=100`)
      expect(check(`/api/${collection}`, list.body), `${collection} list, depth ${depth}`).toEqual(
        [],
      )
      const one = await api('GET', `/${collection}/${list.body.docs[0].id}?depth=${depth}`)
      expect(
        check(`/api/${collection}/{id}`, one.body),
        `${collection} document, depth ${depth}`,
      ).toEqual([])
    }
  })

  it('one change of the record, as its page lists it; an unknown one a 404 with the errors envelope', async () => {
    const sequence = await recordedChange()
    const [listed] = (await api('GET', '/content-changes?limit=1')).body.docs
    expect(listed.sequence).toBe(sequence)
    const one = await api('GET', `/content-changes/${listed.sequence}`)
    expect(one.status).toBe(200)
    expect(one.body).toEqual(listed)
    expect(check('/api/content-changes/{sequence}', one.body)).toEqual([])
    for (const [sequence, status] of [
      [listed.sequence + 1000, 404],
      ['abc', 400],
      ['-1', 400],
      ['1e3', 400],
      ['99999999999999999', 400],
    ] as const) {
      const res = await api('GET', `/content-changes/${sequence}`)
      expect(res.status, String(sequence)).toBe(status)
      expect(ajvErrors(res.body)).toEqual([])
      expect(res.body.errors[0].data.errors[0].path).toBe('sequence')
    }
  })

  it.each(['guide-page', 'site-settings'])('the global %s', async (slug) => {
    const res = await api('GET', `/globals/${slug}`)
    expect(res.body.globalType).toBe(slug)
    expect(check(`/api/globals/${slug}`, res.body)).toEqual([])
  })
})

describe("its names are the client's", () => {
  it("names each answer's schema as @mlops-guide/content names the type", () => {
    const exported = new Set(
      ['payload-types.ts', 'events.ts', 'changes.ts'].flatMap((file) =>
        [
          ...fs
            .readFileSync(path.join(repoRoot, 'packages/content/src', file), 'utf8')
            .matchAll(/^export (?:interface|type) (\w+)/gm),
        ].map((m) => m[1]!),
      ),
    )
    const answered = new Set<string>()
    const collect = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return
      const ref = (node as { $ref?: unknown }).$ref
      if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
        const name = ref.split('/').pop()!
        if (!answered.has(name)) {
          answered.add(name)
          collect(spec.components.schemas[name])
        }
      }
      for (const value of Object.values(node)) collect(value)
    }
    for (const item of Object.values<any>(spec.paths)) collect(item.get.responses['200'])
    collect(spec.webhooks)
    // Every schema an answer refers to is a type of the client, by the same name.
    expect([...answered].filter((name) => !exported.has(name))).toEqual([])
    for (const name of ['Tool', 'Faq', 'Media', 'GuidePage', 'SiteSetting', 'ContentEvent'])
      expect(answered).toContain(name)
  })
})

describe('its examples run', () => {
  /** What Swagger UI's "Try it out" sends before anyone types: each parameter's example or default. */
  const tryItOut = (pathItem: any) => {
    const query: Record<string, unknown> = {}
    for (const p of pathItem.get.parameters ?? []) {
      if (p.in !== 'query') continue
      const value = p.example ?? p.schema?.example ?? p.schema?.default
      // Without one, Swagger UI makes a sample of an object from its schema ({ additionalProp1: … }).
      if (value === undefined && p.schema?.type !== 'object' && !p.schema?.allOf) continue
      query[p.name] = value ?? 'a sample made from the schema'
    }
    return stringify(query, { addQueryPrefix: true })
  }

  it('answers "Try it out" on every path as Swagger UI fills it in', async () => {
    const ids: Record<string, number> = {}
    for (const [route, item] of Object.entries<any>(spec.paths)) {
      let path = route.replace(/^\/api/, '')
      // A path's one parameter (a document's id, a change's sequence): the first its list gives.
      const param = /\/\{(\w+)\}$/.exec(path)?.[1]
      if (param) {
        const list = path.replace(`/{${param}}`, '')
        ids[list] ??= (await api('GET', `${list}?limit=1&depth=0`)).body.docs[0]?.[param]
        if (ids[list] === undefined) continue // nothing of it is seeded (no uploads, no changes)
        path = path.replace(`{${param}}`, String(ids[list]))
      }
      const res = await api('GET', `${path}${tryItOut(item)}`)
      expect(res.status, `${route}${tryItOut(item)}: ${JSON.stringify(res.body)}`).toBe(200)
    }
  })

  it('runs every example request of the READMEs and the document', async () => {
    PLACEHOLDERS['<sequence>'] = String(await recordedChange())
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    const apiSection = readme.slice(
      readme.indexOf('## The content API for other apps'),
      readme.indexOf('\n## Tests'),
    )
    const clientReadme = fs.readFileSync(path.join(repoRoot, 'packages/content/README.md'), 'utf8')
    const examples = [
      apiSection,
      clientReadme,
      JSON.stringify(spec).replaceAll('\\"', '"'),
    ].flatMap(examplesIn)
    expect(examples.length).toBeGreaterThan(3)
    expect(examples).toContain(
      '/api/redirects?where[from][equals]=/career-path/an-old-slug&depth=1',
    )
    for (const example of examples) {
      const res = await api('GET', example.replace(/^\/api/, ''))
      expect(res.status, `${example}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200)
    }
  })
})

describe('what the API promises beside the document', () => {
  it('answers a select of a derived HTML field with that HTML', async () => {
    const full = (await api('GET', '/faqs?limit=5&depth=0')).body.docs
    const picked = (await api('GET', '/faqs?limit=5&depth=0&select[answerHtml]=true')).body.docs
    expect(picked.map((f: any) => ({ id: f.id, answerHtml: f.answerHtml }))).toEqual(
      full.map((f: any) => ({ id: f.id, answerHtml: f.answerHtml })),
    )
    expect(picked[0].answer).toBeUndefined()
    expect(picked[0].answerHtml).toMatch(/^</)
    const why = (await api('GET', '/globals/guide-page?select[why][bodyHtml]=true')).body
    const whole = (await api('GET', '/globals/guide-page')).body
    expect(why.why.bodyHtml).toBe(whole.why.bodyHtml)
    expect(why.why.bodyHtml).toMatch(/^</)
  })

  it.each([
    ['GET', '/nothing', 404],
    ['GET', '/faqs/abc', 400],
    ['GET', '/faqs/2147483000', 404],
    ['GET', '/faqs?where[nope][equals]=1', 400],
    ['GET', '/faqs?limit=1000', 400],
    ['GET', '/faqs?asOf=soon', 400],
    ['DELETE', '/openapi.json', 405],
    ['PUT', '/faqs', 405],
  ])('%s %s answers %i in the errors envelope', async (method, path, status) => {
    const res = await api(method, path)
    expect(res.status).toBe(status)
    expect(ajvErrors(res.body)).toEqual([])
    expect(res.body.errors.length).toBeGreaterThan(0)
  })

  it('answers 413 in the errors envelope', async () => {
    const res = await api('POST', '/faqs', { body: { question: 'x'.repeat(1_100_000) } })
    expect(res.status).toBe(413)
    expect(ajvErrors(res.body)).toEqual([])
  })
})

describe('the API reference at /api/docs', () => {
  it('serves a page that loads the document and its own Swagger UI files', async () => {
    const page = await fetch(`${cmsUrl()}/api/docs`)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    const html = await page.text()
    for (const src of [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)) {
      expect(src.startsWith('/api/docs/'), src).toBe(true)
      expect((await fetch(`${cmsUrl()}${src}`)).status, src).toBe(200)
    }
    const init = await (await fetch(`${cmsUrl()}/api/docs/init.js`)).text()
    expect(init).toContain('/api/openapi.json')
  })
})
