import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, cmsUrl } from './helpers'
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

describe('every public GET answer validates against the document', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
  addFormats(ajv)
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

  it('guide-page', async () => {
    const res = await api('GET', '/globals/guide-page')
    expect(check('/api/globals/guide-page', res.body)).toEqual([])
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
