import { PayloadSDK } from '@payloadcms/sdk'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { ContentApiError, createContentClient } from '@mlops-guide/content'
import type { Config } from '@mlops-guide/content/types'

import { adminLogin, api, cmsUrl, randomAddress } from './helpers'

/**
 * The API as other teams use it: Payload's official SDK as a third-party client, and this
 * project's own typed client, both over HTTP with an API key an admin made.
 */
let apiKey: string
beforeAll(async () => {
  apiKey = randomUUID()
  const made = await api('POST', '/api-clients', {
    token: await adminLogin(),
    body: { name: 'Contract tests', enableAPIKey: true, apiKey },
  })
  expect(made.status).toBe(201)
})

const sdk = () =>
  new PayloadSDK<Config>({
    baseURL: `${cmsUrl()}/api`,
    baseInit: {
      headers: {
        authorization: `api-clients API-Key ${apiKey}`,
        'x-forwarded-for': randomAddress(),
      },
    },
  })

describe('@payloadcms/sdk against the API', () => {
  it('lists salary bands above $200k sorted by level', async () => {
    const res = await sdk().find({
      collection: 'salary-bands',
      where: { minSalary: { greater_than: 200000 } },
      sort: 'level',
    })
    expect(res.docs.map((b) => [b.level, b.minSalary, b.maxSalary])).toEqual([
      ['Senior', 210000, 270000],
      ['Staff/Principal', 270000, 380000],
    ])
  })

  it('pages through tools and selects fields', async () => {
    const first = await sdk().find({
      collection: 'tools',
      limit: 10,
      page: 1,
      select: { name: true },
    })
    const third = await sdk().find({
      collection: 'tools',
      limit: 10,
      page: 3,
      select: { name: true },
    })
    expect(first.totalDocs).toBe(29)
    expect(first.hasNextPage).toBe(true)
    expect(third.docs).toHaveLength(9)
    expect(Object.keys(first.docs[0]!).sort()).toEqual(['id', 'name'])
  })

  it('reads a document by id, counts, and reads the global', async () => {
    const faqs = await sdk().find({ collection: 'faqs', limit: 1, depth: 0 })
    const one = await sdk().findByID({ collection: 'faqs', id: faqs.docs[0]!.id })
    expect(one.question).toBe(faqs.docs[0]!.question)
    expect(await sdk().count({ collection: 'companies' })).toEqual({ totalDocs: 12 })
    const page = await sdk().findGlobal({ slug: 'guide-page' })
    expect(page.hero.title).toBe('MLOps Career Guide 2026')
  })

  it('cannot write with a key', async () => {
    await expect(
      sdk().create({
        collection: 'faqs',
        data: { question: 'Write?', answer: { root: {} } } as never,
      }),
    ).rejects.toThrow()
  })
})

describe('@mlops-guide/content client against the API', () => {
  const client = () => createContentClient({ baseUrl: cmsUrl(), apiKey })

  it('finds with typed filters through per-collection functions', async () => {
    const { docs } = await client().salaryBands.find({
      where: { minSalary: { greater_than: 200000 } },
      sort: 'level',
    })
    expect(docs.map((b) => b.level)).toEqual(['Senior', 'Staff/Principal'])
    expect(await client().companies.count({ group: { exists: true } })).toEqual({ totalDocs: 12 })
    const stage = (await client().careerStages.find({ limit: 1 })).docs[0]!
    expect((await client().careerStages.findById(stage.id)).title).toBe(stage.title)
    expect((await client().guidePage.get()).faq.heading).toBe('Frequently Asked Questions')
  })

  it('raises ContentApiError with the status and body the API gave', async () => {
    const error = await client()
      .tools.find({ limit: 500 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentApiError)
    expect((error as ContentApiError).status).toBe(400)
  })

  it('sees a revoked key refused with 401', async () => {
    const extraKey = randomUUID()
    const made = await api('POST', '/api-clients', {
      token: await adminLogin(),
      body: { name: 'Revoked', enableAPIKey: true, apiKey: extraKey },
    })
    await api('PATCH', `/api-clients/${made.body.doc.id}`, {
      token: await adminLogin(),
      body: { enableAPIKey: false },
    })
    const error = await createContentClient({ baseUrl: cmsUrl(), apiKey: extraKey })
      .faqs.find()
      .catch((e: unknown) => e)
    expect((error as ContentApiError).status).toBe(401)
  })
})
