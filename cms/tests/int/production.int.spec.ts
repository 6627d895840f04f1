import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { cmsDir, freePort } from '@mlops-guide/stack'

import { adminLogin, api, randomAddress } from './helpers'

/**
 * Starts the built CMS's production server with `change` applied to the environment
 * (undefined removes a variable), collecting everything it writes.
 */
async function spawnCms(change: Record<string, string | undefined> = {}) {
  const port = await freePort()
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...inject('cmsEnv'),
    NODE_ENV: 'production',
    ...change,
  }
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete env[key]
  const child = spawn(process.execPath, [path.join(cmsDir, 'server.js'), '--port', String(port)], {
    cwd: cmsDir,
    env: env as NodeJS.ProcessEnv,
  })
  let output = ''
  child.stdout.on('data', (c) => (output += c))
  child.stderr.on('data', (c) => (output += c))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const listening = () =>
    expect.poll(() => output, { timeout: 30_000 }).toMatch(/"msg":"listening"/)
  return { child, port, exited, listening, output: () => output }
}

/** Starts the CMS with `change` and waits for it to exit (30 s at most). */
async function startWith(change: Record<string, string | undefined>) {
  const cms = await spawnCms(change)
  const code = await Promise.race([
    cms.exited,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 30_000)),
  ])
  cms.child.kill()
  return { code, output: cms.output(), port: cms.port }
}

describe('production refuses to start without a strong PAYLOAD_SECRET', () => {
  it.each([
    ['missing', undefined],
    ['too short', 'short-secret'],
    ['the .env.example placeholder', 'change-me-to-a-long-random-string'],
  ])('%s: exits 1 naming PAYLOAD_SECRET, and never opens its port', async (_, secret) => {
    const { code, output, port } = await startWith({ PAYLOAD_SECRET: secret })
    expect(code).toBe(1)
    expect(output).toMatch(/PAYLOAD_SECRET/)
    expect(output).toMatch(/refusing to start/)
    expect(output).not.toMatch(/listening/)
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow()
  })
})

describe('production with a site refuses to start without the key the site reads with', () => {
  it('exits 1 naming SITE_API_KEY', async () => {
    const { code, output } = await startWith({
      SITE_REVALIDATE_URLS: 'http://127.0.0.1:9/api/revalidate',
      SITE_API_KEY: undefined,
    })
    expect(code).toBe(1)
    expect(output).toMatch(/SITE_API_KEY/)
    expect(output).not.toMatch(/listening/)
  })
})

describe('the environment as docker-compose passes it', () => {
  it('treats empty optional variables as unset and starts', async () => {
    const cms = await spawnCms({
      // What `${VAR:-}` gives for every optional variable left out of .env.
      SEED_ADMIN_EMAIL: '',
      SEED_ADMIN_PASSWORD: '',
      S3_BUCKET: '',
      S3_ENDPOINT: '',
      CORS_ORIGINS: '',
    })
    try {
      await cms.listening()
      expect((await fetch(`http://127.0.0.1:${cms.port}/api/health`)).status).toBe(200)
    } finally {
      cms.child.kill()
    }
  })
})

describe('request logs', () => {
  it('writes one JSON line per request with its id, status and duration, and echoes the id', async () => {
    const cms = await spawnCms()
    const { port, output } = cms
    try {
      await cms.listening()
      // From an address of its own, as every test's reads are (helpers.ts): the anonymous
      // budget of 127.0.0.1 is whatever the files before this one left of it.
      const res = await fetch(`http://127.0.0.1:${port}/api/faqs?limit=1&token=secret`, {
        headers: { 'x-request-id': 'test-request-42', 'x-forwarded-for': randomAddress() },
      })
      expect(res.headers.get('x-request-id')).toBe('test-request-42')
      const fresh = await fetch(`http://127.0.0.1:${port}/api/nothing-here`, {
        headers: { 'x-forwarded-for': randomAddress() },
      })
      const freshId = fresh.headers.get('x-request-id')
      expect(freshId).toMatch(/^[0-9a-f-]{36}$/)

      await expect.poll(output, { timeout: 5000 }).toContain(freshId!)
      const lines = output()
        .split('\n')
        .filter((l) => l.includes('"msg":"request"'))
        .map((l) => JSON.parse(l))
      expect(lines.find((l) => l.requestId === 'test-request-42')).toMatchObject({
        level: 'info',
        service: 'cms',
        method: 'GET',
        path: '/api/faqs',
        status: 200,
      })
      expect(lines.find((l) => l.requestId === freshId)).toMatchObject({ status: 404 })
      expect(typeof lines[0].durationMs).toBe('number')
      // Query strings (preview tokens, API filters) stay out of the log.
      expect(output()).not.toContain('token=secret')
    } finally {
      cms.child.kill()
    }
  })
})

