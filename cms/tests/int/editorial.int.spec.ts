import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, loginAs } from './helpers'
import { lexicalParagraph, sampleDoc } from './samples'

let admin: string
let editor: string
let db: pg.Client

beforeAll(async () => {
  admin = await loginAs('admin')
  editor = await loginAs('editor')
  db = new pg.Client({ connectionString: inject('cmsEnv').DATABASE_URL })
  await db.connect()
})
afterAll(() => db?.end())

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Queues what the admin's "Schedule publish" drawer queues (Payload's schedulePublish task,
 * as the editor), written straight to the jobs table: the queue is closed to the REST API,
 * and the admin reaches it through a server function no test client can call.
 */
async function schedule(type: 'publish' | 'unpublish', faqId: number, at: Date) {
  const me = await api('GET', '/users/me', { token: editor })
  const input = {
    type,
    doc: { relationTo: 'faqs', value: String(faqId) },
    user: { relationTo: 'users', value: me.body.user.id },
  }
  await db.query(
    `insert into payload_jobs (input, task_slug, queue, wait_until, processing, has_error, total_tried, created_at, updated_at)
     values ($1, 'schedulePublish', 'default', $2, false, false, 0, now(), now())`,
    [JSON.stringify(input), at.toISOString()],
  )
}

/** Polls the public API until `seen` holds; the time it first did. */
async function whenPublic(path: string, seen: (res: { status: number; body: any }) => boolean) {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const res = await api('GET', path)
    if (seen(res)) return Date.now()
    await sleep(200)
  }
  throw new Error(`${path} never changed`)
}

async function publishedFaq(): Promise<number> {
  const { data } = await sampleDoc('faqs')
  const res = await api('POST', '/faqs', { token: admin, body: data })
  return res.body.doc.id
}

describe('scheduled publishing', () => {
  it('publishes a draft at its time, in the running CMS, and not before', async () => {
    const id = await publishedFaq()
    const question = `Scheduled question ${Date.now()}?`
    await api('PATCH', `/faqs/${id}?draft=true`, {
      token: editor,
      body: { question, _status: 'draft' },
    })
    const at = new Date(Date.now() + 3000)
    await schedule('publish', id, at)

    expect((await api('GET', `/faqs/${id}`)).body.question).not.toBe(question)
    const seenAt = await whenPublic(`/faqs/${id}`, (res) => res.body.question === question)
    // On time: not before the scheduled moment, and within a couple of cron ticks after.
    expect(seenAt).toBeGreaterThanOrEqual(at.getTime())
    expect(seenAt - at.getTime()).toBeLessThan(3000)

    // Payload deletes a job once it has run (just after the publish it made lands); a failed
    // one would stay with has_error.
    const jobsLeft = async () =>
      (
        await db.query(`select has_error from payload_jobs where input->'doc'->>'value' = $1`, [
          String(id),
        ])
      ).rows
    await expect.poll(jobsLeft, { timeout: 3000 }).toEqual([])
    await api('DELETE', `/faqs/${id}`, { token: admin })
  })

  it('unpublishes at its time', async () => {
    const id = await publishedFaq()
    const at = new Date(Date.now() + 2000)
    await schedule('unpublish', id, at)
    expect((await api('GET', `/faqs/${id}`)).status).toBe(200)
    const goneAt = await whenPublic(`/faqs/${id}`, (res) => res.status === 404)
    expect(goneAt).toBeGreaterThanOrEqual(at.getTime())
    // Still there for editors, as a draft.
    const draft = await api('GET', `/faqs/${id}?draft=true`, { token: admin })
    expect(draft.body._status).toBe('draft')
    await api('DELETE', `/faqs/${id}`, { token: admin })
  })

  it('keeps the job queue closed to the REST API', async () => {
    expect((await api('GET', '/payload-jobs')).status).toBe(403)
    expect((await api('GET', '/payload-jobs', { token: editor })).status).toBe(403)
    const made = await api('POST', '/payload-jobs', {
      token: editor,
      body: { taskSlug: 'schedulePublish', input: {} },
    })
    expect(made.status).toBe(403)
  })
})

