import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { beforeEach, describe, expect, it } from 'vitest'

import {
  cachedAnswer,
  cachePage,
  clearPageCache,
  getCachedPage,
  MAX_ANSWERS,
  MAX_NOT_FOUND,
  MAX_PAGES,
  pageCacheKey,
  pageCacheSize,
  uncachedPage,
  useVersion,
} from './pageCache.js'

const page = (body: string, status = 200) => ({
  version: 'v1',
  status,
  headers: [['content-type', 'text/html']] as [string, string][],
  body: Buffer.from(body),
})

const header = (headers: [string, string][], name: string) => headers.find(([k]) => k === name)?.[1]

describe('the page cache', () => {
  useVersion('v1')

  it('keeps gzip and brotli copies that decompress to the page', () => {
    const html = '<h1>$120k-$160k</h1>'.repeat(50)
    const entry = cachePage('/', page(html))
    expect(gunzipSync(entry.gzip!).toString()).toBe(html)
    expect(brotliDecompressSync(entry.br!).toString()).toBe(html)
    expect(entry.br!.length).toBeLessThan(entry.body.length)
  })

  it('keeps an image as it is, and serves it uncompressed whatever the client accepts', () => {
    const png = cachePage('/og/home.png', {
      ...page('\x89PNG...'),
      headers: [['content-type', 'image/png']],
    })
    expect(png.gzip).toBeNull()
    expect(png.br).toBeNull()
    const answer = cachedAnswer(png, { acceptEncoding: 'gzip, br' })
    expect(answer.body).toBe(png.body)
    expect(header(answer.headers, 'content-encoding')).toBeUndefined()
  })

  it('compresses an answer it does not keep, and keeps nothing of it', () => {
    const html = '<li>a search result</li>'.repeat(50)
    const before = pageCacheSize()
    const answer = uncachedPage(page(html))
    expect(gunzipSync(answer.gzip!).toString()).toBe(html)
    expect(answer.etag).toMatch(/^".+"$/)
    expect(pageCacheSize()).toEqual(before)
    const sent = cachedAnswer(answer, { acceptEncoding: 'gzip, br', rendered: true })
    expect(header(sent.headers, 'content-encoding')).toBe('gzip')
  })

  it('is emptied when the content changes', () => {
    cachePage('/x', page('a'))
    expect(getCachedPage('/x')).toBeDefined()
    useVersion('v2')
    expect(getCachedPage('/x')).toBeUndefined()
    useVersion('v1')
  })

  it('never serves a page rendered from an older version', () => {
    useVersion('v3')
    cachePage('/late', page('rendered from v1'))
    expect(getCachedPage('/late')).toBeUndefined()
    useVersion('v1')
  })
})

describe('the cache key of an address', () => {
  it('is the path alone for a share card, whatever its query string', () => {
    expect(pageCacheKey('/og/home.png?v=1')).toBe('/og/home.png')
    expect(pageCacheKey('/og/skills/docker.png?v=2&skills=serving')).toBe('/og/skills/docker.png')
  })

  it('keeps only the parameters a page reads: the home page its skills filter', () => {
    expect(pageCacheKey('/skills?x=1')).toBe('/skills')
    expect(pageCacheKey('/?utm_source=feed')).toBe('/')
    expect(pageCacheKey('/?utm_source=feed&skills=serving')).toBe('/?skills=serving')
    expect(pageCacheKey('/?skills=serving&skills=data')).toBe('/?skills=serving')
    expect(pageCacheKey('/?skills=a%20b')).toBe(pageCacheKey('/?skills=a+b'))
    expect(pageCacheKey('/salaries')).toBe('/salaries')
  })

  it('keeps the search apart from the search page: no search is answered with another', () => {
    expect(pageCacheKey('/search')).toBe('/search')
    expect(pageCacheKey('/search?q=docker&utm_source=x')).toBe('/search?q=docker')
    expect(pageCacheKey('/search?q=docker&q=kubernetes')).toBe('/search?q=docker')
    expect(pageCacheKey('/search?q=a')).not.toBe(pageCacheKey('/search?q=b'))
  })

  it('keeps the older pages of the record of changes apart, each by its first page number', () => {
    expect(pageCacheKey('/changes?page=2&utm_source=feed')).toBe('/changes?page=2')
    expect(pageCacheKey('/changes?page=3&page=2')).toBe('/changes?page=3')
    expect(pageCacheKey('/changes?page=2')).not.toBe(pageCacheKey('/changes'))
  })
})

