import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, cmsUrl, graphqlAs, loginAs } from './helpers'

/**
 * A write changes what readers see only when it says so (issue 20, point 2): every way of
 * saving without `_status` or `draft=true`, on documents and globals with and without a
 * pending draft, leaves the published version readable; where Payload would take the
 * draft's status (an unpublish) the save is refused with a 400 naming `_status`.
 */

let editor: string
beforeAll(async () => {
  editor = await loginAs('editor')
})

const graphql = (query: string, variables?: Record<string, unknown>) =>
  graphqlAs(editor, query, variables)

/** A 400 whose message names `_status` and says how to publish, in Payload's error shape. */
function expectRefusal(res: { status: number; body: any }) {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  const [error] = res.body.errors
  expect(error.message).toMatch(/_status: 'published' to publish the draft with your change/)
  expect(error.message).toMatch(/draft=true/)
  expect(error.data.errors).toEqual([expect.objectContaining({ path: '_status' })])
}

/** A GraphQL mutation's refusal: the same message and path, in GraphQL's error list. */
function expectGraphqlRefusal(res: { status: number; body: any }) {
  const [error] = res.body.errors ?? []
  expect(error?.message, JSON.stringify(res.body)).toMatch(/_status: 'published'/)
  expect(error.extensions.statusCode).toBe(400)
  expect(error.extensions.data.errors).toEqual([expect.objectContaining({ path: '_status' })])
}

const anonymous = (path: string) => api('GET', path)

/** The tools these tests make, deleted after them: other test files count the seeded ones. */
const madeTools: number[] = []
afterAll(async () => {
  for (const id of madeTools) await api('DELETE', `/tools/${id}`, { token: editor })
})

