import type { IncomingMessage, ServerResponse } from 'node:http'
import { once } from 'node:events'
import net from 'node:net'
import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'

import { createAppServer } from './appServer.js'
import { DRAIN_BYTES } from './requestBodies.js'
import { sendThenRead } from './sendThenRead.ts'

const HEADERS_MS = 1000
const BODY_MS = 1000
const LIMIT = 1024 * 1024

const servers: { close: () => void }[] = []
afterEach(() => servers.splice(0).forEach((s) => s.close()))

/** A server like the apps': answers 413 past LIMIT, else the number of bytes it read. */
async function start(
  handle: (req: IncomingMessage, res: ServerResponse) => void = countBytes,
): Promise<number> {
  const app = createAppServer({
    service: 'test',
    handle,
    headersTimeoutMs: HEADERS_MS,
    bodyTimeoutMs: BODY_MS,
  })
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve))
  servers.push({ close: () => app.server.close() && app.server.closeAllConnections() })
  return (app.server.address() as net.AddressInfo).port
}

const tooLarge = (res: ServerResponse) => {
  res.writeHead(413, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ errors: [{ message: 'body: is larger than 1024 KB' }] }))
}

/** Refuses on Content-Length before reading, as the CMS's request checks do. */
function countBytes(req: IncomingMessage, res: ServerResponse) {
  if (Number(req.headers['content-length']) > LIMIT) return tooLarge(res)
  let bytes = 0
  req.on('data', (chunk: Buffer) => (bytes += chunk.length))
  req.on('end', () => res.end(JSON.stringify({ bytes })))
}

/**
 * Reads through a web stream (as Next's route handlers and SvelteKit do) and stops half-way
 * past LIMIT, answering without cancelling the stream.
 */
async function readUntilLimit(req: IncomingMessage, res: ServerResponse) {
  const reader = (Readable.toWeb(req) as ReadableStream<Uint8Array>).getReader()
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return res.end(JSON.stringify({ bytes }))
    bytes += value.byteLength
    if (bytes > LIMIT) return tooLarge(res)
  }
}

const post = (length: number, extra = '') =>
  `POST /api/things HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n${extra}\r\n`

describe('a request that arrives too slowly', () => {
  it('gets a 408 with a JSON body when its body stops arriving, within the bound', async () => {
    const port = await start()
    const answer = await sendThenRead(port, post(100), [Buffer.from('{"question":')])
    expect(answer.status).toBe('HTTP/1.1 408 Request Timeout')
    expect(answer.head).toMatch(/\r\nconnection: close/i)
    expect(JSON.parse(answer.body).errors[0].message).toMatch(/^body: /)
    expect(answer.ms).toBeGreaterThanOrEqual(BODY_MS)
    expect(answer.ms).toBeLessThan(BODY_MS * 1.5)
  })

  it('gets a 408 with a JSON body when its headers stop arriving, within the bound', async () => {
    const port = await start()
    const answer = await sendThenRead(port, 'POST /api/things HTTP/1.1\r\nhost: x\r\n')
    expect(answer.status).toBe('HTTP/1.1 408 Request Timeout')
    expect(JSON.parse(answer.body).errors[0].message).toMatch(/did not arrive in time/)
    expect(answer.ms).toBeLessThan(HEADERS_MS * 1.5)
  })

  it('is read to the end when it keeps sending, however long it takes in all', async () => {
    const port = await start()
    // 40 chunks of 16 KB, 100 ms apart: 4 s in all, four times the idle bound.
    const chunks = Array.from({ length: 40 }, () => [100, Buffer.alloc(16 * 1024, 'x')]).flat()
    const answer = await sendThenRead(port, post(40 * 16 * 1024, 'connection: close\r\n'), chunks)
    expect(answer.error).toBeNull()
    expect(answer.status).toBe('HTTP/1.1 200 OK')
    expect(JSON.parse(answer.body)).toEqual({ bytes: 40 * 16 * 1024 })
  })

  it('is not cut off while the app, not the client, is slow to read it', async () => {
    const port = await start((req, res) => {
      setTimeout(() => countBytes(req, res), BODY_MS * 2)
    })
    const body = Buffer.alloc(512 * 1024, 'x')
    const answer = await sendThenRead(port, post(body.length, 'connection: close\r\n'), [body])
    expect(answer.status).toBe('HTTP/1.1 200 OK')
    expect(JSON.parse(answer.body)).toEqual({ bytes: body.length })
  })

  it('leaves an idle keep-alive connection open past the header bound', async () => {
    const port = await start()
    const socket = net.connect(port, '127.0.0.1')
    const answers: string[] = []
    socket.on('data', (d: Buffer) => answers.push(d.toString()))
    socket.write('GET / HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\n\r\n')
    await sleep(HEADERS_MS * 2.5) // Node keeps an idle connection 5 s by default
    expect(socket.destroyed).toBe(false)
    socket.write('GET / HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\n\r\n')
    await sleep(200)
    socket.destroy()
    expect(answers.join('').match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2)
  })
})

describe('an early answer to a large body', () => {
  const big = Buffer.alloc(12 * 1024 * 1024, 'x')

  for (const [name, handle] of [
    ['refused on its Content-Length', countBytes],
    ['refused after the app read part of it', readUntilLimit],
  ] as const) {
    for (const connection of ['close', 'keep-alive']) {
      it(`reaches a client that sends all of it first (${name}, connection: ${connection})`, async () => {
        const port = await start(handle)
        const answer = await sendThenRead(port, post(big.length, `connection: ${connection}\r\n`), [
          big,
        ])
        expect(answer.error).toBeNull()
        expect(answer.status).toBe('HTTP/1.1 413 Payload Too Large')
        expect(JSON.parse(answer.body).errors[0].message).toMatch(/larger than/)
      })
    }
  }

  it('stops reading the rest after DRAIN_BYTES, and closes the connection', async () => {
    const port = await start()
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    socket.on('data', (d: Buffer) => (answer += d.toString()))
    socket.on('error', () => {})
    const chunk = Buffer.alloc(1024 * 1024, 'x')
    socket.write(post(10 * DRAIN_BYTES))
    let sent = 0
    while (!socket.destroyed && !socket.writableEnded && sent < 10 * DRAIN_BYTES) {
      if (!socket.write(chunk)) await once(socket, 'drain').catch(() => {})
      sent += chunk.length
    }
    expect(answer).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/)
    // Well before the 10 × DRAIN_BYTES the client meant to send. Over loopback, tens of MB
    // more are accepted while the server gets round to closing (CI saw exactly 2 ×).
    expect(sent).toBeLessThan(5 * DRAIN_BYTES)
  })
})
