import { beforeAll, describe, expect, it } from 'vitest'

import { api, loginAs } from './helpers'
import { CONTENT_COLLECTIONS, sampleDoc } from './samples'

let token: string
beforeAll(async () => {
  token = await loginAs('editor')
})

describe.each(CONTENT_COLLECTIONS)('%s through REST', (collection) => {
  it('is created, read, updated and deleted by a signed-in editor', async () => {
    const { data, change } = await sampleDoc(collection)

    const created = await api('POST', `/${collection}`, { token, body: data })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)

    const read = await api('GET', `/${collection}/${id}?depth=0`)
    expect(read.status).toBe(200)
    for (const [key, value] of Object.entries(data)) {
      if (key !== 'answer') expect(read.body[key], key).toEqual(value)
    }

    const listed = await api('GET', `/${collection}?where[id][equals]=${id}`)
    expect(listed.body.totalDocs).toBe(1)

    const updated = await api('PATCH', `/${collection}/${id}`, { token, body: change })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const reread = await api('GET', `/${collection}/${id}?depth=0`)
    expect(reread.body).toMatchObject(change)

    const deleted = await api('DELETE', `/${collection}/${id}`, { token })
    expect(deleted.status).toBe(200)
    expect((await api('GET', `/${collection}/${id}`)).status).toBe(404)
  })
})

describe('the guide page text (global) through REST', () => {
  it('is read by anyone and updated by an editor', async () => {
    const before = await api('GET', '/globals/guide-page')
    expect(before.status).toBe(200)
    const original = before.body.careerPath.intro
    const changed = await api('POST', '/globals/guide-page', {
      token,
      body: { careerPath: { intro: 'A changed intro.' }, _status: 'published' },
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    const after = await api('GET', '/globals/guide-page')
    expect(after.body.careerPath.intro).toBe('A changed intro.')
    expect(after.body.careerPath.heading).toBe(before.body.careerPath.heading)
    await api('POST', '/globals/guide-page', {
      token,
      body: { careerPath: { intro: original }, _status: 'published' },
    })
    expect((await api('GET', '/globals/guide-page')).body.careerPath.intro).toBe(original)
  })
})
