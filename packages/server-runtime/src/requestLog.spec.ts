import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'

import { accessLogPolicy, levelOf } from './requestLog.js'

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

/**
 * Runs a real process that uses the module as the servers do (console routed, a request
 * logger on a real HTTP server) and returns every line it wrote, stdout and stderr.
 */
async function linesOf(script: string, env: Record<string, string> = {}) {
  const module = new URL('./requestLog.js', import.meta.url).href
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ...env, MODULE: module },
  })
  let out = ''
  child.stdout.on('data', (c) => (out += c))
  child.stderr.on('data', (c) => (out += c))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, lines: out.split('\n').filter((l) => l !== '') }
}

const server = `
  import http from 'node:http'
  const { consoleToJsonLines, requestLogger } = await import(process.env.MODULE)
  consoleToJsonLines('test')
  const log = requestLogger('test')
  const server = http.createServer((req, res) => {
    log(req, res)
    res.statusCode = Number(req.url.slice(1))
    res.end()
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address()
  for (const status of [200, 302, 404, 500, 503]) await fetch('http://127.0.0.1:' + port + '/' + status)
  server.close()
`

describe('one log format', () => {
  it(
    'writes console output, errors with their stacks, request lines and a crash as JSON lines with an ISO time',
    { timeout: 30_000 },
    async () => {
      const { code, lines } = await linesOf(`${server}
      console.log('two\\nlines', { a: 1 })
      console.warn('\\u001b[33m⚠ coloured\\u001b[39m warning')
      console.error('it failed:', new Error('boom', { cause: new Error('root') }))
      await new Promise((r) => setTimeout(r, 100))
      throw new Error('crash')
    `)
      expect(code).toBe(1)
      const parsed = lines.map((line) => JSON.parse(line) as Record<string, any>)
      for (const entry of parsed) {
        expect(entry.time).toMatch(ISO)
        expect(['debug', 'info', 'warn', 'error']).toContain(entry.level)
        expect(entry.service).toBe('test')
      }
      const requests = parsed.filter((e) => e.msg === 'request')
      expect(requests.map((e) => [e.status, e.level])).toEqual([
        [200, 'info'],
        [302, 'info'],
        [404, 'warn'],
        [500, 'error'],
        [503, 'error'],
      ])
      expect(parsed).toContainEqual(
        expect.objectContaining({ level: 'info', msg: 'two\nlines { a: 1 }' }),
      )
      expect(parsed).toContainEqual(
        expect.objectContaining({ level: 'warn', msg: '⚠ coloured warning' }),
      )
      const failed = parsed.find((e) => e.msg === 'it failed: boom')
      expect(failed?.level).toBe('error')
      expect(failed?.err.stack).toContain('Error: boom\n    at ')
      expect(failed?.err.cause.message).toBe('root')
      const crash = parsed.at(-1)
      expect(crash).toMatchObject({ level: 'error', err: { message: 'crash' } })
    },
  )

  it(
    'writes only error lines with ACCESS_LOG=errors, none with off, and a share with ACCESS_LOG_SAMPLE',
    { timeout: 60_000 },
    async () => {
      const statuses = async (env: Record<string, string>) =>
        (await linesOf(server, env)).lines.map((l) => JSON.parse(l).status)
      expect(await statuses({ ACCESS_LOG: 'errors' })).toEqual([404, 500, 503])
      expect(await statuses({ ACCESS_LOG: 'off' })).toEqual([])
      expect(await statuses({ ACCESS_LOG_SAMPLE: '0' })).toEqual([404, 500, 503])
      expect(await statuses({ ACCESS_LOG_SAMPLE: '1' })).toEqual([200, 302, 404, 500, 503])
    },
  )
})

describe('a request line', () => {
  it(
    'stays one valid JSON line whatever the path, method and request id, and never logs the query',
    { timeout: 30_000 },
    async () => {
      // Raw request lines, as a hostile client can send them (quotes, backslashes, control
      // and non-ASCII bytes in the path; an id the log must not take as given).
      const targets = ['/a"b', '/back\\slash', '/%22%5C%00', '/caf\u00e9', '/x?token=secret']
      const { lines } = await linesOf(`
        import http from 'node:http'
        import net from 'node:net'
        const { requestLogger } = await import(process.env.MODULE)
        const log = requestLogger('test')
        const server = http.createServer((req, res) => { log(req, res); res.end() })
        await new Promise((r) => server.listen(0, '127.0.0.1', r))
        const { port } = server.address()
        const send = (raw) => new Promise((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => socket.end(raw))
          socket.on('data', () => {}).on('close', resolve).on('error', resolve)
        })
        for (const target of ${JSON.stringify(targets)}) {
          await send('GET ' + target + ' HTTP/1.1\\r\\nHost: x\\r\\nX-Request-Id: "bad id"\\r\\n\\r\\n')
        }
        await send('OPTIONS / HTTP/1.1\\r\\nHost: x\\r\\nX-Request-Id: given.id-1\\r\\n\\r\\n')
        server.close()
      `)
      const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
      const paths = parsed.map((e) => e.path)
      // Node refuses some of these targets itself (no request, so no line); every one it
      // took is logged as it came, without its query.
      expect(paths.at(-1)).toBe('/')
      expect(paths).toContain('/a"b')
      expect(paths).toContain('/x')
      expect(lines.join('\n')).not.toContain('secret')
      for (const entry of parsed.slice(0, -1)) expect(entry.requestId).not.toContain('bad id')
      expect(parsed.at(-1)).toMatchObject({ method: 'OPTIONS', requestId: 'given.id-1' })
    },
  )
})

describe('the access log settings', () => {
  it.each([
    [{ ACCESS_LOG: 'verbose' }, /ACCESS_LOG must be all, errors or off/],
    [{ ACCESS_LOG_SAMPLE: '1.5' }, /ACCESS_LOG_SAMPLE must be a number from 0 to 1/],
    [{ ACCESS_LOG_SAMPLE: '-0.1' }, /ACCESS_LOG_SAMPLE/],
    [{ ACCESS_LOG_SAMPLE: 'half' }, /ACCESS_LOG_SAMPLE/],
  ])('refuses %o, naming the variable', (env, message) => {
    expect(() => accessLogPolicy(env)).toThrow(message)
  })

  it('keeps every line by default, and errors always unless off', () => {
    expect(accessLogPolicy({})(200)).toBe(true)
    expect(accessLogPolicy({ ACCESS_LOG_SAMPLE: '0' })(200)).toBe(false)
    expect(accessLogPolicy({ ACCESS_LOG_SAMPLE: '0' })(500)).toBe(true)
  })

  it('logs 5xx as error and 4xx as warn', () => {
    expect([199, 200, 304, 400, 499, 500, 599].map(levelOf)).toEqual([
      'info',
      'info',
      'info',
      'warn',
      'warn',
      'error',
      'error',
    ])
  })
})
