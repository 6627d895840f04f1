import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, loginAs } from './helpers'
import { sampleDoc } from './samples'

/**
 * Citable content: `asOf=<ISO time>` answers a read as readers saw it then, from the
 * published versions (src/api/asOf). Each step waits for the clock to move past the last
 * write's stamp, so a moment falls cleanly between two writes.
 */
const tick = () => new Promise((resolve) => setTimeout(resolve, 20))
const moment = async () => {
  await tick()
  const at = new Date().toISOString()
  await tick()
  return at
}
const anonymous = (path: string) => api('GET', path)
const asOf = (at: string) => `asOf=${encodeURIComponent(at)}`

let editor: string
let id: number
const steps: Record<'before' | 'first' | 'draftSaved' | 'second' | 'unpublished', string> =
  {} as never
let first: string
let second: string

beforeAll(async () => {
  editor = await loginAs('editor')
  const { data } = await sampleDoc('faqs')
  first = String(data.question)
  second = `${first} (revised)`
  steps.before = await moment()
  const made = await api('POST', '/faqs', { token: editor, body: data })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  id = made.body.doc.id
  steps.first = await moment()
  // A draft saved over the published question is no change readers saw.
  await api('PATCH', `/faqs/${id}?draft=true`, { token: editor, body: { question: 'Draft?' } })
  steps.draftSaved = await moment()
  const published = await api('PATCH', `/faqs/${id}`, {
    token: editor,
    body: { question: second, _status: 'published' },
  })
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  steps.second = await moment()
  const unpublished = await api('PATCH', `/faqs/${id}`, {
    token: editor,
    body: { _status: 'draft' },
  })
  expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
  steps.unpublished = await moment()
})

afterAll(async () => {
  if (id) await api('DELETE', `/faqs/${id}`, { token: await loginAs('admin') })
})

describe('a document as published at a moment', () => {
  it('answers each moment with the version readers saw then, and 404 when it was not public', async () => {
    expect((await anonymous(`/faqs/${id}?${asOf(steps.before)}`)).status).toBe(404)
    expect((await anonymous(`/faqs/${id}?${asOf(steps.first)}`)).body.question).toBe(first)
    expect((await anonymous(`/faqs/${id}?${asOf(steps.draftSaved)}`)).body.question).toBe(first)
    expect((await anonymous(`/faqs/${id}?${asOf(steps.second)}`)).body.question).toBe(second)
    const gone = await anonymous(`/faqs/${id}?${asOf(steps.unpublished)}`)
    expect(gone.status).toBe(404)
    expect(gone.body.errors[0].data.errors[0].path).toBe('asOf')
    // Today it is unpublished: the current answer agrees.
    expect((await anonymous(`/faqs/${id}`)).status).toBe(404)
  })

  it('has the shape of the current answer: id, derived HTML, select', async () => {
    const then = (await anonymous(`/faqs/${id}?${asOf(steps.second)}`)).body
    expect(then.id).toBe(id)
    expect(then.answerHtml).toContain('An answer.')
    expect(then._status).toBe('published')
    const picked = await anonymous(`/faqs/${id}?${asOf(steps.second)}&select[question]=true`)
    expect(picked.body).toEqual({ id, question: second })
  })

  it('lists what was public then, filtered, sorted and paged as a current list is', async () => {
    const where = `where[question][equals]=${encodeURIComponent(first)}`
    const then = await anonymous(`/faqs?${asOf(steps.first)}&${where}&depth=0`)
    expect(then.status).toBe(200)
    expect(then.body.docs.map((d: { id: number }) => d.id)).toEqual([id])
    expect(then.body.totalDocs).toBe(1)
    const before = await anonymous(`/faqs?${asOf(steps.before)}&limit=100`)
    expect(before.body.docs.map((d: { id: number }) => d.id)).not.toContain(id)
    const now = await anonymous(`/faqs?limit=100&sort=-question`)
    const at = await anonymous(`/faqs?${asOf(steps.unpublished)}&limit=100&sort=-question`)
    expect(at.body.docs.map((d: { id: number }) => d.id)).toEqual(
      now.body.docs.map((d: { id: number }) => d.id),
    )
  })

  it('answers a global, with its globalType', async () => {
    // Relationships as ids, as an answer asOf gives them.
    const now = (await anonymous('/globals/guide-page?depth=0')).body
    const then = await anonymous(`/globals/guide-page?${asOf(steps.unpublished)}`)
    expect(then.status).toBe(200)
    expect(then.body.hero).toEqual(now.hero)
    expect(then.body.globalType).toBe('guide-page')
    expect((await anonymous('/globals/guide-page?asOf=2001-01-01')).status).toBe(404)
  })
})

