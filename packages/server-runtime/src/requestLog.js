import { randomUUID } from 'node:crypto'
import { format } from 'node:util'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {'debug' | 'info' | 'warn' | 'error'} Level */

// One log format for everything a production process writes: one JSON object per line with
// an ISO `time`, a `level`, the `service` and a `msg` (request lines, Payload's pino lines,
// console output from Next, SvelteKit and our own code). A log shipper parses every line.

const REQUEST_ID = /^[\w.-]{1,128}$/

// Lines are written in batches (at most 50 ms late): stdout to a pipe is a blocking write on
// Linux, and one write per request halved the site's throughput (npm run bench). A batch is
// also written once it holds BATCH_BYTES: a pipe holds 64 kB, and a larger write waited for
// the reader to drain it (50 ms of a busy site's lines is ~200 kB: the access log then cost
// the cached-page path a third of its requests per second).
const BATCH_BYTES = 16 * 1024
let batch = ''
let timer = /** @type {ReturnType<typeof setTimeout> | null} */ (null)
function flush() {
  if (timer) clearTimeout(timer)
  timer = null
  if (batch) process.stdout.write(batch)
  batch = ''
}
process.on('exit', flush)

/** Adds a line to the next batch. @param {string} line */
function write(line) {
  batch += line
  if (batch.length >= BATCH_BYTES) flush()
  else if (!timer) timer = setTimeout(flush, 50).unref()
}

// toISOString costs more than the rest of a request line: made once per millisecond.
let isoAt = 0
let iso = ''
function now() {
  const ms = Date.now()
  if (ms !== isoAt) {
    isoAt = ms
    iso = new Date(ms).toISOString()
  }
  return iso
}

/** Writes one JSON line to stdout, in the next batch. @param {Record<string, unknown>} entry */
export function logJson(entry) {
  write(`${JSON.stringify({ time: now(), level: 'info', ...entry })}\n`)
}

/** The level a request's outcome is logged at: 5xx error, 4xx warn, else info. @param {number} status */
export const levelOf = (status) => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info')

/**
 * Which request lines are written (ACCESS_LOG and ACCESS_LOG_SAMPLE, read once at start):
 * `all` (the default), `errors` (4xx and 5xx only) or `off`; and the share of the other
 * lines kept, 0 to 1 (default 1). Errors are always written unless the log is off.
 * A process refuses to start with a value it does not understand.
 * @param {Record<string, string | undefined>} env
 * @returns {(status: number) => boolean}
 */
export function accessLogPolicy(env) {
  const mode = env.ACCESS_LOG?.trim() || 'all'
  if (!['all', 'errors', 'off'].includes(mode)) {
    throw new Error(`ACCESS_LOG must be all, errors or off (got "${mode}")`)
  }
  const given = env.ACCESS_LOG_SAMPLE?.trim() || '1'
  const sample = Number(given)
  if (!/^\d*\.?\d+$/.test(given) || sample > 1) {
    throw new Error(`ACCESS_LOG_SAMPLE must be a number from 0 to 1 (got "${given}")`)
  }
  if (mode === 'off') return () => false
  if (mode === 'errors') return (status) => status >= 400
  if (sample >= 1) return () => true
  return (status) => status >= 400 || Math.random() < sample
}

/**
 * The access log a log shipper reads: one JSON line per request with its id (the caller's
 * X-Request-Id if it looks like one, else a new unique one), method, path without the query
 * (preview tokens live there), status and duration. The id is returned, and put in the
 * request's headers for the app; echoing it is the caller's (appServer.js), which puts it
 * in a cached answer's header list: a header set on the answer beforehand sends Node's
 * writeHead down its slow path, one setHeader per header of the list.
 * `onClose` runs when the answer is done with, sent or not (its 'close' event): one listener
 * per request for both, on the path measured against a bare Node server (npm run bench).
 * @param {string} service
 * @param {(status: number) => boolean} [keep] which lines are written (accessLogPolicy)
 * @param {(res: Response) => void} [onClose]
 * @returns {(req: Request, res: Response) => string}
 */
export function requestLogger(service, keep = accessLogPolicy(process.env), onClose) {
  // Unique ids without a UUID per request: a random prefix per process, then a counter.
  const prefix = randomUUID().slice(0, 24)
  let counter = 0
  // The line is built by hand, not by JSON.stringify of an object: this runs on every
  // request, and the cached-page path is measured against a bare Node server (npm run
  // bench). Only the path can hold characters JSON must escape: an id matches REQUEST_ID
  // (or is ours), and Node's parser accepts only the methods it knows (plain tokens).
  const head = `","service":${JSON.stringify(service)},"msg":"request","requestId":"`
  return (req, res) => {
    const started = performance.now()
    const given = req.headers['x-request-id']
    const id =
      typeof given === 'string' && REQUEST_ID.test(given)
        ? given
        : `${prefix}${(++counter).toString(16).padStart(12, '0')}`
    req.headers['x-request-id'] = id
    res.once('close', () => {
      onClose?.(res)
      // Only answers sent in full are logged (a client that went away got none).
      if (!res.writableFinished) return
      const status = res.statusCode
      if (!keep(status)) return
      const ms = (performance.now() - started).toFixed(2)
      const url = req.url ?? ''
      const query = url.indexOf('?')
      const path = query === -1 ? url : url.slice(0, query)
      write(
        `{"time":"${now()}","level":"${levelOf(status)}${head}${id}","method":"${req.method}","path":${JSON.stringify(path)},"status":${status},"durationMs":${ms}}\n`,
      )
    })
    return id
  }
}

/** @typedef {{ type: string, message: string, stack?: string, cause?: ErrorJson }} ErrorJson */

/**
 * An Error as one JSON value: its message and stack (the stack keeps its newlines escaped).
 * @param {Error} e
 * @returns {ErrorJson}
 */
const errorJson = (e) => ({
  type: e.name,
  message: e.message,
  ...(e.stack ? { stack: e.stack } : {}),
  ...(e.cause instanceof Error ? { cause: errorJson(e.cause) } : {}),
})

/** @type {Record<'log' | 'info' | 'debug' | 'warn' | 'error' | 'trace', Level>} */
const CONSOLE_LEVELS = {
  debug: 'debug',
  trace: 'debug',
  log: 'info',
  info: 'info',
  warn: 'warn',
  error: 'error',
}
// Colour codes some libraries put in their messages (Next's "⚠" lines, chalk).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g

/**
 * Routes console.log/info/debug/warn/error/trace of this process to JSON lines (Next's and
 * SvelteKit's own messages and stack traces, our warnings), so the process writes one
 * format. The first Error among the arguments goes into `err` with its stack, on the same
 * line. Written at once, not batched: an error printed just before a crash must not be lost.
 * @param {string} service
 */
export function consoleToJsonLines(service) {
  for (const [method, level] of Object.entries(CONSOLE_LEVELS)) {
    const stream = level === 'error' || level === 'warn' ? process.stderr : process.stdout
    console[/** @type {keyof typeof CONSOLE_LEVELS} */ (method)] = (...args) => {
      const error = args.find((a) => a instanceof Error)
      const msg = format(...args.map((a) => (a === error ? a.message : a))).replace(ANSI, '')
      flush()
      stream.write(
        `${JSON.stringify({ time: now(), level, service, msg, ...(error ? { err: errorJson(error) } : {}) })}\n`,
      )
    }
  }
  // A crash ends the process as Node would (exit 1), but its stack is a JSON line too.
  process.on('uncaughtException', (error) => {
    console.error('uncaught exception, exiting', error)
    process.exit(1)
  })
}
