import fs from 'node:fs'
import { inject } from 'vitest'

import { cmsUrl, randomAddress } from './helpers'

/** A 1×1 PNG, and another one (a red pixel) to replace it with. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
export const RED_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
)

/**
 * An upload as the admin sends it: the file plus the other fields as JSON. POST creates an
 * image; PATCH to /media/:id replaces the file of one.
 */
export async function upload(
  name: string,
  token?: string,
  opts: { bytes?: Buffer; alt?: string; method?: 'POST' | 'PATCH'; path?: string } = {},
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(opts.bytes ?? PNG)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: opts.alt ?? `Test image ${name}` }))
  const res = await fetch(`${cmsUrl()}/api${opts.path ?? '/media'}`, {
    method: opts.method ?? 'POST',
    headers: {
      'x-forwarded-for': randomAddress(),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: form,
  })
  return { status: res.status, body: (await res.json()) as any }
}

/** The bytes the CMS serves for an image document's URL. */
export async function servedBytes(url: string): Promise<Buffer> {
  const res = await fetch(new URL(url, cmsUrl()))
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
  return Buffer.from(await res.arrayBuffer())
}

/** Whether s3rver holds an object for `name` (it keeps each object as files named after the key). */
export const inBucket = (name: string) =>
  (fs.readdirSync(inject('s3Dir'), { recursive: true }) as string[]).some((f) => f.includes(name))
