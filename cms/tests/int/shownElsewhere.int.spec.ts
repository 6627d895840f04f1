import { beforeAll, describe, expect, it } from 'vitest'

import { api, loginAs } from './helpers'
import { publishedSample } from './samples'

let editor: string

beforeAll(async () => {
  editor = await loginAs('editor')
})

const published = (collection: string, data: Record<string, unknown> = {}) =>
  publishedSample(editor, collection, data)

describe('a band a career stage shows cannot disappear from under it', () => {
  it('delete and unpublish are refused naming the stage; once the stage lets go, both work', async () => {
    const band = await published('salary-bands')
    const stage = await published('career-stages', {
      salaryBand: band.id,
      salaryBandReason: 'Tested pairing',
    })
    const listed = {
      title: stage.title,
      field: 'salaryBand',
      adminUrl: `/admin/collections/career-stages/${stage.id}`,
    }

    const removed = await api('DELETE', `/salary-bands/${band.id}`, { token: editor })
    expect(removed.status).toBe(409)
    expect(removed.body.errors[0].message).toContain(`cannot be deleted`)
    expect(removed.body.errors[0].message).toContain(`${stage.title} (salaryBand)`)
    expect(removed.body.errors[0].data.referredToIn).toContainEqual(listed)

    const unpublished = await api('PATCH', `/salary-bands/${band.id}`, {
      token: editor,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(409)
    expect(unpublished.body.errors[0].data.referredToIn).toContainEqual(listed)
    expect((await api('GET', `/salary-bands/${band.id}`)).status).toBe(200)

    // A draft of the stage without the band changes nothing readers see: still refused.
    const draft = await api('PATCH', `/career-stages/${stage.id}?draft=true`, {
      token: editor,
      body: { salaryBand: null, salaryBandReason: null, _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect((await api('DELETE', `/salary-bands/${band.id}`, { token: editor })).status).toBe(409)

    const letGo = await api('PATCH', `/career-stages/${stage.id}`, {
      token: editor,
      body: { salaryBand: null, salaryBandReason: null, _status: 'published' },
    })
    expect(letGo.status, JSON.stringify(letGo.body)).toBe(200)
    expect((await api('DELETE', `/salary-bands/${band.id}`, { token: editor })).status).toBe(200)
  })
})
