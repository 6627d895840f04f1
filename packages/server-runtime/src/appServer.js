import http from 'node:http'

import { logJson, requestLogger } from './requestLog.js'
import { watchBody } from './requestBodies.js'

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} Handle */

/**
 * The HTTP server of a production process (the CMS's and the site's server.js): every
 * request logged (requestLog.js), slow and early-answered bodies handled (requestBodies.js),
 * and a graceful stop. While stopping, answers carry `Connection: close`, so a proxy's
 * keep-alive connection moves to another process instead of holding this one open.
 * @param {{ service: string, handle: Handle, headersTimeoutMs: number, bodyTimeoutMs: number }} options
 */
export function createAppServer({ service, handle, headersTimeoutMs, bodyTimeoutMs }) {
  const logRequest = requestLogger(service)
  let stopping = false
  const server = http.createServer(
    {
      // From a request's first byte to its last header (slowloris). Node checks its timeouts
      // every 30 s by default, which would make a 10 s bound up to 40 s.
      headersTimeout: headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs / 4),
    },
    (req, res) => {
      logRequest(req, res)
      if (stopping) res.setHeader('connection', 'close')
      watchBody(req, res, { bodyTimeoutMs })
      handle(req, res)
    },
  )
  // Node answers a request it cannot parse (headers or URL over 16 KB, a malformed request
  // line) or finish in time with a bare status and no body; clients of the API always get
  // JSON saying why.
  server.on('clientError', (error, socket) => {
    const { code } = /** @type {{ code?: string }} */ (error)
    // An answer the app already started on this socket must not get a second one written
    // into it: the check Node's own handler makes, on the answer it keeps on the socket.
    const answering = /** @type {{ _httpMessage?: { headersSent: boolean } }} */ (socket)
    if (!socket.writable || code === 'ECONNRESET' || answering._httpMessage?.headersSent) {
      socket.destroy()
      return
    }
    const [status, reason, message] =
      code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'the URL or headers are larger than 16 KB']
        : code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'the request did not arrive in time']
          : [400, 'Bad Request', 'the request could not be parsed as HTTP']
    const body = JSON.stringify({ errors: [{ message }] })
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    )
  })
  return {
    server,
    /**
     * Opens the port and logs one "listening" line.
     * @param {number} port
     * @param {string} [host]
     * @returns {Promise<void>}
     */
    listen: (port, host) =>
      new Promise((resolve) =>
        server.listen(port, host, () => {
          logJson({ service, msg: 'listening', ...(host ? { host } : {}), port })
          resolve()
        }),
      ),
    /** On SIGTERM or SIGINT: finish in-flight requests, then exit (after 10 s at most). */
    stopOnSignals: () => {
      for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
        process.once(signal, () => {
          stopping = true
          server.close(() => process.exit(0))
          server.closeIdleConnections()
          setTimeout(() => process.exit(0), 10_000).unref()
        })
      }
    },
  }
}
