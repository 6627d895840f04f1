import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { cmsDir } from '@mlops-guide/stack'

import { api, loginAs, randomAddress } from './helpers'
import { inBucket, PNG, servedBytes, upload } from './uploads'

let editor: string

beforeAll(async () => {
  editor = await loginAs('editor')
})

describe('media on S3-compatible storage', () => {
  it('stores an editor’s upload in the bucket, serves it back through the CMS, and deletes it with the document', async () => {
    const name = `logo-${Date.now()}.png`
    const made = await upload(name, editor)
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const doc = made.body.doc
    expect(doc.filename).toBe(name)
    expect(doc.prefix).toBe('media')

    // In the bucket under media/, and not on the CMS's own disk: the process stays stateless.
    expect(inBucket(name)).toBe(true)
    expect(fs.existsSync(path.join(cmsDir, 'media', name))).toBe(false)

    expect(await servedBytes(doc.url)).toEqual(PNG)

    const removed = await api('DELETE', `/media/${doc.id}`, { token: editor })
    expect(removed.status).toBe(200)
    expect(inBucket(name)).toBe(false)
  })

  it('refuses anonymous uploads and files that are not images, storing nothing', async () => {
    expect((await upload(`anon-${Date.now()}.png`)).status).toBe(403)
    const form = new FormData()
    const name = `notes-${Date.now()}.txt`
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), name)
    form.append('_payload', JSON.stringify({ alt: 'Not an image' }))
    const res = await fetch(`${inject('cmsUrl')}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor}`, 'x-forwarded-for': randomAddress() },
      body: form,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/file/i)
    expect(inBucket(name)).toBe(false)
  })
})
