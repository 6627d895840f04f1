import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { cachePage, clearPageCache, getCachedPage, useVersion } from './pageCache'

const page = (body: string) => ({
  version: 'v1',
  status: 200,
  headers: [['content-type', 'text/html']] as [string, string][],
  etag: '"x"',
  body: Buffer.from(body),
})

describe('pageCache', () => {
  useVersion('v1')

  it('keeps gzip and brotli copies that decompress to the page', () => {
    const html = '<h1>$120k-$160k</h1>'.repeat(50)
    const entry = cachePage('v1 /', page(html))
    expect(gunzipSync(entry.gzip).toString()).toBe(html)
    expect(brotliDecompressSync(entry.br).toString()).toBe(html)
    expect(entry.br.length).toBeLessThan(entry.body.length)
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
    for (let i = 0; i < 500; i++) cachePage(`v1 /?q=${i}`, page('x'))
    expect(getCachedPage('v1 /?q=0')).toBeUndefined()
    expect(getCachedPage('v1 /?q=499')).toBeDefined()
  })
})
