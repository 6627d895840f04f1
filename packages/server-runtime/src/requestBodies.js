/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/**
 * How long a client may take, in milliseconds: the defaults and largest values both apps'
 * env modules document and validate (cms/src/env.ts, web/src/env.ts).
 * - REQUEST_HEADERS_TIMEOUT_MS: from a request's first byte to the end of its headers.
 * - REQUEST_BODY_TIMEOUT_MS: the longest a request body may go without sending a byte. An
 *   idle bound, not a total one, so a long upload at a steady pace is never cut off. Node's
 *   `requestTimeout` (5 minutes) still bounds a whole request, as the outer limit.
 */
export const TIMEOUTS = {
  REQUEST_HEADERS_TIMEOUT_MS: { default: 10_000, max: 60_000 },
  REQUEST_BODY_TIMEOUT_MS: { default: 15_000, max: 300_000 },
}

/**
 * The timeouts from the environment, for createAppServer. The server entries build their
 * HTTP server before the app has loaded its env module, so a bad value is refused here too.
 * @param {Record<string, string | undefined>} env
 */
export function timeoutsFrom(env) {
  const ms = (/** @type {keyof typeof TIMEOUTS} */ name) => {
    const { default: fallback, max } = TIMEOUTS[name]
    if (!env[name]) return fallback
    const value = Number(env[name])
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new Error(`${name} must be a whole number of milliseconds from 1 to ${max}`)
    }
    return value
  }
  return {
    headersTimeoutMs: ms('REQUEST_HEADERS_TIMEOUT_MS'),
    bodyTimeoutMs: ms('REQUEST_BODY_TIMEOUT_MS'),
  }
}

/**
 * After an early answer (a 413 given on Content-Length, a 401 or 429 before the body was
 * read), at most this much more of the body is read and thrown away, within DRAIN_MS, before
 * the connection closes. Several times the largest body either app takes (uploads, 10 MB).
 */
export const DRAIN_BYTES = 64 * 1024 * 1024
export const DRAIN_MS = 60_000

const hasBody = (/** @type {Request} */ req) =>
  req.headers['transfer-encoding'] !== undefined ||
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0')

/** Whether the app, not the client, is the reason no byte arrives: it has not read what came. */
const appIsBehind = (/** @type {Request} */ req) => req.readableLength >= req.readableHighWaterMark

/**
 * Watches one request's body until it has all arrived:
 *
 * - **Stalled**: no byte for `bodyTimeoutMs` (checked ten times per period) and no answer
 *   started: a 408 with a JSON body in the request checks' error shape, and the connection closes.
 *   Node's own `requestTimeout` bounds the whole request (5 minutes by default), so on its
 *   own a stalled body held its connection that long, and a slow upload could not be told
 *   from a stalled one.
 * - **Answered early**: the app answered before the body arrived. The rest is read and thrown
 *   away (never buffered) before the connection closes, up to DRAIN_BYTES and DRAIN_MS.
 *   Clients that send their whole body before reading the answer (Python's urllib and
 *   requests) otherwise got a broken pipe: a socket closed with unread data answers the
 *   client's next bytes with a reset, and the 413 they were sent is lost with it.
 *
 * @param {Request} req
 * @param {Response} res
 * @param {{ bodyTimeoutMs: number }} options
 */
export function watchBody(req, res, { bodyTimeoutMs }) {
  if (req.complete || !hasBody(req)) return
  const { socket } = req
  const every = Math.max(50, bodyTimeoutMs / 10)
  let lastBytes = socket.bytesRead
  let lastProgress = Date.now()
  let lastCheck = lastProgress
  /** @type {{ bytes: number, since: number } | null} */
  let draining = null
  let stalled = false

  const check = () => {
    if (req.complete || socket.destroyed) return clearInterval(timer)
    const now = Date.now()
    // A late check means this process was busy: the bytes may be waiting unread, not unsent.
    const late = now - lastCheck > 2 * every
    lastCheck = now
    if (late || socket.bytesRead !== lastBytes || (!draining && appIsBehind(req))) {
      lastBytes = socket.bytesRead
      lastProgress = now
    }
    const drainedTooMuch =
      draining &&
      (socket.bytesRead - draining.bytes > DRAIN_BYTES || now - draining.since > DRAIN_MS)
    if (drainedTooMuch) return socket.destroy()
    if (now - lastProgress < bodyTimeoutMs) return
    clearInterval(timer)
    if (draining || res.headersSent) return socket.destroy()
    stalled = true
    const message = `sent nothing for ${bodyTimeoutMs / 1000} s, so the request was dropped`
    const body = JSON.stringify({
      errors: [{ message: `body: ${message}`, data: { errors: [{ path: 'body', message }] } }],
    })
    res.writeHead(408, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
    })
    res.end(body)
  }
  const timer = setInterval(check, every)
  timer.unref()

  // Before Node's own 'finish' listener, which closes a `Connection: close` answer's socket.
  res.prependListener('finish', () => {
    if (req.complete || socket.destroyed || stalled) return
    draining = { bytes: socket.bytesRead, since: Date.now() }
    // The app may have stopped reading half-way (its stream paused): read on, keeping nothing.
    req.removeAllListeners('data')
    req.removeAllListeners('readable')
    req.resume()
    // Node closes a socket after its last answer with socket.destroySoon() (end our side,
    // destroy once written; lib/_http_server.js, resOnFinish). Closing while the client still
    // sends is the reset above, so on this socket that waits for the body's end.
    const closeSoon = socket.destroySoon.bind(socket)
    socket.destroySoon = () => (req.complete ? closeSoon() : req.once('end', closeSoon))
  })
}
