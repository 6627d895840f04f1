import http from 'node:http'

import { logJson, requestLogger } from './requestLog.js'

/** The methods the apps route (Next's and SvelteKit's); any other gets a 405 listing these. */
export const ROUTED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const ALLOW = ROUTED_METHODS.join(', ')

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} Handle */

/**
 * The HTTP server of a production process (the CMS's and the site's server.js): every
 * request logged (requestLog.js), and a graceful stop. While stopping, answers carry
 * `Connection: close`, so a proxy's keep-alive connection moves to another process instead
 * of holding this one open.
 * @param {{ service: string, handle: Handle }} options
 */
export function createAppServer({ service, handle }) {
  const logRequest = requestLogger(service)
  let stopping = false
  const server = http.createServer((req, res) => {
    logRequest(req, res)
    if (stopping) res.setHeader('connection', 'close')
    handle(req, res)
  })
  // Node answers a request it cannot parse (headers or URL over 16 KB, a malformed request
  // line) with a bare status and no body; clients of the API always get JSON saying why.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || /** @type {{ code?: string }} */ (error).code === 'ECONNRESET') {
      socket.destroy()
      return
    }
    const code = /** @type {{ code?: string }} */ (error).code
    // A method Node's parser does not know (FOO) is the one mistake here with a better status.
    const [status, reason, message, extra] =
      code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'the URL or headers are larger than 16 KB', '']
        : code === 'HPE_INVALID_METHOD'
          ? [
              405,
              'Method Not Allowed',
              `the method is not one this server answers; use ${ALLOW}`,
              `allow: ${ALLOW}\r\n`,
            ]
          : [400, 'Bad Request', 'the request could not be parsed as HTTP', '']
    const body = JSON.stringify({ errors: [{ message }] })
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}connection: close\r\n\r\n${body}`,
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
