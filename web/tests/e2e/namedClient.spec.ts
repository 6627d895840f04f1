import { expect, test } from '@playwright/test'

import { startTestStack, type TestStack } from '@mlops-guide/stack'

import { SHOWN_WITHIN_MS } from './helpers'

/**
 * The site reads the CMS as its own named API client, so a flood from its address cannot
 * hold back a publish, and a refused or failed refresh is retried until it shows the change.
 * Its own stack: a small anonymous budget over a short window, which the shared e2e stack
 * cannot have (the other tests read the CMS anonymously, many times a second).
 */
const WINDOW_SECONDS = 5
let stack: TestStack
let token: string

test.describe.configure({ mode: 'serial', timeout: 90_000 })

test.beforeAll(async () => {
  test.setTimeout(240_000)
  stack = await startTestStack({
    web: true,
    env: { RATE_LIMIT_ANONYMOUS: '50', RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS) },
  })
  token = (
    await api('POST', '/users/login', {
      email: stack.env.SEED_ADMIN_EMAIL,
      password: stack.env.SEED_ADMIN_PASSWORD,
    })
  ).body.token
})
test.afterAll(async () => stack?.stop())

async function api(method: string, path: string, body?: unknown, auth?: string) {
  const res = await fetch(`${stack.cmsUrl}/api${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...((auth ?? token) ? { authorization: `JWT ${auth ?? token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

/** The guide's page (it lists every FAQ) as a reader gets it. */
const guideHtml = async () => (await fetch(`${stack.webUrl}/`)).text()

async function msUntilShown(text: string, since: number, limitMs: number) {
  while (Date.now() - since < limitMs) {
    if ((await guideHtml()).includes(text)) return Date.now() - since
    await new Promise((r) => setTimeout(r, 50))
  }
  return Infinity
}

/** Renames the first FAQ (as the admin: people signed in are not rate limited). */
async function renameFaq(suffix: string) {
  const faq = (await api('GET', '/faqs?limit=1&sort=_order')).body.docs[0]
  const question = `${faq.question.replace(/ \(.*\)$/, '')} (${suffix})`
  expect((await api('PATCH', `/faqs/${faq.id}`, { question })).status).toBe(200)
  return question.replace(/&/g, '&amp;')
}

test('the CMS registered the site as its own API client, and the site reads with its key', async () => {
  const clients = (await api('GET', '/api-clients?where[name][equals]=Public site')).body
  expect(clients.totalDocs).toBe(1)
  expect(clients.docs[0].requestsPerWindow).toBeGreaterThan(1000)
  // Its key works, and counts against the key's limit, not the address's.
  const res = await fetch(`${stack.cmsUrl}/api/faqs?limit=1`, {
    headers: { authorization: `api-clients API-Key ${stack.env.SITE_API_KEY}` },
  })
  expect(res.status).toBe(200)
})

test("a flood from the site's address does not hold back a publish", async () => {
  // Anonymous requests from the site's own address (loopback), over more than a window.
  const flood = async () => {
    let refused = 0
    const until = Date.now() + WINDOW_SECONDS * 1000 + 1000
    while (Date.now() < until) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, () =>
          fetch(`${stack.cmsUrl}/api/faqs?limit=1`).then(async (r) => (await r.text(), r.status)),
        ),
      )
      refused += statuses.filter((s) => s === 429).length
    }
    return refused
  }
  const refused = await flood()
  expect(refused, 'the flood spent the address budget').toBeGreaterThan(0)
  const floodEnded = Date.now()
  const shown = await renameFaq(`after the flood ${Date.now()}`)
  expect(await msUntilShown(shown, floodEnded, SHOWN_WITHIN_MS)).toBeLessThan(SHOWN_WITHIN_MS)
})

test('a refresh the CMS refuses is retried with backoff until it shows the change', async () => {
  // The site's key limited to one request per window, and that one already spent.
  const site = (await api('GET', '/api-clients?where[name][equals]=Public site')).body.docs[0]
  await api('PATCH', `/api-clients/${site.id}`, { requestsPerWindow: 1 })
  const key = { authorization: `api-clients API-Key ${stack.env.SITE_API_KEY}` }
  for (let i = 0; i < 2; i++)
    await fetch(`${stack.cmsUrl}/api/faqs?limit=1&spend=${i}`, { headers: key })
  try {
    const published = Date.now()
    const shown = await renameFaq(`refused at first ${Date.now()}`)
    // Refused at first (the 429's Retry-After is the rest of the window) ...
    await new Promise((r) => setTimeout(r, 500))
    expect(await guideHtml()).not.toContain(shown)
    // ... then, in a later window, asked again and shown, with no further publish.
    expect(await msUntilShown(shown, published, 3 * WINDOW_SECONDS * 1000)).toBeLessThan(
      3 * WINDOW_SECONDS * 1000,
    )
  } finally {
    await api('PATCH', `/api-clients/${site.id}`, { requestsPerWindow: 60_000 })
  }
})