describe("the record of changes names the moment before each change ('before')", () => {
  const entriesOf = async (slug: string, docId: number) =>
    ((await anonymous('/content-changes?limit=50')).body.docs as any[]).filter(
      (e) => e.document.slug === slug && e.document.id === docId,
    )
  const millisecondAfter = (iso: string) => new Date(Date.parse(iso) + 1).toISOString()

  it('an update: asOf at it answers the old version, and a millisecond later the new one', async () => {
    const entries = await entriesOf('faqs', id)
    const of = (change: string) => entries.find((e) => e.change === change)!
    // A first publish has nothing before it.
    expect(of('published').before).toBeNull()
    const update = of('updated')
    expect((await anonymous(`/faqs/${id}?${asOf(update.before)}`)).body.question).toBe(first)
    const after = millisecondAfter(update.before)
    expect((await anonymous(`/faqs/${id}?${asOf(after)}`)).body.question).toBe(second)
    // An unpublish: just before it the document was public; at it, not.
    const withdrawal = of('unpublished')
    expect((await anonymous(`/faqs/${id}?${asOf(withdrawal.before)}`)).body.question).toBe(second)
    const gone = await anonymous(`/faqs/${id}?${asOf(millisecondAfter(withdrawal.before))}`)
    expect(gone.status).toBe(404)
  })

  it("a band's update: the FAQ quoting it reads with the band's figure of that moment", async () => {
    const one = async (collection: string, slug: string) =>
      (await anonymous(`/${collection}?where[slug][equals]=${slug}&depth=0`)).body.docs[0]
    const band = await one('salary-bands', 'senior')
    const faq = await one('faqs', 'mlops-salaries')
    const publishBand = (maxSalary: number) =>
      api('PATCH', `/salary-bands/${band.id}`, {
        token: editor,
        body: { maxSalary, _status: 'published' },
      })
    try {
      expect((await publishBand(band.maxSalary + 7000)).status).toBe(200)
      const now = await one('faqs', 'mlops-salaries')
      expect(now.answerHtml).not.toBe(faq.answerHtml)
      const [entry] = await entriesOf('salary-bands', band.id)
      expect(entry?.change).toBe('updated')
      const then = async (at: string) => ({
        band: (await anonymous(`/salary-bands/${band.id}?${asOf(at)}`)).body,
        faq: (await anonymous(`/faqs/${faq.id}?${asOf(at)}`)).body,
      })
      const before = await then(entry!.before)
      expect(before.band.maxSalary).toBe(band.maxSalary)
      expect(before.faq.answerHtml).toBe(faq.answerHtml)
      const after = await then(millisecondAfter(entry!.before))
      expect(after.band.maxSalary).toBe(band.maxSalary + 7000)
      expect(after.faq.answerHtml).toBe(now.answerHtml)
    } finally {
      await publishBand(band.maxSalary)
    }
  })
})

describe('caching and refusals', () => {
  it('a settled moment is cacheable forever; a moment still settling is revalidated', async () => {
    const old = await anonymous('/faqs?asOf=2001-01-01T00:00:00Z')
    expect(old.status).toBe(200)
    expect(old.body.docs).toEqual([])
    expect(old.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const recent = await anonymous(`/faqs/${id}?${asOf(steps.second)}`)
    expect(recent.headers.get('cache-control')).toBe('public, no-cache')
  })

  it.each([
    ['/faqs?asOf=yesterday', 'asOf'],
    ['/faqs?asOf=2026-13-45', 'asOf'],
    ['/faqs?asOf=2026-12-01T00:00', 'asOf'],
    [`/faqs?asOf=${new Date(Date.now() + 86_400_000).toISOString()}`, 'asOf'],
    ['/faqs?asOf=2001-01-01&depth=1', 'depth'],
    ['/faqs?asOf=2001-01-01&draft=true', 'draft'],
    ['/faqs/count?asOf=2001-01-01', 'asOf'],
    ['/media?asOf=2001-01-01', 'asOf'],
  ])('%s is a 400 naming %s', async (path, parameter) => {
    const res = await anonymous(path)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe(parameter)
  })
})
