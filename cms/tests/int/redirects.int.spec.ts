import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { redirectTarget } from '@mlops-guide/content/site-routes'

import { api, fieldErrors, loginAs } from './helpers'

/**
 * Slugs can change without breaking links (issue 22, point 10): when a stage's or skill's
 * published slug changes, its old address redirects to the document (cms/src/redirects),
 * without chains or loops; editors manage the redirects, readers only read them.
 */

let editor: string
let contributor: string
beforeAll(async () => {
  editor = await loginAs('editor')
  contributor = await loginAs('contributor')
})

/** The tools these tests make, deleted after them: other test files count the seeded ones. */
const madeTools: number[] = []
afterAll(async () => {
  for (const id of madeTools) await api('DELETE', `/tools/${id}`, { token: editor })
})

const unique = () => `redirect-${Math.random().toString(36).slice(2, 8)}`

async function publishedTool(slug: string): Promise<number> {
  const res = await api('POST', '/tools', {
    token: editor,
    body: { name: `Tool ${slug}`, slug, _status: 'published' },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  madeTools.push(res.body.doc.id)
  return res.body.doc.id
}

const rename = (id: number, slug: string, { draft = false } = {}) =>
  api('PATCH', `/tools/${id}${draft ? '?draft=true' : ''}`, {
    token: editor,
    body: draft ? { slug } : { slug, _status: 'published' },
  })

/** Where the redirect from `from` leads, as anyone reads it; null when there is none. */
async function leadsTo(from: string): Promise<string | null | undefined> {
  const res = await api('GET', `/redirects?where[from][equals]=${encodeURIComponent(from)}&depth=1`)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  const [redirect] = res.body.docs
  if (!redirect) return undefined
  // The page it leads to, as the site works it out and as the API says it (leadsTo).
  expect(redirect.leadsTo).toBe(redirectTarget(redirect))
  return redirect.leadsTo
}

describe('a published slug change', () => {
  it('makes the old address redirect to the new one, readable by anyone', async () => {
    const a = unique()
    const id = await publishedTool(a)
    expect(await leadsTo(`/skills/${a}`)).toBeUndefined()
    const res = await rename(id, `${a}-new`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await leadsTo(`/skills/${a}`)).toBe(`/skills/${a}-new`)
  })

  it('a draft rename makes none; its publish does', async () => {
    const a = unique()
    const id = await publishedTool(a)
    expect((await rename(id, `${a}-draft`, { draft: true })).status).toBe(200)
    expect(await leadsTo(`/skills/${a}`)).toBeUndefined()
    const publish = await api('PATCH', `/tools/${id}`, {
      token: editor,
      body: { _status: 'published' },
    })
    expect(publish.status, JSON.stringify(publish.body)).toBe(200)
    expect(await leadsTo(`/skills/${a}`)).toBe(`/skills/${a}-draft`)
  })

  it('a draft rename published by a release makes one too', async () => {
    const a = unique()
    const id = await publishedTool(a)
    expect((await rename(id, `${a}-release`, { draft: true })).status).toBe(200)
    const made = await api('POST', '/releases', {
      token: editor,
      body: { title: `Rename ${a}`, documents: [{ relationTo: 'tools', value: id }] },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    try {
      const published = await api('POST', `/releases/${made.body.doc.id}/publish`, {
        token: editor,
      })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      expect(await leadsTo(`/skills/${a}`)).toBe(`/skills/${a}-release`)
    } finally {
      await api('DELETE', `/releases/${made.body.doc.id}`, { token: editor })
    }
  })

  it('leaves no chain: every earlier address leads to the current one', async () => {
    const a = unique()
    const id = await publishedTool(a)
    await rename(id, `${a}-b`)
    await rename(id, `${a}-c`)
    expect(await leadsTo(`/skills/${a}`)).toBe(`/skills/${a}-c`)
    expect(await leadsTo(`/skills/${a}-b`)).toBe(`/skills/${a}-c`)
  })

  it('renaming back to an old slug removes the redirect from that address (no loop)', async () => {
    const a = unique()
    const id = await publishedTool(a)
    await rename(id, `${a}-b`)
    await rename(id, a)
    expect(await leadsTo(`/skills/${a}`)).toBeUndefined()
    expect(await leadsTo(`/skills/${a}-b`)).toBe(`/skills/${a}`)
  })

  it('deleting the document deletes the redirects to it', async () => {
    const a = unique()
    const id = await publishedTool(a)
    await rename(id, `${a}-b`)
    expect(await leadsTo(`/skills/${a}`)).toBe(`/skills/${a}-b`)
    expect((await api('DELETE', `/tools/${id}`, { token: editor })).status).toBe(200)
    expect(await leadsTo(`/skills/${a}`)).toBeUndefined()
  })
})

describe('a redirect written by hand', () => {
  const create = (from: string, toolId: number, token = editor) =>
    api('POST', '/redirects', {
      token,
      body: { from, to: { reference: { relationTo: 'tools', value: toolId } } },
    })

  it('is refused with a 400 naming "from" when it is not a stage or skill page address', async () => {
    const id = await publishedTool(unique())
    for (const from of [
      'skills/x',
      '/skills/Not Safe',
      '/skills/x/',
      '/salaries',
      '/skills/x?y=1',
    ]) {
      const res = await create(from, id)
      expect(res.status, from).toBe(400)
      expect(fieldErrors(res.body)).toEqual([
        expect.objectContaining({
          path: 'from',
          message: expect.stringMatching(/not the address/),
        }),
      ])
    }
  })

  it('is refused with a 400 naming "from" when it is a current page\'s address', async () => {
    const stages = await api('GET', '/career-stages?limit=1')
    const current = `/career-path/${stages.body.docs[0].slug}`
    const id = await publishedTool(unique())
    const res = await create(current, id)
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual([
      expect.objectContaining({ path: 'from', message: expect.stringMatching(/a current page/) }),
    ])
  })

  it('is managed by editors; contributors and readers only read', async () => {
    const a = unique()
    const id = await publishedTool(a)
    expect((await create(`/skills/${a}-gone`, id, contributor)).status).toBe(403)
    expect((await api('POST', '/redirects', { body: { from: `/skills/${a}-x` } })).status).toBe(403)
    const made = await create(`/skills/${a}-gone`, id)
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const redirect = `/redirects/${made.body.doc.id}`
    expect((await api('GET', redirect, { token: contributor })).status).toBe(200)
    expect((await api('DELETE', redirect, { token: contributor })).status).toBe(403)
    expect(await leadsTo(`/skills/${a}-gone`)).toBe(`/skills/${a}`)
    expect((await api('DELETE', redirect, { token: editor })).status).toBe(200)
    expect(await leadsTo(`/skills/${a}-gone`)).toBeUndefined()
  })
})
