import net from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * For tests of both servers: an HTTP/1.1 client that sends its whole request before reading
 * anything, as Python's urllib and `requests` do. Written on a raw socket because every Node
 * client (fetch, http.request) reads the answer while it sends, and so never sees what such
 * clients see when a server closes mid-upload: a broken pipe instead of the answer.
 */
export type RawAnswer = {
  /** The status line, e.g. "HTTP/1.1 413 Payload Too Large"; '' when none came. */
  status: string
  /** The header lines, as sent. */
  head: string
  /** The body, de-chunked. */
  body: string
  /** The socket error the client met (EPIPE, ECONNRESET), or null. */
  error: string | null
  /** From connecting to the whole answer (or the close). */
  ms: number
}

/** Whether `raw` holds a whole response: sized by Content-Length, or chunked to its end. */
function isWhole(raw: string) {
  const end = raw.indexOf('\r\n\r\n')
  if (end < 0) return false
  const length = /\r\ncontent-length: (\d+)/i.exec(raw.slice(0, end))
  if (length) return raw.length >= end + 4 + Number(length[1])
  return raw.endsWith('\r\n0\r\n\r\n')
}

function dechunk(body: string) {
  let out = ''
  for (let at = 0; ;) {
    const lineEnd = body.indexOf('\r\n', at)
    const size = parseInt(body.slice(at, lineEnd), 16)
    if (!size) return out
    out += body.slice(lineEnd + 2, lineEnd + 2 + size)
    at = lineEnd + 2 + size + 2
  }
}

function parse(raw: string): Pick<RawAnswer, 'status' | 'head' | 'body'> {
  const end = raw.indexOf('\r\n\r\n')
  if (end < 0) return { status: raw.split('\r\n', 1)[0] ?? '', head: raw, body: '' }
  const head = raw.slice(0, end)
  const body = raw.slice(end + 4)
  return {
    status: head.split('\r\n', 1)[0]!,
    head,
    body: /\r\ntransfer-encoding: chunked/i.test(head) ? dechunk(body) : body,
  }
}

/**
 * Connects, writes `head` (request line and headers, ending in a blank line), then each of
 * `parts` in turn (a number is a pause in milliseconds), and only then reads the answer,
 * until it is whole or the server closes.
 */
export function sendThenRead(
  port: number,
  head: string,
  parts: (Buffer | string | number)[] = [],
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now()
    const socket = net.connect(port, '127.0.0.1')
    let raw = ''
    let error: string | null = null
    const finish = () => {
      socket.destroy()
      resolve({ ...parse(raw), error, ms: Date.now() - started })
    }
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error ??= e.code ?? e.message
      finish()
    })
    socket.on('close', finish)
    socket.once('connect', async () => {
      socket.pause() // nothing is read until everything is sent
      const write = (data: string | Buffer) =>
        new Promise<void>((ok) => socket.write(data, (e) => (e ? finish() : ok())))
      await write(head)
      for (const part of parts) {
        if (socket.destroyed) return
        if (typeof part === 'number') await sleep(part)
        else await write(part)
      }
      socket.on('data', (d: Buffer) => {
        raw += d.toString('latin1')
        if (isWhole(raw)) finish()
      })
      socket.resume()
    })
  })
}