describe('one log format', () => {
  it('writes every line, from start to stop, as one JSON object with an ISO time and a level', async () => {
    const cms = await spawnCms({
      // Named in the line Payload's logger writes as the content events' dispatcher starts.
      SITE_REVALIDATE_URLS: 'http://127.0.0.1:9/api/revalidate',
    })
    const { port, output } = cms
    const base = `http://127.0.0.1:${port}`
    await cms.listening()
    // Answers of every kind: a read, a miss, refused input, a refused sign-in, GraphQL
    // errors, an admin page that Next renders, and an unparsable request.
    await fetch(`${base}/api/faqs?limit=1`)
    await fetch(`${base}/api/nothing-here`)
    await fetch(`${base}/api/faqs?limit=nope`)
    await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong' }),
    })
    await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    })
    await fetch(`${base}/admin/login`)
    await fetch(`${base}/api/faqs/%FF`)
    const token = await adminLogin()
    const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    // Any tool, by the id it has now (seed.int's --reset gives every document a new one).
    const list = await (await fetch(`${base}/api/tools?limit=1&depth=0`, { headers })).json()
    const tool = list.docs[0]
    const published = await fetch(`${base}/api/tools/${tool.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ name: tool.name, _status: 'published' }),
    })
    expect(published.status).toBe(200)
    await expect.poll(output, { timeout: 10_000 }).toMatch(/content events: dispatching/)
    cms.child.kill('SIGTERM')
    await cms.exited

    const lines = output()
      .split('\n')
      .filter((l) => l !== '')
    expect(lines.length).toBeGreaterThan(8)
    for (const line of lines) {
      let entry: Record<string, unknown> = {}
      expect(() => (entry = JSON.parse(line)), line).not.toThrow()
      expect(entry.time, line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
      expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal'], line).toContain(entry.level)
      expect(entry.service, line).toBe('cms')
      expect(line, 'no colour codes').not.toContain('\u001b[')
    }
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
    // Payload's own lines (pino) are among them, in the same format.
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: expect.stringMatching(/^content events: dispatching/),
      }),
    )
    const levels = Object.fromEntries(
      entries.filter((e) => e.msg === 'request').map((e) => [`${e.path} ${e.status}`, e.level]),
    )
    expect(levels['/api/faqs 200']).toBe('info')
    expect(levels['/api/nothing-here 404']).toBe('warn')
    expect(levels['/api/faqs 400']).toBe('warn')
    // A mistyped password is the caller's mistake: an info line of its own, without a stack.
    const refusedSignIn = entries.filter(
      (e) => e.msg !== 'request' && JSON.stringify(e).includes('email or password'),
    )
    expect(refusedSignIn.length).toBeGreaterThan(0)
    for (const entry of refusedSignIn) {
      expect(entry).toMatchObject({ level: 'info' })
      expect(entry).not.toHaveProperty('err')
    }
  })
})

describe('the production CMS (the test stack runs NODE_ENV=production)', () => {
  it('sends security headers on the API and the admin', async () => {
    for (const url of ['/api/health', '/admin/login']) {
      const res = await fetch(`${inject('cmsUrl')}${url}`)
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('content-security-policy'), url).toContain("frame-ancestors 'self'")
      expect(res.headers.get('x-frame-options'), url).toBe('SAMEORIGIN')
    }
  })

  it('sets the session cookie Secure and HttpOnly', async () => {
    const env = inject('cmsEnv')
    const res = await api('POST', '/users/login', {
      body: { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD },
    })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('has no GraphQL playground, while the GraphQL API answers', async () => {
    expect((await fetch(`${inject('cmsUrl')}/api/graphql-playground`)).status).toBe(404)
    const res = await api('POST', '/graphql', {
      body: { query: '{ Faqs(limit: 1) { totalDocs } }' },
    })
    expect(res.status).toBe(200)
    expect(res.body.data.Faqs.totalDocs).toBeGreaterThan(0)
  })
})
