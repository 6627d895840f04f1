import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, loginAs } from './helpers'
import { lexicalParagraph, publishedSample } from './samples'

let editor: string
let contributor: string

beforeAll(async () => {
  editor = await loginAs('editor')
  contributor = await loginAs('contributor')
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Every document the tests make, removed after them: the suite's CMS is shared, and other
 * files read the bands in order of salary (a band of $40k would come first). */
const made: { collection: string; id: number }[] = []
const DELETE_ORDER = ['releases', 'faqs', 'roles', 'career-stages', 'salary-bands']
afterAll(async () => {
  const admin = await loginAs('admin')
  made.sort((a, b) => DELETE_ORDER.indexOf(a.collection) - DELETE_ORDER.indexOf(b.collection))
  for (const { collection, id } of made) {
    const res = await api('DELETE', `/${collection}/${id}?overrideLock=true`, { token: admin })
    expect([200, 404], `${collection} ${id}: ${JSON.stringify(res.body)}`).toContain(res.status)
  }
})

/** A published document of `collection` (the test's own), and its id. */
async function published(collection: string, data: Record<string, unknown> = {}) {
  const { id } = await publishedSample(editor, collection, data)
  made.push({ collection, id })
  return id
}

const draft = async (collection: string, id: number, data: Record<string, unknown>) => {
  const res = await api('PATCH', `/${collection}/${id}?draft=true`, {
    token: editor,
    body: { ...data, _status: 'draft' },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

async function release(
  title: string,
  documents: { relationTo: string; value: number }[],
  extra = {},
) {
  const res = await api('POST', '/releases', {
    token: editor,
    body: { title, documents, ...extra },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  made.push({ collection: 'releases', id: res.body.doc.id })
  return res.body.doc.id as number
}

const publishNow = (id: number, token = editor) => api('POST', `/releases/${id}/publish`, { token })

const faqText = (doc: any): string => JSON.stringify(doc.answer)
/** The reason a refused release gives (Payload's error shape). */
const refusal = (res: { body: any }): string =>
  res.body?.errors?.[0]?.message ?? JSON.stringify(res.body)

let bands = 0
/**
 * Next year's figures for a band the test owns, and an FAQ that quotes the new range as
 * typed text: published alone, the FAQ would contradict the band readers see.
 */
async function nextYear() {
  // A lowest salary no other band has, so the figure check can only mean this one.
  const min = 40 + bands++
  const band = await published('salary-bands', { minSalary: min * 1000, maxSalary: 150000 })
  // A highest salary no seeded band has either ($161k-$189k): at $160k the FAQ's range
  // matched the Junior band's top as well as this band's bottom, and the check named Junior.
  const newMax = 161000 + 1000 * Math.floor(Math.random() * 29)
  const oldRange = `$${min}k-$150k`
  const newRange = `$${min}k-$${newMax / 1000}k`
  await draft('salary-bands', band, { maxSalary: newMax })
  const role = await published('roles')
  const focus = `Next year's focus ${Date.now()}`
  await draft('roles', role, { primaryFocus: focus })
  const faq = await published('faqs')
  await draft('faqs', faq, { answer: lexicalParagraph(`Senior pay is now ${newRange}.`) })
  return { band, role, faq, newMax, newRange, oldRange, focus }
}

describe('releases: drafts across collections published together', () => {
  it('publishes every draft in one commit: no reader ever sees half of it, and the record groups it', async () => {
    const next = await nextYear()
    const id = await release('Next year', [
      { relationTo: 'salary-bands', value: next.band },
      { relationTo: 'roles', value: next.role },
      { relationTo: 'faqs', value: next.faq },
    ])
    expect((await api('GET', `/releases/${id}`, { token: editor })).body.state).toBe('planned')

    // Readers poll while the release publishes, reading the band then the FAQ, and the FAQ
    // then the band: with one commit, a newer second read is possible, a newer first one not.
    let publishing = true
    const mixes: string[] = []
    let polls = 0
    const poll = (async () => {
      while (publishing) {
        const bandFirst = polls % 2 === 0
        const read = async (which: 'band' | 'faq') =>
          which === 'band'
            ? (await api('GET', `/salary-bands/${next.band}`)).body.maxSalary === next.newMax
            : faqText((await api('GET', `/faqs/${next.faq}`)).body).includes(next.newRange)
        const [first, second] = bandFirst ? (['band', 'faq'] as const) : (['faq', 'band'] as const)
        const firstNew = await read(first)
        const secondNew = await read(second)
        if (firstNew && !secondNew) mixes.push(`${first} new, ${second} old`)
        polls++
      }
    })()
    const res = await publishNow(id)
    publishing = false
    await poll
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ ok: true, published: 3 })
    expect(mixes).toEqual([])
    expect(polls).toBeGreaterThan(0)

    expect((await api('GET', `/salary-bands/${next.band}`)).body.maxSalary).toBe(next.newMax)
    expect((await api('GET', `/roles/${next.role}`)).body.primaryFocus).toBe(next.focus)
    expect(faqText((await api('GET', `/faqs/${next.faq}`)).body)).toContain(next.newRange)
    const done = (await api('GET', `/releases/${id}`, { token: editor })).body
    expect(done).toMatchObject({ state: 'published' })
    expect(done.outcome).toContain('Published 3 documents together')

    // The record of changes: the three entries of its own carry the release.
    const changes = (await api('GET', '/content-changes?limit=20')).body.docs as any[]
    const ofRelease = changes.filter((c) => c.release?.id === id)
    expect(ofRelease.map((c) => `${c.document.slug} ${c.document.id}`).sort()).toEqual(
      [`faqs ${next.faq}`, `roles ${next.role}`, `salary-bands ${next.band}`].sort(),
    )
    expect(ofRelease.every((c) => c.release.title === 'Next year')).toBe(true)
    // Consecutive: nothing else was recorded between them.
    const positions = ofRelease.map((c) => changes.indexOf(c))
    expect(Math.max(...positions) - Math.min(...positions)).toBe(2)
    // The moment before it is one for all three: then none of the release was public.
    const befores = new Set(ofRelease.map((c) => c.before))
    expect(befores.size).toBe(1)
    // Each entry alone, or on a page that cuts the release apart, keeps that one moment.
    for (const entry of ofRelease) {
      const alone = (await api('GET', `/content-changes/${entry.sequence}`)).body
      expect(alone.before).toBe(entry.before)
      const page = changes.indexOf(entry) + 1
      const [paged] = (await api('GET', `/content-changes?limit=1&page=${page}`)).body.docs
      expect(paged).toMatchObject({ sequence: entry.sequence, before: entry.before })
    }
    const asOf = `asOf=${encodeURIComponent([...befores][0])}`
    expect((await api('GET', `/salary-bands/${next.band}?${asOf}`)).body.maxSalary).toBe(150000)
    expect((await api('GET', `/roles/${next.role}?${asOf}`)).body.primaryFocus).not.toBe(next.focus)
    expect(faqText((await api('GET', `/faqs/${next.faq}?${asOf}`)).body)).not.toContain(
      next.newRange,
    )

    // Published is final: a second attempt publishes nothing.
    const again = await publishNow(id)
    expect(again.status).toBe(409)
    expect(refusal(again)).toContain('already published')
  })

  it('sees the release as a whole in the figure check: the FAQ quoting next year’s band fails without the band', async () => {
    const next = await nextYear()
    const alone = await release('FAQ alone', [{ relationTo: 'faqs', value: next.faq }])
    const res = await publishNow(alone)
    expect(res.status).toBe(409)
    expect(refusal(res)).toContain('Nothing was published')
    expect(refusal(res)).toContain(`says ${next.newRange}`)
    expect(refusal(res)).toContain(`salary band says ${next.oldRange}`)
    expect(faqText((await api('GET', `/faqs/${next.faq}`)).body)).not.toContain(next.newRange)
    const failed = (await api('GET', `/releases/${alone}`, { token: editor })).body
    expect(failed.state).toBe('failed')
    expect(failed.outcome).toContain(`(faqs ${next.faq})`)
  })

  it('rolls back all of it when one document fails, and says which and why', async () => {
    const next = await nextYear()
    const broken = await published('faqs')
    await draft('faqs', broken, { question: '' })
    const id = await release('With a broken FAQ', [
      { relationTo: 'salary-bands', value: next.band },
      { relationTo: 'roles', value: next.role },
      { relationTo: 'faqs', value: broken },
    ])
    const res = await publishNow(id)
    expect(res.status).toBe(409)
    expect(refusal(res)).toContain(`(faqs ${broken}) could not be published`)
    expect(refusal(res)).toMatch(/question/i)
    // The band and the role, published before the FAQ failed, were rolled back with it.
    expect((await api('GET', `/salary-bands/${next.band}`)).body.maxSalary).toBe(150000)
    expect((await api('GET', `/roles/${next.role}`)).body.primaryFocus).not.toBe(next.focus)
    const changes = (await api('GET', '/content-changes?limit=50')).body.docs as any[]
    expect(changes.filter((c) => c.release?.id === id)).toEqual([])
  })

  it('publishes at its time through the jobs queue', async () => {
    const next = await nextYear()
    const at = new Date(Date.now() + 3000).toISOString()
    const id = await release(
      'Scheduled',
      [
        { relationTo: 'salary-bands', value: next.band },
        { relationTo: 'faqs', value: next.faq },
      ],
      { publishAt: at },
    )
    expect((await api('GET', `/releases/${id}`, { token: editor })).body.state).toBe('scheduled')
    expect((await api('GET', `/salary-bands/${next.band}`)).body.maxSalary).toBe(150000)
    const deadline = Date.now() + 20_000
    let state = 'scheduled'
    while (state === 'scheduled' && Date.now() < deadline) {
      await sleep(250)
      state = (await api('GET', `/releases/${id}`, { token: editor })).body.state
    }
    expect(state).toBe('published')
    expect((await api('GET', `/salary-bands/${next.band}`)).body.maxSalary).toBe(next.newMax)
    expect(faqText((await api('GET', `/faqs/${next.faq}`)).body)).toContain(next.newRange)
  })

  it('is for editors: a contributor can neither make nor publish one; a bad id is a 400', async () => {
    const made = await api('POST', '/releases', {
      token: contributor,
      body: { title: 'Mine', documents: [] },
    })
    expect(made.status).toBe(403)
    expect((await publishNow(1, contributor)).status).toBe(403)
    expect((await api('POST', '/releases/1/publish')).status).toBe(403)
    const bad = await publishNow('x' as unknown as number)
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('id')
    expect((await publishNow(99999999)).status).toBe(404)
    expect((await api('GET', '/releases')).status).toBe(403)
  })
})
