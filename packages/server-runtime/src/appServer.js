import http from 'node:http'
import net from 'node:net'

import { logJson, requestLogger } from './requestLog.js'
import { watchBody } from './requestBodies.js'

/** The methods the apps route (Next's and SvelteKit's); any other gets a 405 listing these. */
export const ROUTED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const ALLOW = ROUTED_METHODS.join(', ')

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} Handle */
/** @typedef {{ status: number, flatHeaders: string[], body: Buffer | null }} ReadyAnswer */
/** @typedef {(req: import('node:http').IncomingMessage) => ReadyAnswer | undefined} Ready */

// The longest a stop waits for answers and connections before it exits anyway: within
// Kubernetes' grace period (deploy/kubernetes/base: 20 s, less the 5 s preStop pause).
const STOP_TIMEOUT_MS = 10_000

/**
 * The HTTP server of a production process (the CMS's and the site's server.js): every
 * request logged (requestLog.js), slow and early-answered bodies handled (requestBodies.js),
 * and a graceful stop that drops nothing (stop, below). `ready`, when given, is asked first
 * for an answer already made (the site's page cache): it is sent as it is, with the
 * request's id, and `handle` is not called.
 * @param {{ service: string, handle: Handle, ready?: Ready, headersTimeoutMs: number, bodyTimeoutMs: number }} options
 */
export function createAppServer({ service, handle, ready, headersTimeoutMs, bodyTimeoutMs }) {
  let stopping = false
  /** Answers being made: the stop marks those not yet sent `Connection: close`. */
  const answering = new Set()
  const logRequest = requestLogger(service, undefined, (res) => answering.delete(res))
  const server = http.createServer(
    {
      // From a request's first byte to its last header (slowloris). Node checks its timeouts
      // every 30 s by default, which would make a 10 s bound up to 40 s.
      headersTimeout: headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs / 4),
    },
    (req, res) => {
      const id = logRequest(req, res)
      if (stopping) res.setHeader('connection', 'close')
      else answering.add(res)
      watchBody(req, res, { bodyTimeoutMs })
      const answer = ready?.(req)
      if (answer) {
        // One header list for writeHead, the id added: its fast path (logRequest, above).
        res.writeHead(answer.status, [...answer.flatHeaders, 'x-request-id', id])
        res.end(answer.body ?? undefined)
        return
      }
      res.setHeader('x-request-id', id)
      handle(req, res)
    },
  )

  /**
   * Stops without dropping a request: the port closes (new connections are refused, so a
   * load balancer or client goes elsewhere), every answer from now on, including those
   * in flight, carries `Connection: close`, and Node closes each connection once that
   * answer is sent. A kept-alive connection with no request in flight is left to Node's
   * keep-alive timeout (5 s, the time its Keep-Alive header promised the client), not
   * closed at once: http.Server#close does that (Node >= 19, closeIdleConnections), and a
   * request the client had just sent on it, not yet read here, was reset instead of
   * answered (one dropped request per connection under load). Exits when the last
   * connection is gone, or after STOP_TIMEOUT_MS.
   * @param {string} reason
   */
  function stop(reason) {
    if (stopping) return
    stopping = true
    logJson({ service, msg: 'stopping', reason, answering: answering.size })
    for (const res of answering) if (!res.headersSent) res.setHeader('connection', 'close')
    net.Server.prototype.close.call(server, () => {
      logJson({ service, msg: 'stopped' })
      process.exit(0)
    })
    setTimeout(() => {
      logJson({ service, msg: 'stopped', timedOut: true, answering: answering.size })
      process.exit(0)
    }, STOP_TIMEOUT_MS).unref()
  }
  // Node answers a request it cannot parse (headers or URL over 16 KB, a malformed request
  // line) or finish in time with a bare status and no body; clients of the API always get
  // JSON saying why.
  server.on('clientError', (error, socket) => {
    const { code } = /** @type {{ code?: string }} */ (error)
    // An answer the app already started on this socket must not get a second one written
    // into it: the check Node's own handler makes, on the answer it keeps on the socket.
    const started = /** @type {{ _httpMessage?: { headersSent: boolean } }} */ (socket)
    if (!socket.writable || code === 'ECONNRESET' || started._httpMessage?.headersSent) {
      socket.destroy()
      return
    }
    // A method Node's parser does not know (FOO) is the one mistake here with a better status.
    const [status, reason, message, extra] =
      code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'the URL or headers are larger than 16 KB', '']
        : code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'the request did not arrive in time', '']
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
    /**
     * On SIGTERM (Kubernetes, the local stack) or SIGINT (Ctrl-C): the graceful stop. A
     * second signal changes nothing (a terminal's Ctrl-C and a parent's SIGTERM often both
     * arrive); it used to end the process at once, mid-answer.
     */
    stopOnSignals: () => {
      for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stop(signal))
    },
  }
}
