import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import {
  cachedAnswer,
  cachePage,
  clearPageCache,
  getCachedPage,
  MAX_PAGES,
  useVersion,
} from './pageCache.js'

const page = (body: string) => ({
  version: 'v1',
  status: 200,
  headers: [['content-type', 'text/html']] as [string, string][],
  etag: '"x"',
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

  it('stays bounded however many addresses are asked for', () => {
    clearPageCache()
    for (let i = 0; i <= MAX_PAGES; i++) cachePage(`/?q=${i}`, page('x'))
    expect(getCachedPage('/?q=0')).toBeUndefined()
    expect(getCachedPage(`/?q=${MAX_PAGES}`)).toBeDefined()
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
      ],
    })
    const answer = cachedAnswer(rendered, { acceptEncoding: 'br', ifNoneMatch: null })
    expect(answer.headers.filter(([k]) => k === 'etag')).toEqual([['etag', rendered.etag]])
    expect(answer.headers.filter(([k]) => k === 'content-length')).toEqual([
      ['content-length', String(rendered.br!.length)],
    ])
    expect(cachedAnswer(rendered, { ifNoneMatch: rendered.etag }).status).toBe(304)
  })

  it('answers an old ETag with the page', () => {
    expect(cachedAnswer(entry, { ifNoneMatch: '"stale"' }).status).toBe(200)
  })
})
