import { expect, test } from '@playwright/test'

import { cms, stackEnv, startSite, webUrl } from './helpers'

/** A change notice as the CMS sends it: one event, the guide page updated. */
const noticeOf = (sequence: number) =>
  JSON.stringify({
    events: [
      {
        sequence,
        time: new Date().toISOString(),
        change: 'updated',
        document: { kind: 'global', slug: 'guide-page' },
        version: null,
        cause: null,
        alsoChanged: [],
      },
    ],
  })

test('an unknown path gets a friendly 404 page, never a stack trace', async ({ page }) => {
  const res = await page.goto('/no-such-page')
  expect(res?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText('Page not found')
  await expect(page.locator('body')).not.toContainText('Error:')
})

test('an unknown career stage is a 404', async ({ request }) => {
  expect((await request.get('/career-path/no-such-stage')).status()).toBe(404)
})

test('pages carry Cache-Control for a CDN and are compressed', async ({ request }) => {
  const res = await request.get('/', { headers: { 'accept-encoding': 'gzip, br' } })
  expect(res.status()).toBe(200)
  const cacheControl = res.headers()['cache-control']
  expect(cacheControl).toMatch(/stale-while-revalidate=\d+/)
  expect(cacheControl).toMatch(/stale-if-error=\d+/)
  expect(res.headers()['content-encoding']).toBe('br')
  const gz = await fetch(webUrl(), { headers: { 'accept-encoding': 'gzip' } })
  expect(gz.headers.get('content-encoding')).toBe('gzip')
})

test('a matching If-None-Match gets 304', async () => {
  const first = await fetch(`${webUrl()}/`)
  const etag = first.headers.get('etag')
  expect(etag).toBeTruthy()
  const second = await fetch(`${webUrl()}/`, { headers: { 'if-none-match': etag! } })
  expect(second.status).toBe(304)
})

test('sitemap.xml lists the guide and every stage; robots.txt points at it', async ({
  request,
}) => {
  const stages = (await cms('GET', '/career-stages?limit=100')).body.docs
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const s of stages) expect(sitemap).toContain(`/career-path/${s.slug}</loc>`)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
})

test('the revalidation endpoint refuses an unsigned or wrongly signed notice', async () => {
  const body = noticeOf(1)
  const json = { 'content-type': 'application/json' }
  const unsigned = await fetch(`${webUrl()}/api/revalidate`, {
    method: 'POST',
    body,
    headers: json,
  })
  expect(unsigned.status).toBe(401)
  const forged = await fetch(`${webUrl()}/api/revalidate`, {
    method: 'POST',
    body,
    headers: {
      ...json,
      'x-guide-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`,
    },
  })
  expect(forged.status).toBe(401)
})

test('a signed notice is accepted once; the same notice again is refused (replay)', async () => {
  const { signBody } = await import('@mlops-guide/content/webhook')
  const body = noticeOf(1)
  const headers = {
    'content-type': 'application/json',
    'x-guide-signature': signBody(stackEnv().REVALIDATE_SECRET!, body),
  }
  const send = () => fetch(`${webUrl()}/api/revalidate`, { method: 'POST', body, headers })
  expect((await send()).status).toBe(200)
  const replayed = await send()
  expect(replayed.status).toBe(409)
  expect(await replayed.text()).toMatch(/already received/)
})

test('a signed notice whose events are malformed gets a 400 naming the problem, never a 502', async () => {
  const { signBody } = await import('@mlops-guide/content/webhook')
  const good = JSON.parse(noticeOf(1)).events[0]
  const send = (events: unknown) => {
    const body = JSON.stringify({ events })
    return fetch(`${webUrl()}/api/revalidate`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-guide-signature': signBody(stackEnv().REVALIDATE_SECRET!, body),
      },
    })
  }
  const unnumbered = { ...good, sequence: undefined } // JSON leaves it out
  // Under the site's body size limit, so each reaches the check (a larger one is a 413).
  const cases: [unknown, RegExp][] = [
    ['not a list', /events: must be a list/],
    [[unnumbered], /events\[0\]\.sequence: must be a positive integer/],
    [[{ ...good, document: undefined }], /events\[0\]\.document: must be/],
    [[good, { ...good, sequence: '2' }], /events\[1\]\.sequence/],
    [[{ ...good, time: 'yesterday' }], /events\[0\]\.time: must be an ISO 8601 date/],
    [[{ ...good, change: 'renamed' }], /events\[0\]\.change: must be published, updated/],
    [[{ ...good, document: { kind: 'collection', slug: 'faqs', id: 'x' } }], /\.document/],
    [[{ ...good, version: { id: 1 } }], /events\[0\]\.version/],
    [[{ ...good, cause: 'band' }], /events\[0\]\.cause/],
    [
      [{ ...good, alsoChanged: Array(1000).fill(good.document) }],
      /alsoChanged: must be a list of at most/,
    ],
    [Array(300).fill(good), /events: must hold at most \d+ events, not 300/],
    [[{ sequence: 3, time: good.time, change: 'reset' }], /events\[0\]\.reason/],
    [[null], /events\[0\]: must be an object/],
  ]
  for (const [events, message] of cases) {
    const res = await send(events)
    const text = await res.text()
    expect(res.status, text).toBe(400)
    expect(text).toMatch(message)
  }
})