describe('a contributor publishing from a list', () => {
  it('is refused for every document with the reason, and nothing changes', async () => {
    const contributor = await loginAs('contributor')
    const ids = [await publishedFaq(), await publishedFaq()]
    const before = await Promise.all(ids.map((id) => api('GET', `/faqs/${id}?depth=0`)))
    // What the admin's bulk "Publish" sends.
    const res = await api(
      'PATCH',
      `/faqs?where[id][in][0]=${ids[0]}&where[id][in][1]=${ids[1]}&draft=true`,
      { token: contributor, body: { _status: 'published', question: 'Bulk?' } },
    )
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.body.docs).toEqual([])
    expect(res.body.errors).toHaveLength(2)
    for (const error of res.body.errors) {
      expect(error.message).toMatch(/Contributors can save drafts but cannot publish/)
    }
    const after = await Promise.all(ids.map((id) => api('GET', `/faqs/${id}?depth=0`)))
    expect(after.map((r) => r.body)).toEqual(before.map((r) => r.body))
    for (const id of ids) await api('DELETE', `/faqs/${id}`, { token: admin })
  })
})

describe('restoring a version', () => {
  it('a contributor may restore as a draft but not restore live; an editor may', async () => {
    const contributor = await loginAs('contributor')
    const id = await publishedFaq()
    const first = (await api('GET', `/faqs/${id}?depth=0`)).body.question
    await api('PATCH', `/faqs/${id}`, {
      token: admin,
      body: { question: 'Second?', _status: 'published' },
    })
    const versions = await api('GET', `/faqs/versions?where[parent][equals]=${id}&sort=createdAt`, {
      token: admin,
    })
    const oldest = versions.body.docs[0]
    expect(oldest.version.question).toBe(first)

    const live = await api('POST', `/faqs/versions/${oldest.id}`, { token: contributor })
    expect(live.status).toBe(403)
    expect(live.body.errors[0].message).toMatch(/Contributors can save drafts but cannot publish/)
    expect((await api('GET', `/faqs/${id}`)).body.question).toBe('Second?')

    const asDraft = await api('POST', `/faqs/versions/${oldest.id}?draft=true`, {
      token: contributor,
    })
    expect(asDraft.status).toBe(200)
    expect((await api('GET', `/faqs/${id}`)).body.question).toBe('Second?')
    expect((await api('GET', `/faqs/${id}?draft=true`, { token: admin })).body.question).toBe(first)

    const byEditor = await api('POST', `/faqs/versions/${oldest.id}`, { token: editor })
    expect(byEditor.status).toBe(200)
    expect((await api('GET', `/faqs/${id}`)).body.question).toBe(first)
    await api('DELETE', `/faqs/${id}`, { token: admin })
  })

  it('version history is closed to readers', async () => {
    expect((await api('GET', '/faqs/versions')).status).toBe(403)
  })
})

describe('preview drafts endpoint', () => {
  it('refuses a missing or forged token, naming it, and never caches', async () => {
    for (const query of ['', '?token=', '?token=abc.def', '?token=eyJ0YXJnZXQiOnt9fQ.c2ln']) {
      const res = await api('GET', `/preview-draft${query}`)
      expect(res.status, query).toBe(401)
      expect(res.body.errors[0].message).toMatch(/^token: /)
      expect(res.headers.get('cache-control')).toBe('private, no-store')
    }
  })
})

describe('live preview data for the site', () => {
  it('fills in rich-text HTML from unsaved data for a signed-in editor only', async () => {
    const id = await publishedFaq()
    const unsaved = {
      question: 'Unsaved?',
      answer: lexicalParagraph('Typed <b>just now</b>'),
    }
    // What @payloadcms/live-preview sends for every keystroke batch.
    const ask = (token?: string) =>
      api('POST', `/faqs/${id}`, {
        token,
        headers: { 'x-payload-http-method-override': 'GET' },
        body: { data: unsaved, depth: 1 },
      })
    const asEditor = await ask(editor)
    expect(asEditor.status).toBe(200)
    expect(asEditor.body.answerHtml).toContain('Typed &lt;b&gt;just now&lt;/b&gt;')
    // Readers cannot use the CMS to render made-up content as if it were the guide's.
    const asReader = await ask()
    expect(asReader.body.question).not.toBe('Unsaved?')
    await api('DELETE', `/faqs/${id}`, { token: admin })
  })
})
