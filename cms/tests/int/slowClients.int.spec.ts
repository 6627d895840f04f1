import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { crc32, deflateSync } from 'node:zlib'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { sendThenRead } from '@mlops-guide/server-runtime/send-then-read'

import { api, cmsUrl, loginAs, randomAddress } from './helpers'

const port = () => Number(new URL(cmsUrl()).port)
// Both 2 s in the test stack (globalSetup.ts).
const BODY_MS = Number(inject('cmsEnv').REQUEST_BODY_TIMEOUT_MS)
const HEADERS_MS = Number(inject('cmsEnv').REQUEST_HEADERS_TIMEOUT_MS)

/** A request's line and headers, from its own client address (the test CMS trusts one hop). */
const head = (target: string, headers: Record<string, string | number>) =>
  `POST ${target} HTTP/1.1\r\nhost: 127.0.0.1\r\nx-forwarded-for: ${randomAddress()}\r\n${Object.entries(
    headers,
  )
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`

const errorOf = (body: string) => JSON.parse(body).errors[0]

/** A valid RGB PNG stored without compression, so it is as large as its pixels (w × h × 3). */
function uncompressedPng(width: number, height: number) {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(typed))
    return Buffer.concat([length, typed, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits per channel, RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x66)])
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('a client too slow to send its request', () => {
  it('gets a 408 naming the body, in JSON, when the body stops arriving for REQUEST_BODY_TIMEOUT_MS', async () => {
    const answer = await sendThenRead(
      port(),
      head('/api/faqs', { 'content-type': 'application/json', 'content-length': 100 }),
      ['{"question":'],
    )
    expect(answer.status).toBe('HTTP/1.1 408 Request Timeout')
    expect(answer.head).toMatch(/\r\ncontent-type: application\/json/i)
    expect(errorOf(answer.body).data.errors[0].path).toBe('body')
    expect(answer.ms).toBeGreaterThanOrEqual(BODY_MS)
    expect(answer.ms).toBeLessThan(2 * BODY_MS)
    // Nothing was saved, and the CMS answers as before.
    const { body } = await api('GET', '/faqs?limit=100')
    expect(body.docs.length).toBeGreaterThan(0)
  })

  it('gets a 408 in JSON when its headers take longer than REQUEST_HEADERS_TIMEOUT_MS', async () => {
    const answer = await sendThenRead(port(), 'GET /api/faqs HTTP/1.1\r\nhost: 127.0.0.1\r\n')
    expect(answer.status).toBe('HTTP/1.1 408 Request Timeout')
    expect(errorOf(answer.body).message).toMatch(/did not arrive in time/)
    expect(answer.ms).toBeLessThan(2 * HEADERS_MS)
  })

  it('is never cut off while it keeps sending: a 9.5 MB image uploaded over several body bounds is stored', async () => {
    const editor = await loginAs('editor')
    const png = uncompressedPng(1850, 1800)
    const name = `slow-upload-${Date.now()}.png`
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: 'Sent slowly' }))
    const encoded = new Request('http://x', { method: 'POST', body: form })
    const body = Buffer.from(await encoded.arrayBuffer())
    expect(body.length).toBeGreaterThan(9.5 * 1024 * 1024)
    // 512 KB every 250 ms: about 2 MB/s, for about 4.5 s in all.
    const parts: (Buffer | number)[] = []
    for (let at = 0; at < body.length; at += 512 * 1024) {
      parts.push(body.subarray(at, at + 512 * 1024), 250)
    }
    const answer = await sendThenRead(
      port(),
      head('/api/media', {
        authorization: `JWT ${editor}`,
        'content-type': encoded.headers.get('content-type')!,
        'content-length': body.length,
      }),
      parts,
    )
    expect(answer.ms).toBeGreaterThan(2 * BODY_MS)
    expect(answer.status, answer.body).toBe('HTTP/1.1 201 Created')
    const doc = JSON.parse(answer.body).doc
    expect(doc).toMatchObject({ filename: name, width: 1850, height: 1800 })
    expect((await api('DELETE', `/media/${doc.id}`, { token: editor })).status).toBe(200)
  })
})

describe('a body over the limit', () => {
  const big = Buffer.alloc(12 * 1024 * 1024, ' ')
  let file: string
  beforeAll(() => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'big-body-')), 'body.json')
    fs.writeFileSync(file, big)
    return () => fs.rmSync(path.dirname(file), { recursive: true })
  })

  const expect413 = (status: string | number, body: string) => {
    expect(String(status)).toMatch(/413/)
    expect(errorOf(body).data.errors[0]).toMatchObject({
      path: 'body',
      message: expect.stringMatching(/larger than 1024 KB/),
    })
  }

  it.each([
    ['REST, refused on its Content-Length', '/api/faqs', { 'content-length': big.length }],
    ['REST, chunked, refused as it arrives', '/api/faqs', { 'transfer-encoding': 'chunked' }],
    ['GraphQL, refused on its Content-Length', '/api/graphql', { 'content-length': big.length }],
  ])(
    'answers 413 in JSON to a client that sends all 12 MB before reading (%s)',
    async (_, target, framing) => {
      const chunked = 'transfer-encoding' in framing
      const answer = await sendThenRead(
        port(),
        // Python's urllib asks to close the connection after the answer.
        head(target, { 'content-type': 'application/json', connection: 'close', ...framing }),
        chunked ? [`${big.length.toString(16)}\r\n`, big, '\r\n0\r\n\r\n'] : [big],
      )
      expect(answer.error).toBeNull()
      expect413(answer.status, answer.body)
    },
  )

  it('answers 413 in JSON to fetch', async () => {
    const res = await fetch(`${cmsUrl()}/api/faqs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': randomAddress() },
      body: big,
    })
    expect413(res.status, await res.text())
  })

  it('answers 413 in JSON to curl', async () => {
    const { stdout } = await promisify(execFile)('curl', [
      '--silent',
      '--show-error',
      ...['--header', 'content-type: application/json'],
      ...['--header', `x-forwarded-for: ${randomAddress()}`],
      ...['--data-binary', `@${file}`],
      ...['--write-out', '\n%{http_code}'],
      `${cmsUrl()}/api/faqs`,
    ])
    const [body, status] = [
      stdout.slice(0, stdout.lastIndexOf('\n')),
      stdout.slice(stdout.lastIndexOf('\n') + 1),
    ]
    expect413(status, body)
  })
})
