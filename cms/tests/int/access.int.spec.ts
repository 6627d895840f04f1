import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { callServerFunction, reactDate } from './adminServerFunction'
import { api, cmsUrl, loginAs } from './helpers'
import { CONTENT_COLLECTIONS, sampleDoc } from './samples'
import { inBucket, PNG, RED_PNG, servedBytes, upload } from './uploads'

type Who = 'anonymous' | 'contributor' | 'editor' | 'admin'
const WHO: Who[] = ['anonymous', 'contributor', 'editor', 'admin']
const tokens: Record<Who, string | undefined> = {
  anonymous: undefined,
  contributor: '',
  editor: '',
  admin: '',
}

/** What Payload answers a contributor who tries to make anything public. */
const CONTRIBUTOR_REFUSAL = /Contributors can save drafts but cannot publish/
/** …and one who tries to upload, change or delete an image (public at once). */
const MEDIA_REFUSAL = /Contributors cannot upload, replace or delete images/
/** Payload's plain refusal, for anonymous callers. */
const NOT_ALLOWED = /not allowed/i

let db: pg.Client

beforeAll(async () => {
  tokens.contributor = await loginAs('contributor')
  tokens.editor = await loginAs('editor')
  tokens.admin = await loginAs('admin')
  db = new pg.Client({ connectionString: inject('cmsEnv').DATABASE_URL })
  await db.connect()
})
afterAll(() => db?.end())

/** One GraphQL request as `who`. */
async function graphql(who: Who, query: string) {
  const res = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(tokens[who] ? { authorization: `JWT ${tokens[who]}` } : {}),
    },
    body: JSON.stringify({ query }),
  })
  return (await res.json()) as { data?: any; errors?: { message: string }[] }
}

/** Creates a published document as admin, for the cells that need one to exist. */
async function existing(collection: string): Promise<number> {
  const { data } = await sampleDoc(collection)
  const res = await api('POST', `/${collection}`, { token: tokens.admin, body: data })
  if (res.status !== 201) throw new Error(JSON.stringify(res.body))
  return res.body.doc.id
}

/** Creates a draft (never published) as admin. */
async function existingDraft(collection: string): Promise<number> {
  const { data } = await sampleDoc(collection)
  const res = await api('POST', `/${collection}?draft=true`, {
    token: tokens.admin,
    body: { ...data, _status: 'draft' },
  })
  if (res.status !== 201) throw new Error(JSON.stringify(res.body))
  return res.body.doc.id
}

// Content: anyone reads published documents; contributors write drafts only; editors and
// admins also publish (create or update published, unpublish) and delete.
type Op = 'create' | 'createDraft' | 'update' | 'updateDraft' | 'publish' | 'delete'
const contentExpect: Record<Who, Record<Op, number>> = {
  anonymous: {
    create: 403,
    createDraft: 403,
    update: 403,
    updateDraft: 403,
    publish: 403,
    delete: 403,
  },
  contributor: {
    create: 403,
    createDraft: 201,
    update: 403,
    updateDraft: 200,
    publish: 403,
    delete: 403,
  },
  editor: {
    create: 201,
    createDraft: 201,
    update: 200,
    updateDraft: 200,
    publish: 200,
    delete: 200,
  },
  admin: {
    create: 201,
    createDraft: 201,
    update: 200,
    updateDraft: 200,
    publish: 200,
    delete: 200,
  },
}

/** A refusal to a contributor says why; anonymous callers get Payload's plain 403. */
function expectRefusalReason(who: Who, res: { status: number; body: any }, op: Op) {
  if (who !== 'contributor' || res.status !== 403 || op === 'delete') return
  expect(res.body.errors[0].message).toMatch(CONTRIBUTOR_REFUSAL)
}

