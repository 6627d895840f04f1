import { expect, test } from '@playwright/test'

import { adminToken, cms, PAGE_TYPES, webUrl } from './helpers'

/** Width and height from a PNG's header (IHDR), or null when the bytes are no PNG. */
function pngSize(bytes: Buffer) {
  if (bytes.subarray(1, 4).toString() !== 'PNG') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const card = async (url: string) => {
  const res = await fetch(url.replace(/^https?:\/\/[^/]+/, webUrl()))
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

test('every page has og:image and twitter:image: a 1200×630 PNG of its own', async ({ page }) => {
  const seen = new Set<string>()
  for (const path of PAGE_TYPES) {
    await page.goto(path)
    const og = await page.locator('meta[property="og:image"]').getAttribute('content')
    const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content')
    expect(og, path).toBeTruthy()
    expect(twitter).toBe(og)
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    )
    const { res, bytes } = await card(og!)
    expect(res.status, og!).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(pngSize(bytes), og!).toEqual({ width: 1200, height: 630 })
    seen.add(bytes.toString('base64'))
  }
  expect(seen.size).toBe(PAGE_TYPES.length) // a card of its own, not one for all
})

test('a card is made once per content version, and changes when its content changes', async () => {
  const url = `${webUrl()}/og/career-path/mlops-engineer.png`
  const first = await card(url)
  const again = await card(url)
  expect(again.res.headers.get('etag')).toBe(first.res.headers.get('etag'))
  expect(again.bytes.equals(first.bytes)).toBe(true)

  const token = await adminToken()
  const stage = (await cms('GET', '/career-stages?where[slug][equals]=mlops-engineer')).body.docs[0]
  const renamed = `${stage.title} (renamed ${Date.now()})`
  await cms('PATCH', `/career-stages/${stage.id}`, { token, body: { title: renamed } })
  try {
    await expect
      .poll(async () => (await card(url)).bytes.equals(first.bytes), { timeout: 3000 })
      .toBe(false)
  } finally {
    await cms('PATCH', `/career-stages/${stage.id}`, { token, body: { title: stage.title } })
  }
  await expect
    .poll(async () => (await card(url)).bytes.equals(first.bytes), { timeout: 3000 })
    .toBe(true)
})

test('a card for a page the site does not have is a 404', async () => {
  for (const path of ['/og/career-path/nope.png', '/og/nope.png', '/og/skills.jpg']) {
    expect((await fetch(`${webUrl()}${path}`)).status, path).toBe(404)
  }
})

test('a query string on a card address draws nothing: ?v=1 and ?v=2 are the cached card', async () => {
  const plain = await card(`${webUrl()}/og/home.png`)
  for (const v of [1, 2]) {
    const { res, bytes } = await card(`${webUrl()}/og/home.png?v=${v}`)
    expect(res.status).toBe(200)
    // X-Cache: hit is the page cache saying the answer was not rendered for this request.
    expect(res.headers.get('x-cache'), `?v=${v}`).toBe('hit')
    expect(res.headers.get('etag')).toBe(plain.res.headers.get('etag'))
    expect(bytes.equals(plain.bytes)).toBe(true)
  }
})

test('a card for a page the site does not have is a 404 before any drawing, query or not', async () => {
  const name = `nope-${Date.now()}`
  for (const [query, cache] of [
    ['', 'miss'],
    ['?v=1', 'hit'],
    ['?v=2', 'hit'],
  ]) {
    const res = await fetch(`${webUrl()}/og/${name}.png${query}`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).not.toBe('image/png')
    expect(res.headers.get('x-cache'), query).toBe(cache)
    expect((await res.arrayBuffer()).byteLength).toBeLessThan(1000)
  }
})
