import { randomUUID } from 'node:crypto'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const REQUEST_ID = /^[\w.-]{1,128}$/

// Lines are written in batches (at most 50 ms late): stdout to a pipe is a blocking write on
// Linux, and one write per request halved the site's throughput (npm run bench).
let batch = ''
function flush() {
  if (batch) process.stdout.write(batch)
  batch = ''
}
process.on('exit', flush)

/** Adds a line to the next batch. @param {string} line */
function write(line) {
  if (batch === '') setTimeout(flush, 50).unref()
  batch += line
}

/** Writes one JSON line to stdout, in the next batch. @param {Record<string, unknown>} entry */
export function logJson(entry) {
  write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...entry })}\n`)
}

/**
 * The access log a log shipper reads: one JSON line per request with its id (the caller's
 * X-Request-Id if it looks like one, else a new unique one; echoed back), method, path
 * without the query (preview tokens live there), status and duration.
 * @param {string} service
 * @returns {(req: Request, res: Response) => void}
 */
export function requestLogger(service) {
  // Unique ids without a UUID per request: a random prefix per process, then a counter.
  const prefix = randomUUID().slice(0, 24)
  let counter = 0
  return (req, res) => {
    const started = process.hrtime.bigint()
    const given = req.headers['x-request-id']
    const id =
      typeof given === 'string' && REQUEST_ID.test(given)
        ? given
        : `${prefix}${(++counter).toString(16).padStart(12, '0')}`
    req.headers['x-request-id'] = id
    res.setHeader('x-request-id', id)
    res.once('finish', () => {
      const ms = (Number(process.hrtime.bigint() - started) / 1e6).toFixed(2)
      const path = (req.url ?? '').split('?')[0]
      // Built by hand, not JSON.stringify of an object: this runs on every request, and the
      // cached-page path is measured against nginx (bench/site-vs-nginx.ts).
      write(
        `{"time":${Date.now()},"level":"info","service":${JSON.stringify(service)},"msg":"request","requestId":${JSON.stringify(id)},"method":${JSON.stringify(req.method)},"path":${JSON.stringify(path)},"status":${res.statusCode},"durationMs":${ms}}\n`,
      )
    })
  }
}