describe('the bounds of the page cache', () => {
  beforeEach(() => {
    useVersion('v1')
    clearPageCache()
  })

  it('holds one answer however many addresses lead to it, compressed once', () => {
    const first = cachePage('/', page('<p>the guide</p>'))
    for (let i = 0; i < 100; i++) {
      expect(cachePage(`/?skills=nope-${i}`, page('<p>the guide</p>'))).toBe(first)
    }
    expect(pageCacheSize()).toMatchObject({ pages: 101, answers: 1 })
    expect(pageCacheSize().bytes).toBe(first.body.length + first.gzip!.length + first.br!.length)
  })

  it('keeps at most MAX_PAGES addresses, forgetting the least recently read', () => {
    cachePage('/', page('home'))
    for (let i = 1; i <= MAX_PAGES; i++) {
      cachePage(`/skills/tool-${i}`, page('a tool'))
      if (i % 1000 === 0) getCachedPage('/') // read now and then: stays
    }
    expect(pageCacheSize().pages).toBe(MAX_PAGES)
    expect(getCachedPage('/')).toBeDefined()
    expect(getCachedPage('/skills/tool-1')).toBeUndefined()
    expect(getCachedPage(`/skills/tool-${MAX_PAGES}`)).toBeDefined()
  })

  it('counts addresses answered 404 apart: any number of them leaves the pages cached', () => {
    cachePage('/', page('home'))
    for (let i = 0; i < MAX_NOT_FOUND + 10; i++) cachePage(`/nope-${i}`, page('not found', 404))
    expect(pageCacheSize()).toMatchObject({ pages: 1, notFound: MAX_NOT_FOUND, answers: 2 })
    expect(getCachedPage('/')?.status).toBe(200)
    expect(getCachedPage(`/nope-${MAX_NOT_FOUND + 9}`)?.status).toBe(404)
    expect(getCachedPage('/nope-0')).toBeUndefined()
  })

  it('keeps at most MAX_ANSWERS answers', () => {
    for (let i = 0; i < MAX_ANSWERS + 10; i++) {
      cachePage(`/og/card-${i}.png`, {
        ...page(`png ${i}`),
        headers: [['content-type', 'image/png']],
      })
    }
    expect(pageCacheSize().answers).toBe(MAX_ANSWERS)
    expect(getCachedPage('/og/card-0.png')).toBeUndefined()
    expect(getCachedPage(`/og/card-${MAX_ANSWERS + 9}.png`)).toBeDefined()
  })
})

describe('the answer for a cached page', () => {
  useVersion('v1')
  const entry = cachePage('/answer', page('<p>$210k-$270k</p>'.repeat(20)))

  it('is brotli, gzip or plain as the client accepts, with its length', () => {
    const br = cachedAnswer(entry, { method: 'GET', acceptEncoding: 'gzip, deflate, br' })
    expect(header(br.headers, 'content-encoding')).toBe('br')
    expect(br.body).toBe(entry.br)
    const gzip = cachedAnswer(entry, { method: 'GET', acceptEncoding: 'gzip' })
    expect(header(gzip.headers, 'content-encoding')).toBe('gzip')
    const plain = cachedAnswer(entry, { method: 'GET', acceptEncoding: null })
    expect(header(plain.headers, 'content-encoding')).toBeUndefined()
    expect(header(plain.headers, 'content-length')).toBe(String(entry.body.length))
    expect(header(plain.headers, 'content-type')).toBe('text/html')
    expect(header(plain.headers, 'vary')).toBe('accept-encoding')
  })

  it('says whether the page was rendered for this request (X-Cache: miss) or not (hit)', () => {
    expect(header(cachedAnswer(entry, { rendered: true }).headers, 'x-cache')).toBe('miss')
    expect(header(cachedAnswer(entry, {}).headers, 'x-cache')).toBe('hit')
  })

  it('is a bodiless 304 when the client holds this version, and bodiless for HEAD', () => {
    const notModified = cachedAnswer(entry, { method: 'GET', ifNoneMatch: entry.etag })
    expect(notModified).toMatchObject({ status: 304, body: null })
    expect(header(notModified.headers, 'etag')).toBe(entry.etag)
    const head = cachedAnswer(entry, { method: 'HEAD', acceptEncoding: 'gzip' })
    expect(head).toMatchObject({ status: 200, body: null })
    expect(header(head.headers, 'content-length')).toBe(String(entry.gzip!.length))
  })

  it('writes its own ETag, Vary and encoding over any the rendered page carried', () => {
    const rendered = cachePage('/carried', {
      ...page('<p>x</p>'),
      headers: [
        ['content-type', 'text/html'],
        ['etag', '"from-the-framework"'],
        ['content-length', '1'],
        ['x-cache', 'from-elsewhere'],
      ],
    })
    const answer = cachedAnswer(rendered, { acceptEncoding: 'br', ifNoneMatch: null })
    expect(answer.headers.filter(([k]) => k === 'etag')).toEqual([['etag', rendered.etag]])
    expect(answer.headers.filter(([k]) => k === 'content-length')).toEqual([
      ['content-length', String(rendered.br!.length)],
    ])
    expect(answer.headers.filter(([k]) => k === 'x-cache')).toEqual([['x-cache', 'hit']])
    expect(cachedAnswer(rendered, { ifNoneMatch: rendered.etag }).status).toBe(304)
  })

  it('sends each way (encoding, hit or miss, 304) with its own headers, whatever came before', () => {
    const ways = [
      { acceptEncoding: 'br' },
      { acceptEncoding: 'gzip', rendered: true },
      { acceptEncoding: null },
      { ifNoneMatch: entry.etag },
    ]
    const first = ways.map((w) => cachedAnswer(entry, w))
    // Asked again in the other order: kept heads must not leak from one way to another.
    const again = [...ways]
      .reverse()
      .map((w) => cachedAnswer(entry, w))
      .reverse()
    for (const [i, answer] of again.entries()) {
      expect(answer.headers).toEqual(first[i]!.headers)
      expect(answer.flatHeaders).toEqual(answer.headers.flat())
    }
    expect(first.map((a) => header(a.headers, 'content-encoding'))).toEqual([
      'br',
      'gzip',
      undefined,
      undefined,
    ])
    expect(first.map((a) => header(a.headers, 'x-cache'))).toEqual(['hit', 'miss', 'hit', 'hit'])
  })

  it('answers an old ETag with the page', () => {
    expect(cachedAnswer(entry, { ifNoneMatch: '"stale"' }).status).toBe(200)
  })
})