async function publishedTool(): Promise<{ id: number; name: string }> {
  const name = `Published tool ${Math.random().toString(36).slice(2, 8)}`
  const res = await api('POST', '/tools', { token: editor, body: { name, _status: 'published' } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  madeTools.push(res.body.doc.id)
  return { id: res.body.doc.id, name }
}

describe('a save that names no publishing intent, on a document', () => {
  it('without a pending draft: saves and publishes the change, as before', async () => {
    const { id } = await publishedTool()
    const res = await api('PATCH', `/tools/${id}`, { token: editor, body: { shortName: 'PT' } })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const read = await anonymous(`/tools/${id}`)
    expect(read.status).toBe(200)
    expect(read.body.shortName).toBe('PT')
  })

  it('with a pending draft: refused over REST by id, by where, GraphQL; draft saves still work', async () => {
    const { id, name } = await publishedTool()
    const draft = await api('PATCH', `/tools/${id}?draft=true`, {
      token: editor,
      body: { shortName: 'DRAFT' },
    })
    expect(draft.status).toBe(200)
    expect((await anonymous(`/tools/${id}`)).body.shortName).toBeFalsy()

    // The case: the same name again, no draft, no _status.
    expectRefusal(await api('PATCH', `/tools/${id}`, { token: editor, body: { name } }))
    // The same save by `where` (a bulk update).
    expectRefusal(
      await api('PATCH', `/tools?where[id][equals]=${id}`, { token: editor, body: { name } }),
    )
    // A bulk update whose `where` matches it among others.
    expectRefusal(
      await api('PATCH', `/tools?where[name][like]=Published tool`, {
        token: editor,
        body: { skillText: 'bulk' },
      }),
    )
    expectGraphqlRefusal(
      await graphql('mutation ($id: Int!) { updateTool(id: $id, data: { name: "x" }) { id } }', {
        id,
      }),
    )
    // Someone who may not write at all is refused by access, as for any document: the 400
    // would tell them which documents have a pending draft.
    expect((await api('PATCH', `/tools/${id}`, { body: { name } })).status).toBe(403)

    // Readers still see the published version, and nothing of the refused saves was kept:
    // the editor's draft is still the latest version.
    const read = await anonymous(`/tools/${id}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ name, _status: 'published' })
    const latest = await api('GET', `/tools/${id}?draft=true`, { token: editor })
    expect(latest.body).toMatchObject({ name, shortName: 'DRAFT', _status: 'draft' })

    // Saving to the draft keeps working in every form: draft=true, autosave, GraphQL draft.
    const saves = [
      await api('PATCH', `/tools/${id}?draft=true`, { token: editor, body: { shortName: 'D2' } }),
      await api('PATCH', `/tools/${id}?draft=true&autosave=true`, {
        token: editor,
        body: { shortName: 'D3' },
      }),
      await api('PATCH', `/tools?where[id][equals]=${id}&draft=true`, {
        token: editor,
        body: { shortName: 'D4' },
      }),
    ]
    for (const res of saves) expect(res.status, JSON.stringify(res.body)).toBe(200)
    const viaGraphql = await graphql(
      'mutation ($id: Int!) { updateTool(id: $id, data: { shortName: "D5" }, draft: true) { id } }',
      { id },
    )
    expect(viaGraphql.body.errors, JSON.stringify(viaGraphql.body)).toBeUndefined()
    expect((await anonymous(`/tools/${id}`)).body).toMatchObject({ name, _status: 'published' })

    // An explicit publish publishes the draft with the change.
    const publish = await api('PATCH', `/tools/${id}`, {
      token: editor,
      body: { skillText: 'Published with the draft', _status: 'published' },
    })
    expect(publish.status, JSON.stringify(publish.body)).toBe(200)
    expect((await anonymous(`/tools/${id}`)).body).toMatchObject({
      shortName: 'D5',
      skillText: 'Published with the draft',
    })
    // No pending draft any more: a plain save works again.
    expect(
      (await api('PATCH', `/tools/${id}`, { token: editor, body: { shortName: 'P2' } })).status,
    ).toBe(200)
    expect((await anonymous(`/tools/${id}`)).body.shortName).toBe('P2')
  })

  it('an explicit unpublish still unpublishes; a plain save of an unpublished document keeps it so', async () => {
    const { id } = await publishedTool()
    await api('PATCH', `/tools/${id}?draft=true`, { token: editor, body: { shortName: 'X' } })
    const unpublish = await api('PATCH', `/tools/${id}`, {
      token: editor,
      body: { _status: 'draft' },
    })
    expect(unpublish.status, JSON.stringify(unpublish.body)).toBe(200)
    expect((await anonymous(`/tools/${id}`)).status).toBe(404)

    // Nothing published to change: allowed, and it stays a draft.
    const plain = await api('PATCH', `/tools/${id}`, { token: editor, body: { shortName: 'Y' } })
    expect(plain.status, JSON.stringify(plain.body)).toBe(200)
    expect(plain.body.doc._status).toBe('draft')
    expect((await anonymous(`/tools/${id}`)).status).toBe(404)
  })

  it('creating a draft (POST ?draft=true) touches no published document', async () => {
    const { id, name } = await publishedTool()
    await api('PATCH', `/tools/${id}?draft=true`, { token: editor, body: { shortName: 'Q' } })
    const made = await api('POST', '/tools?draft=true', {
      token: editor,
      body: { name: `${name} draft twin` },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    madeTools.push(made.body.doc.id)
    expect((await anonymous(`/tools/${made.body.doc.id}`)).status).toBe(404)
    expect((await anonymous(`/tools/${id}`)).body).toMatchObject({ name })
  })
})

describe('a save that names no publishing intent, on a global', () => {
  it('guide-page: refused over REST and GraphQL while a draft is pending; readable throughout', async () => {
    const original = await api('GET', '/globals/guide-page?depth=0', { token: editor })
    const subtitle: string = original.body.hero.subtitle
    const hero = (text: string) => ({ hero: { title: original.body.hero.title, subtitle: text } })
    const readable = async () => {
      const read = await anonymous('/globals/guide-page?depth=0')
      expect(read.status).toBe(200)
      expect(read.body.hero?.title).toBe(original.body.hero.title)
      return read.body
    }

    try {
      // No pending draft: a plain save publishes the change.
      const plain = await api('POST', '/globals/guide-page', {
        token: editor,
        body: hero(`${subtitle} (plain)`),
      })
      expect(plain.status, JSON.stringify(plain.body)).toBe(200)
      expect((await readable()).hero.subtitle).toBe(`${subtitle} (plain)`)

      const draft = await api('POST', '/globals/guide-page?draft=true', {
        token: editor,
        body: hero(`${subtitle} (draft)`),
      })
      expect(draft.status, JSON.stringify(draft.body)).toBe(200)

      expectRefusal(
        await api('POST', '/globals/guide-page', { token: editor, body: hero(subtitle) }),
      )
      expectGraphqlRefusal(
        await graphql(
          'mutation ($data: mutationGuidePageInput!) { updateGuidePage(data: $data) { updatedAt } }',
          { data: hero(subtitle) },
        ),
      )
      expect((await readable()).hero.subtitle).toBe(`${subtitle} (plain)`)

      const autosave = await api('POST', '/globals/guide-page?draft=true&autosave=true', {
        token: editor,
        body: hero(`${subtitle} (autosave)`),
      })
      expect(autosave.status, JSON.stringify(autosave.body)).toBe(200)
      const viaGraphql = await graphql(
        'mutation ($data: mutationGuidePageInput!) { updateGuidePage(data: $data, draft: true) { updatedAt } }',
        { data: hero(`${subtitle} (graphql draft)`) },
      )
      expect(viaGraphql.body.errors, JSON.stringify(viaGraphql.body)).toBeUndefined()
      expect((await readable()).hero.subtitle).toBe(`${subtitle} (plain)`)
    } finally {
      // An explicit publish of the original text: the page is as it was, with no draft.
      const restore = await api('POST', '/globals/guide-page', {
        token: editor,
        body: { ...hero(subtitle), _status: 'published' },
      })
      expect(restore.status, JSON.stringify(restore.body)).toBe(200)
    }
    expect((await readable()).hero.subtitle).toBe(subtitle)
  })
})

describe('the dashboard', () => {
  // As a browser opening it (Payload takes the cookie of a direct navigation only).
  const dashboard = async () => {
    const res = await fetch(`${cmsUrl()}/admin`, {
      headers: { cookie: `payload-token=${editor}`, 'sec-fetch-site': 'none' },
    })
    expect(res.status).toBe(200)
    return res.text()
  }
  const warning = 'The site cannot render the published content'

  it('says so while the published guide page is one the site will not render', async () => {
    expect(await dashboard()).not.toContain(warning)
    const unpublish = await api('POST', '/globals/guide-page', {
      token: editor,
      body: { _status: 'draft' },
    })
    expect(unpublish.status, JSON.stringify(unpublish.body)).toBe(200)
    try {
      const html = await dashboard()
      expect(html).toContain(warning)
      expect(html).toContain('the guide page has no published title')
    } finally {
      const republish = await api('POST', '/globals/guide-page', {
        token: editor,
        body: { _status: 'published' },
      })
      expect(republish.status, JSON.stringify(republish.body)).toBe(200)
    }
    expect(await dashboard()).not.toContain(warning)
  })
})
