import { expect, test } from '@playwright/test'

import { MAX_NOT_FOUND } from '@mlops-guide/server-runtime/page-cache'
import { FLOOD_CARDS, FLOOD_PAGES, requestDistinctUrls } from '@mlops-guide/stack'
import { adminToken, cms, webUrl } from './helpers'

/**
 * Addresses anyone can make up cost the site neither renders nor memory: a query string a
 * page does not read is the page without it, and what the page cache holds is bounded
 * (its bounds: packages/server-runtime/src/pageCache.spec.ts; the site's memory under
 * 20,000 of them: bench:og).
 */
const get = (path: string) => fetch(`${webUrl()}${path}`)

test('a query string a page does not read is the page without it, from the cache', async () => {
  const home = await get('/')
  expect(home.status).toBe(200)
  for (const path of ['/?utm_source=feed', '/?x=1', '/?x=2', '/?skills=no-such-category&x=3']) {
    const res = await get(path)
    expect(res.status, path).toBe(200)
    expect(res.headers.get('etag'), path).toBe(home.headers.get('etag'))
    if (path !== '/?skills=no-such-category&x=3')
      expect(res.headers.get('x-cache'), path).toBe('hit')
  }
})

test('the skills filter, the one query string a page reads, still filters', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const categories = (await cms('GET', '/tool-categories?limit=100')).body.docs
  await page.goto(`/?utm_source=feed&skills=${categories[1].slug}`)
  await expect(page.locator('#core-skills .category')).toHaveCount(1)
  await expect(page.locator('#core-skills .category h3')).toHaveText(categories[1].title)
  await page.goto(`/?skills=${categories[2].slug}&x=1`)
  await expect(page.locator('#core-skills .category h3')).toHaveText(categories[2].title)
  await page.goto('/?x=2')
  await expect(page.locator('#core-skills .category')).toHaveCount(categories.length)
  await context.close()
})

test('made-up addresses add no answer to the page cache, and no address but their 404s', async () => {
  test.setTimeout(180_000)
  for (const path of [...FLOOD_PAGES, ...FLOOD_CARDS, '/no-such-page']) {
    await (await get(path)).arrayBuffer()
  }
  const contentVersion = async () => (await (await get('/healthz')).json()).content.version
  const cache = async () => (await (await get('/healthz')).json()).pageCache
  const [version, before] = [await contentVersion(), await cache()]
  const answers = await requestDistinctUrls(webUrl(), 5000)
  // 3,000 addresses are a known page or card with a query string: each came from the cache.
  // 1,000 are pages no route matches: the one "Page not found" page, rendered once already.
  // 1,000 are cards for no page: a 404 each, rendered once (before any drawing).
  expect(Object.fromEntries(answers)).toEqual({
    '200 hit': 3000,
    '404 hit': 1000,
    '404 miss': 1000,
  })
  const after = await cache()
  expect(await contentVersion()).toEqual(version) // one content version throughout: nothing emptied
  expect(after.pages).toBe(before.pages)
  expect(after.notFound).toBe(Math.min(before.notFound + 1000, MAX_NOT_FOUND))
  // The 1,000 unknown cards share one 404 answer.
  expect(after.answers - before.answers).toBeLessThanOrEqual(1)
  for (const path of [...FLOOD_PAGES, ...FLOOD_CARDS]) {
    expect((await get(path)).headers.get('x-cache'), path).toBe('hit')
  }
})

test('a page data request (__data.json) never takes the page place in the cache', async () => {
  // A new content version empties the cache: the data request is then the first to ask.
  const version = async () => (await (await get('/healthz')).json()).content.version
  const before = await version()
  const token = await adminToken()
  const tool = (await cms('GET', '/tools?where[slug][equals]=dvc')).body.docs[0]
  await cms('PATCH', `/tools/${tool.id}`, { token, body: { name: `${tool.name} (${Date.now()})` } })
  try {
    await expect.poll(version, { timeout: 5000 }).not.toBe(before)
    const data = await get('/skills/dvc/__data.json')
    expect(data.headers.get('content-type')).toBe('application/json')
    for (const path of ['/skills/dvc', '/skills/dvc?x=1']) {
      expect((await get(path)).headers.get('content-type'), path).toMatch(/^text\/html/)
    }
  } finally {
    const changed = await version()
    await cms('PATCH', `/tools/${tool.id}`, { token, body: { name: tool.name } })
    await expect.poll(version, { timeout: 5000 }).not.toBe(changed)
  }
})