test('a notice accepted before the site restarts is refused after it (409)', async () => {
  const { signBody } = await import('@mlops-guide/content/webhook')
  const fs = await import('node:fs')
  const os = await import('node:os')
  const path = await import('node:path')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-restart-'))
  // Its own files: what this site process keeps on disk, and reads again when it restarts.
  const env = { CONTENT_SNAPSHOT_FILE: path.join(dir, 'content-snapshot.json') }
  const notice = (sequence: number) => {
    const body = noticeOf(sequence)
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'x-guide-signature': signBody(stackEnv().REVALIDATE_SECRET!, body),
      },
    }
  }
  const captured = notice(1)
  const send = (url: string, n = captured) =>
    fetch(`${url}/api/revalidate`, { method: 'POST', ...n })

  const site = await startSite(env)
  try {
    expect([200, 202]).toContain((await send(site.url)).status)
  } finally {
    await site.stop()
  }
  const restarted = await startSite(env)
  try {
    const replayed = await send(restarted.url)
    expect(replayed.status).toBe(409)
    expect(await replayed.text()).toMatch(/already received/)
    // A new notice is still accepted.
    expect([200, 202]).toContain((await send(restarted.url, notice(2))).status)
  } finally {
    await restarted.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('a request body that stops arriving gets a 408 in JSON within REQUEST_BODY_TIMEOUT_MS', async () => {
  const { sendThenRead } = await import('@mlops-guide/server-runtime/send-then-read')
  const bound = Number(stackEnv().REQUEST_BODY_TIMEOUT_MS)
  const answer = await sendThenRead(
    Number(new URL(webUrl()).port),
    'POST /api/revalidate HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n',
    ['{"kind":'],
  )
  expect(answer.status).toBe('HTTP/1.1 408 Request Timeout')
  expect(JSON.parse(answer.body).errors[0].data.errors[0].path).toBe('body')
  expect(answer.ms).toBeGreaterThanOrEqual(bound)
  expect(answer.ms).toBeLessThan(2 * bound)
})

test("the site's server bundle contains no Payload, Next or React", async () => {
  const fs = await import('node:fs')
  const path = await import('node:path')
  const { webDir } = await import('@mlops-guide/stack')
  const files = fs
    .readdirSync(path.join(webDir, 'build'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(js|mjs)$/.test(f.name))
    .map((f) => path.join(f.parentPath, f.name))
  expect(files.length).toBeGreaterThan(0)
  const offending = files.filter((f) =>
    /(from|import|require\()\s*["'](payload|next|react|react-dom|@payloadcms\/[\w-]+)(\/[^"']*)?["']/.test(
      fs.readFileSync(f, 'utf8'),
    ),
  )
  expect(offending).toEqual([])
})

test('pages carry a CSP without unsafe-inline script, and other security headers', async () => {
  for (const path of ['/', '/career-path/mlops-engineer', '/no-such-page']) {
    // Twice: the second answer comes from the page cache, and must carry the same headers.
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${webUrl()}${path}`)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, path).toMatch(/script-src 'self'/)
      expect(csp, path).not.toMatch(/unsafe-inline/)
      expect(csp, path).toMatch(/frame-ancestors 'none'/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
  }
})

test('/healthz reports the content the site serves', async () => {
  const res = await fetch(`${webUrl()}/healthz`)
  expect(res.status).toBe(200)
  const body = await res.json()
  expect(body.status).toBe('ok')
  expect(body.content.version).toBeTruthy()
})

test('in production the site refuses to start without its shared secret or its API key', async () => {
  const { spawnSync } = await import('node:child_process')
  const { webDir } = await import('@mlops-guide/stack')
  const strong = 'x'.repeat(40)
  for (const [name, secrets] of [
    ['REVALIDATE_SECRET', { REVALIDATE_SECRET: 'short', SITE_API_KEY: strong }],
    ['SITE_API_KEY', { REVALIDATE_SECRET: strong }],
  ] as const) {
    const run = spawnSync(process.execPath, ['server.js'], {
      cwd: webDir,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', ...secrets },
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(run.status, name).not.toBe(0)
    expect(run.stderr).toMatch(new RegExp(`${name} must be set`))
  }
})

test('every answer carries a request id: the caller’s when it sends one, a new one otherwise', async () => {
  for (const path of ['/', '/', '/healthz', '/nothing-here']) {
    const given = await fetch(`${webUrl()}${path}`, { headers: { 'x-request-id': 'e2e-id-7' } })
    expect(given.headers.get('x-request-id'), path).toBe('e2e-id-7')
    const fresh = await fetch(`${webUrl()}${path}`)
    expect(fresh.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/)
  }
})