describe.each(CONTENT_COLLECTIONS)('access to %s', (collection) => {
  describe.each(WHO)('as %s', (who) => {
    it(`create (published) answers ${contentExpect[who].create}`, async () => {
      const { data } = await sampleDoc(collection)
      const res = await api('POST', `/${collection}`, { token: tokens[who], body: data })
      expect(res.status, JSON.stringify(res.body)).toBe(contentExpect[who].create)
      expectRefusalReason(who, res, 'create')
      if (res.status === 201)
        await api('DELETE', `/${collection}/${res.body.doc.id}`, { token: tokens.admin })
    })

    it(`create of a draft answers ${contentExpect[who].createDraft}, unseen by readers`, async () => {
      const { data } = await sampleDoc(collection)
      const res = await api('POST', `/${collection}?draft=true`, {
        token: tokens[who],
        body: { ...data, _status: 'draft' },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(contentExpect[who].createDraft)
      if (res.status === 201) {
        const id = res.body.doc.id
        expect((await api('GET', `/${collection}/${id}`)).status).toBe(404)
        await api('DELETE', `/${collection}/${id}`, { token: tokens.admin })
      }
    })

    it(`update of a draft answers ${contentExpect[who].updateDraft}; the published version stays`, async () => {
      const id = await existing(collection)
      const { change } = await sampleDoc(collection)
      const published = await api('GET', `/${collection}/${id}?depth=0`)
      const res = await api('PATCH', `/${collection}/${id}?draft=true`, {
        token: tokens[who],
        body: { ...change, _status: 'draft' },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(contentExpect[who].updateDraft)
      // Readers still get exactly the published document.
      expect((await api('GET', `/${collection}/${id}?depth=0`)).body).toEqual(published.body)
      const draft = await api('GET', `/${collection}/${id}?depth=0&draft=true`, {
        token: tokens.admin,
      })
      if (res.status === 200) expect(draft.body).toMatchObject(change)
      await api('DELETE', `/${collection}/${id}`, { token: tokens.admin })
    })

    it(`publish of a draft answers ${contentExpect[who].publish}`, async () => {
      const id = await existingDraft(collection)
      const res = await api('PATCH', `/${collection}/${id}`, {
        token: tokens[who],
        body: { _status: 'published' },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(contentExpect[who].publish)
      expectRefusalReason(who, res, 'publish')
      expect((await api('GET', `/${collection}/${id}`)).status).toBe(res.status === 200 ? 200 : 404)
      await api('DELETE', `/${collection}/${id}`, { token: tokens.admin })
    })

    it(`unpublish answers ${contentExpect[who].publish}`, async () => {
      const id = await existing(collection)
      const res = await api('PATCH', `/${collection}/${id}`, {
        token: tokens[who],
        body: { _status: 'draft' },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(contentExpect[who].publish)
      expectRefusalReason(who, res, 'publish')
      expect((await api('GET', `/${collection}/${id}`)).status).toBe(res.status === 200 ? 404 : 200)
      await api('DELETE', `/${collection}/${id}`, { token: tokens.admin })
    })

    it('read lists published documents', async () => {
      const res = await api('GET', `/${collection}?limit=1`, { token: tokens[who] })
      expect(res.status).toBe(200)
      expect(res.body.totalDocs).toBeGreaterThan(0)
    })

    it(`read of a draft is ${who === 'anonymous' ? 'refused' : 'allowed'}`, async () => {
      const { data } = await sampleDoc(collection)
      const made = await api('POST', `/${collection}`, {
        token: tokens.admin,
        body: { ...data, _status: 'draft' },
      })
      const id = made.body.doc.id
      const byId = await api('GET', `/${collection}/${id}?draft=true`, { token: tokens[who] })
      const listed = await api('GET', `/${collection}?draft=true&where[id][equals]=${id}`, {
        token: tokens[who],
      })
      if (who === 'anonymous') {
        expect(byId.status).toBe(404)
        expect(listed.body.totalDocs).toBe(0)
      } else {
        expect(byId.status).toBe(200)
        expect(listed.body.totalDocs).toBe(1)
      }
      await api('DELETE', `/${collection}/${id}`, { token: tokens.admin })
    })

    it(`update answers ${contentExpect[who].update} and ${contentExpect[who].update === 200 ? 'saves' : 'changes nothing'}`, async () => {
      const id = await existing(collection)
      const { change } = await sampleDoc(collection)
      const before = await api('GET', `/${collection}/${id}?depth=0`, { token: tokens.admin })
      const res = await api('PATCH', `/${collection}/${id}`, { token: tokens[who], body: change })
      expect(res.status).toBe(contentExpect[who].update)
      expectRefusalReason(who, res, 'update')
      const after = await api('GET', `/${collection}/${id}?depth=0`, { token: tokens.admin })
      if (res.status === 200) expect(after.body).toMatchObject(change)
      else expect(after.body).toEqual(before.body)
      await api('DELETE', `/${collection}/${id}`, { token: tokens.admin })
    })

    it(`delete answers ${contentExpect[who].delete}`, async () => {
      const id = await existing(collection)
      const res = await api('DELETE', `/${collection}/${id}`, { token: tokens[who] })
      expect(res.status).toBe(contentExpect[who].delete)
      const after = await api('GET', `/${collection}/${id}`, { token: tokens.admin })
      expect(after.status).toBe(res.status === 200 ? 404 : 200)
      if (after.status === 200) await api('DELETE', `/${collection}/${id}`, { token: tokens.admin })
    })
  })
})

/** Each global of the guide, with one text field of it the tests change and restore. */
const GLOBALS = [
  ['guide-page', 'faq', 'heading'],
  ['site-settings', 'salariesPage', 'title'],
] as const

describe.each(GLOBALS)('access to the %s global', (slug, group, field) => {
  const read = async (who?: Who, query = '') =>
    (await api('GET', `/globals/${slug}${query}`, { token: who && tokens[who] })).body[group][field]
  const write = (who: Who, value: string, status: 'draft' | 'published', query = '') =>
    api('POST', `/globals/${slug}${query}`, {
      token: tokens[who],
      body: { [group]: { [field]: value }, _status: status },
    })
  const cases: [Who, number][] = [
    ['anonymous', 403],
    ['contributor', 403],
    ['editor', 200],
    ['admin', 200],
  ]
  it.each(cases)('as %s: read is allowed, update answers %i', async (who, status) => {
    const res = await api('GET', `/globals/${slug}`, { token: tokens[who] })
    expect(res.status).toBe(200)
    const value = res.body[group][field]
    expect(value).toBeTruthy()
    expect((await write(who, `${value} (edited)`, 'published')).status).toBe(status)
    if (status === 200) await write('admin', value, 'published')
    expect(await read()).toBe(value)
  })

  it.each([
    ['anonymous', 403],
    ['contributor', 200],
    ['editor', 200],
    ['admin', 200],
  ] as [Who, number][])(
    'as %s: a draft of it answers %i and readers keep the published text',
    async (who, status) => {
      const value = await read()
      const res = await write(who, `${value} (draft by ${who})`, 'draft', '?draft=true')
      expect(res.status).toBe(status)
      expect(await read()).toBe(value)
      if (status === 200) {
        expect(await read('admin', '?draft=true')).toBe(`${value} (draft by ${who})`)
      }
      // Back to the published text for the tests after this one.
      await write('admin', value, 'published')
    },
  )
})

describe('access to users', () => {
  const newUser = () => ({
    email: `user-${Math.random().toString(36).slice(2, 8)}@guide.test`,
    password: 'a-long-password-1',
    roles: ['editor'],
  })

  it.each([
    ['anonymous', 403],
    ['contributor', 403],
    ['editor', 403],
    ['admin', 201],
  ] as [Who, number][])('as %s: create answers %i', async (who, status) => {
    const res = await api('POST', '/users', { token: tokens[who], body: newUser() })
    expect(res.status).toBe(status)
    if (status === 201) await api('DELETE', `/users/${res.body.doc.id}`, { token: tokens.admin })
  })

  it('as anonymous: read answers 403', async () => {
    expect((await api('GET', '/users')).status).toBe(403)
  })

  it('as editor: read shows only their own account', async () => {
    const res = await api('GET', '/users', { token: tokens.editor })
    expect(res.status).toBe(200)
    expect(res.body.docs.map((u: { email: string }) => u.email)).toEqual(['editor@guide.test'])
  })

  it('as admin: read shows every account', async () => {
    const res = await api('GET', '/users', { token: tokens.admin })
    expect(res.body.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it.each([
    ['anonymous', 403],
    ['contributor', 403],
    ['editor', 403],
    ['admin', 200],
  ] as [Who, number][])('as %s: update of another account answers %i', async (who, status) => {
    const made = await api('POST', '/users', { token: tokens.admin, body: newUser() })
    const id = made.body.doc.id
    const res = await api('PATCH', `/users/${id}`, {
      token: tokens[who],
      body: { name: 'Renamed' },
    })
    expect(res.status).toBe(status)
    const after = await api('GET', `/users/${id}`, { token: tokens.admin })
    expect(after.body.name ?? null).toBe(status === 200 ? 'Renamed' : null)
    await api('DELETE', `/users/${id}`, { token: tokens.admin })
  })

  it.each([
    ['anonymous', 403],
    ['contributor', 403],
    ['editor', 403],
    ['admin', 200],
  ] as [Who, number][])('as %s: delete of another account answers %i', async (who, status) => {
    const made = await api('POST', '/users', { token: tokens.admin, body: newUser() })
    const id = made.body.doc.id
    const res = await api('DELETE', `/users/${id}`, { token: tokens[who] })
    expect(res.status).toBe(status)
    if (status !== 200) await api('DELETE', `/users/${id}`, { token: tokens.admin })
  })

  it('an editor cannot make themselves an admin', async () => {
    const me = await api('GET', '/users/me', { token: tokens.editor })
    await api('PATCH', `/users/${me.body.user.id}`, {
      token: tokens.editor,
      body: { roles: ['admin'] },
    })
    const after = await api('GET', `/users/${me.body.user.id}`, { token: tokens.admin })
    expect(after.body.roles).toEqual(['editor'])
  })
})

// Scheduling a publish or unpublish is a publishing right. The admin's Publish ▾ "Schedule
// Publish" drawer calls the schedule-publish server function; the queue's collection is
// closed to REST for everyone, and a contributor is told why.
describe('scheduling a publish', () => {
  const scheduled: Record<Who, boolean> = {
    anonymous: false,
    contributor: false,
    editor: true,
    admin: true,
  }
  /** The scheduled-publish jobs of one FAQ, straight from the database. */
  const jobsOf = async (id: number) =>
    (
      await db.query(
        `select id, input from payload_jobs where task_slug = 'schedulePublish' and input->'doc'->>'value' = $1`,
        [String(id)],
      )
    ).rows as { id: number; input: { type: string; user: { value: number } } }[]
  /** What the drawer sends for "publish this FAQ in an hour". */
  const scheduleArgs = (id: number) => ({
    type: 'publish',
    date: reactDate(new Date(Date.now() + 3_600_000)),
    doc: { relationTo: 'faqs', value: String(id) },
  })
  const expectRefused = (who: Who, error: string) =>
    expect(error).toMatch(who === 'contributor' ? CONTRIBUTOR_REFUSAL : NOT_ALLOWED)

  it.each(WHO)('as %s: from the admin', async (who) => {
    const id = await existingDraft('faqs')
    const { result } = await callServerFunction(tokens[who], 'schedule-publish', scheduleArgs(id))
    const jobs = await jobsOf(id)
    if (scheduled[who]) {
      expect(result).toEqual({ message: 'Success' })
      expect(jobs).toHaveLength(1)
      const me = await api('GET', '/users/me', { token: tokens[who] })
      expect(jobs[0]!.input.user.value).toBe(me.body.user.id)
      // Cancelling it from the drawer is theirs too.
      const cancelled = await callServerFunction(tokens[who], 'schedule-publish', {
        deleteID: jobs[0]!.id,
      })
      expect(cancelled.result).toEqual({ message: 'Success' })
      expect(await jobsOf(id)).toEqual([])
    } else {
      expectRefused(who, result.error)
      expect(jobs).toEqual([])
    }
    await api('DELETE', `/faqs/${id}`, { token: tokens.admin })
  })

  it.each(WHO.filter((who) => !scheduled[who]))(
    "as %s: cancelling an editor's schedule from the admin is refused and it stays",
    async (who) => {
      const id = await existingDraft('faqs')
      await callServerFunction(tokens.editor, 'schedule-publish', scheduleArgs(id))
      const [job] = await jobsOf(id)
      expect(job).toBeDefined()
      const { result } = await callServerFunction(tokens[who], 'schedule-publish', {
        deleteID: job!.id,
      })
      expectRefused(who, result.error)
      expect((await jobsOf(id)).map((j) => j.id)).toEqual([job!.id])
      await callServerFunction(tokens.editor, 'schedule-publish', { deleteID: job!.id })
      await api('DELETE', `/faqs/${id}`, { token: tokens.admin })
    },
  )

  it.each(WHO)('as %s: over REST (403) and GraphQL is refused and queues nothing', async (who) => {
    const id = await existingDraft('faqs')
    const me = tokens[who] && (await api('GET', '/users/me', { token: tokens[who] }))
    const res = await api('POST', '/payload-jobs', {
      token: tokens[who],
      body: {
        taskSlug: 'schedulePublish',
        waitUntil: new Date(Date.now() + 1000).toISOString(),
        input: {
          type: 'publish',
          doc: { relationTo: 'faqs', value: String(id) },
          ...(me ? { user: { relationTo: 'users', value: me.body.user.id } } : {}),
        },
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(403)
    expectRefused(who, res.body.errors[0].message)

    const gql = await graphql(
      who,
      `mutation { createPayloadJob(data: { taskSlug: schedulePublish, input: { type: "publish", doc: { relationTo: "faqs", value: "${id}" } } }) { id } }`,
    )
    expectRefused(who, gql.errors?.[0]?.message ?? '')
    expect(gql.data?.createPayloadJob ?? null).toBeNull()
    expect(await jobsOf(id)).toEqual([])
    await api('DELETE', `/faqs/${id}`, { token: tokens.admin })
  })
})

// Images have no drafts: every write is public at once, so it is editors' and admins' alone
// (collections/Media.ts). Each case works on an image another user uploaded.
type MediaOp = 'upload' | 'alt' | 'replace' | 'delete'
const mediaExpect: Record<Who, Record<MediaOp, number>> = {
  anonymous: { upload: 403, alt: 403, replace: 403, delete: 403 },
  contributor: { upload: 403, alt: 403, replace: 403, delete: 403 },
  editor: { upload: 201, alt: 200, replace: 200, delete: 200 },
  admin: { upload: 201, alt: 200, replace: 200, delete: 200 },
}

describe.each(WHO)('access to media as %s', (who) => {
  const expected = mediaExpect[who]
  /** Someone else's image: the admin's, or for the admin an editor's. */
  async function othersImage() {
    const made = await upload(
      `others-${Date.now()}.png`,
      tokens[who === 'admin' ? 'editor' : 'admin'],
    )
    if (made.status !== 201) throw new Error(JSON.stringify(made.body))
    return made.body.doc as { id: number; alt: string; filename: string; url: string }
  }
  const read = async (id: number) => (await api('GET', `/media/${id}`)).body
  const expectReason = (res: { status: number; body: any }) => {
    if (res.status !== 403) return
    expect(res.body.errors[0].message).toMatch(who === 'contributor' ? MEDIA_REFUSAL : NOT_ALLOWED)
  }
  const cleanUp = (id: number) => api('DELETE', `/media/${id}`, { token: tokens.admin })

  it(`upload answers ${expected.upload}; a refused one stores nothing`, async () => {
    const name = `new-${who}-${Date.now()}.png`
    const res = await upload(name, tokens[who])
    expect(res.status, JSON.stringify(res.body)).toBe(expected.upload)
    expectReason(res)
    const found = await api('GET', `/media?where[filename][equals]=${name}`)
    expect(found.body.totalDocs).toBe(res.status === 201 ? 1 : 0)
    expect(inBucket(name)).toBe(res.status === 201)
    if (res.status === 201) await cleanUp(res.body.doc.id)
  })

  it(`a new alt text answers ${expected.alt} over REST and GraphQL`, async () => {
    const image = await othersImage()
    const res = await api('PATCH', `/media/${image.id}`, {
      token: tokens[who],
      body: { alt: `Changed by ${who}` },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(expected.alt)
    expectReason(res)
    expect((await read(image.id)).alt).toBe(res.status === 200 ? `Changed by ${who}` : image.alt)

    const gql = await graphql(
      who,
      `mutation { updateMedia(id: ${image.id}, data: { alt: "GraphQL by ${who}" }) { alt } }`,
    )
    if (expected.alt === 200) expect(gql.data.updateMedia.alt).toBe(`GraphQL by ${who}`)
    else {
      expect(gql.errors?.[0]?.message).toMatch(who === 'contributor' ? MEDIA_REFUSAL : NOT_ALLOWED)
      expect(gql.data?.updateMedia ?? null).toBeNull()
      expect((await read(image.id)).alt).toBe(image.alt)
    }
    await cleanUp(image.id)
  })

  it(`replacing the file answers ${expected.replace}; a refused one leaves file and alt as they were`, async () => {
    const image = await othersImage()
    const name = `replaced-${who}-${Date.now()}.png`
    const res = await upload(name, tokens[who], {
      method: 'PATCH',
      path: `/media/${image.id}`,
      bytes: RED_PNG,
      alt: `Replaced by ${who}`,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(expected.replace)
    expectReason(res)
    const after = await read(image.id)
    if (res.status === 200) {
      expect(after).toMatchObject({ filename: name, alt: `Replaced by ${who}` })
      expect(await servedBytes(after.url)).toEqual(RED_PNG)
    } else {
      expect(after).toMatchObject({ filename: image.filename, alt: image.alt, url: image.url })
      expect(await servedBytes(image.url)).toEqual(PNG)
      expect(inBucket(name)).toBe(false)
    }
    await cleanUp(image.id)
  })

  it(`delete answers ${expected.delete}`, async () => {
    const image = await othersImage()
    const res = await api('DELETE', `/media/${image.id}`, { token: tokens[who] })
    expect(res.status).toBe(expected.delete)
    expectReason(res)
    expect((await api('GET', `/media/${image.id}`)).status).toBe(res.status === 200 ? 404 : 200)
    if (res.status !== 200) {
      expect(await servedBytes(image.url)).toEqual(PNG)
      await cleanUp(image.id)
    }
  })
})
